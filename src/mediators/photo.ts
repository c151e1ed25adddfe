import { DomainError } from '../common/errors/domain-error';

const MAX_PHOTO_BYTES = 1024 * 1024;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);

/** A profile photo arrives as a data URL; it must really be a PNG or JPEG (magic bytes) of at most 1 MB. */
export function decodePngOrJpeg(dataUrl: string): { bytes: Buffer; type: 'image/png' | 'image/jpeg' } {
  const match = /^data:(image\/png|image\/jpeg);base64,([A-Za-z0-9+/]+={0,2})$/.exec(dataUrl);
  if (!match) throw new DomainError('PHOTO_INVALID');
  const bytes = Buffer.from(match[2], 'base64');
  const type = match[1] as 'image/png' | 'image/jpeg';
  const magic = type === 'image/png' ? PNG : JPEG;
  if (bytes.length > MAX_PHOTO_BYTES || !bytes.subarray(0, magic.length).equals(magic)) throw new DomainError('PHOTO_INVALID');
  return { bytes, type };
}
