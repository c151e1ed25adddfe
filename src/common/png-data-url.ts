// A handwritten signature or a seal arrives as a PNG data URL. It must really be a PNG (signature, IHDR first, IEND
// last, sane dimensions) and at most 200 KB: it goes into a legal document as it is.
export const MAX_IMAGE_BYTES = 200 * 1024;
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export type PngCheck = { ok: true; png: Buffer; width: number; height: number } | { ok: false; reason: 'not_png' | 'too_large' };

export function decodePngDataUrl(dataUrl: string): PngCheck {
  const match = /^data:image\/png;base64,([A-Za-z0-9+/]+={0,2})$/.exec(dataUrl);
  if (!match) return { ok: false, reason: 'not_png' };
  if ((match[1].length * 3) / 4 > MAX_IMAGE_BYTES + 3) return { ok: false, reason: 'too_large' };
  const png = Buffer.from(match[1], 'base64');
  if (png.length > MAX_IMAGE_BYTES) return { ok: false, reason: 'too_large' };
  if (png.length < 57 || !png.subarray(0, 8).equals(SIGNATURE)) return { ok: false, reason: 'not_png' };
  if (png.toString('latin1', 12, 16) !== 'IHDR' || png.toString('latin1', png.length - 8, png.length - 4) !== 'IEND') {
    return { ok: false, reason: 'not_png' };
  }
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  if (!width || !height || width > 4000 || height > 4000) return { ok: false, reason: 'not_png' };
  return { ok: true, png, width, height };
}
