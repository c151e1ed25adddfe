import { deflateSync } from 'node:zlib';

/** A real w×h PNG (grey, no compression worth the name), built by hand. */
export function makePng(width: number, height: number, noise = false): Buffer {
  const raw = Buffer.alloc((width + 1) * height, 255);
  for (let y = 0; y < height; y++) raw[y * (width + 1)] = 0;
  if (noise) for (let i = 0; i < raw.length; i++) if (i % (width + 1)) raw[i] = (i * 7919) % 251;
  return encodePng(width, height, 0, deflateSync(raw, { level: noise ? 0 : 9 }));
}

/**
 * A handwritten-looking signature as a canvas sends it: RGBA, transparent background, dark strokes that differ by seed
 * (so each signer of each document has an image of its own, as in real use).
 */
export function makeSignaturePng(width: number, height: number, seed = 1): Buffer {
  const stride = width * 4 + 1;
  const raw = Buffer.alloc(stride * height, 0);
  const ink = (x: number, y: number) => {
    for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) {
      const px = Math.round(x) + dx, py = Math.round(y) + dy;
      if (px < 0 || py < 0 || px >= width || py >= height) continue;
      const at = py * stride + 1 + px * 4;
      raw[at] = 20; raw[at + 1] = 20; raw[at + 2] = 40; raw[at + 3] = 255;
    }
  };
  for (let stroke = 0; stroke < 3; stroke++) {
    const phase = (seed * 0.7 + stroke * 1.9) % (2 * Math.PI);
    for (let t = 0; t < width * 2; t++) {
      const x = (t / 2) * (0.6 + 0.13 * stroke) + stroke * width * 0.12;
      ink(x, height / 2 + Math.sin(t / (11 + stroke * 3 + (seed % 5)) + phase) * height * 0.3 + Math.cos(t / 7 + seed) * 6);
    }
  }
  return encodePng(width, height, 6, deflateSync(raw));
}

/** PNG bytes from already-filtered, deflated scanlines (colour type 0 grey or 6 RGBA, 8 bits). */
function encodePng(width: number, height: number, colorType: 0 | 6, idat: Buffer): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = colorType;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}

/** A PNG as the signing pad sends it. */
export const pngDataUrl = (png: Buffer = makePng(300, 120)) => `data:image/png;base64,${png.toString('base64')}`;
