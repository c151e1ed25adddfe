import { makePng } from '../../test/factories/png';
import { MAX_IMAGE_BYTES, decodePngDataUrl } from './png-data-url';

const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;

describe('signature images (PNG data URLs)', () => {
  it('accepts a real PNG and reads its size', () => {
    const check = decodePngDataUrl(dataUrl(makePng(300, 120)));
    expect(check).toMatchObject({ ok: true, width: 300, height: 120 });
  });

  it('refuses other formats, a JPEG, a fake PNG header and garbage', () => {
    expect(decodePngDataUrl('data:image/jpeg;base64,/9j/4AAQSkZJRg==')).toEqual({ ok: false, reason: 'not_png' });
    expect(decodePngDataUrl(dataUrl(Buffer.concat([makePng(10, 10).subarray(0, 8), Buffer.alloc(80)])))).toEqual({ ok: false, reason: 'not_png' });
    expect(decodePngDataUrl('data:image/png;base64,###')).toEqual({ ok: false, reason: 'not_png' });
  });

  it('refuses an image over 200 KB', () => {
    const big = makePng(600, 400, true);
    expect(big.length).toBeGreaterThan(MAX_IMAGE_BYTES);
    expect(decodePngDataUrl(dataUrl(big))).toEqual({ ok: false, reason: 'too_large' });
  });
});
