// Signature and seal images, prepared once and reused by every document that carries them.
//
// Why: signatures drawn on a canvas and uploaded seals are PNGs with an alpha channel. PDF has no such image: pdfkit
// inflates every pixel, splits colour from alpha and deflates both again, for each document (a few ms an image, three to
// five images an agreement). The result depends only on the image's bytes, so it is kept here by SHA-256 and each
// document only writes the two ready streams.
import { createHash } from 'node:crypto';
import { deflateSync, inflateSync } from 'node:zlib';

type Doc = PDFKit.PDFDocument;

/** Colour and alpha planes, each already deflated, of one 8-bit, non-interlaced PNG with alpha. */
interface PreparedImage {
  width: number;
  height: number;
  colorSpace: 'DeviceRGB' | 'DeviceGray';
  color: Buffer;
  alpha: Buffer;
}

/** What pdfkit's `doc.image()` accepts instead of bytes: an object with a size that embeds itself once per document. */
interface EmbeddableImage {
  width: number;
  height: number;
  label: string;
  obj: unknown;
  embed(doc: Doc): void;
}

const MAX_ENTRIES = 256;

export class PdfImageCache {
  private readonly prepared = new Map<string, PreparedImage | null>();

  /** A per-document view: the same image bytes give the same XObject within one document. */
  forDocument(): (bytes: Buffer) => Buffer | EmbeddableImage {
    const embedded = new Map<string, EmbeddableImage>();
    return (bytes) => {
      const key = createHash('sha256').update(bytes).digest('hex');
      const image = this.prepare(key, bytes);
      if (!image) return bytes; // not a PNG with alpha: pdfkit embeds it as it is, cheaply
      let embeddable = embedded.get(key);
      if (!embeddable) {
        embeddable = embeddableImage(image, `HZ${embedded.size + 1}`);
        embedded.set(key, embeddable);
      }
      return embeddable;
    };
  }

  private prepare(key: string, bytes: Buffer): PreparedImage | null {
    if (this.prepared.has(key)) {
      const hit = this.prepared.get(key)!;
      this.prepared.delete(key); // re-insert: the Map's order is the least-recently-used order
      this.prepared.set(key, hit);
      return hit;
    }
    let image: PreparedImage | null;
    try {
      image = splitAlphaPng(bytes);
    } catch {
      image = null; // malformed or unusual: let pdfkit decide
    }
    this.prepared.set(key, image);
    if (this.prepared.size > MAX_ENTRIES) this.prepared.delete(this.prepared.keys().next().value!);
    return image;
  }
}

function embeddableImage(image: PreparedImage, label: string): EmbeddableImage {
  return {
    width: image.width,
    height: image.height,
    label,
    obj: null,
    embed(doc: Doc) {
      const ref = (data: object) => (doc as unknown as { ref(d: object): { data: Record<string, unknown>; end(b: Buffer): void } }).ref(data);
      const mask = ref({ Type: 'XObject', Subtype: 'Image', Width: image.width, Height: image.height, BitsPerComponent: 8, Filter: 'FlateDecode', ColorSpace: 'DeviceGray', Decode: [0, 1] });
      mask.end(image.alpha);
      const obj = ref({ Type: 'XObject', Subtype: 'Image', Width: image.width, Height: image.height, BitsPerComponent: 8, Filter: 'FlateDecode', ColorSpace: image.colorSpace, SMask: mask });
      obj.end(image.color);
      this.obj = obj;
    },
  };
}

/** Decodes an 8-bit, non-interlaced greyscale+alpha or RGBA PNG into deflated colour and alpha planes; null otherwise. */
export function splitAlphaPng(png: Buffer): PreparedImage | null {
  if (png.length < 33 || png.readUInt32BE(0) !== 0x89504e47) return null;
  let pos = 8;
  let width = 0, height = 0, bitDepth = 0, colorType = 0, interlace = 0;
  const idat: Buffer[] = [];
  while (pos + 8 <= png.length) {
    const length = png.readUInt32BE(pos);
    const type = png.toString('latin1', pos + 4, pos + 8);
    const data = png.subarray(pos + 8, pos + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      bitDepth = data[8];
      colorType = data[9];
      interlace = data[12];
    } else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    pos += 12 + length;
  }
  if (bitDepth !== 8 || interlace !== 0 || (colorType !== 4 && colorType !== 6) || !width || !height) return null;
  const channels = colorType === 6 ? 4 : 2;
  const pixels = unfilter(inflateSync(Buffer.concat(idat)), width, height, channels);
  const colors = channels - 1;
  const color = Buffer.alloc(width * height * colors);
  const alpha = Buffer.alloc(width * height);
  for (let p = 0, i = 0, c = 0; p < width * height; p++) {
    for (let k = 0; k < colors; k++) color[c++] = pixels[i++];
    alpha[p] = pixels[i++];
  }
  return { width, height, colorSpace: colors === 3 ? 'DeviceRGB' : 'DeviceGray', color: deflateSync(color), alpha: deflateSync(alpha) };
}

/** Reverses PNG's per-row filters (None, Sub, Up, Average, Paeth). */
function unfilter(data: Buffer, width: number, height: number, bpp: number): Buffer {
  const stride = width * bpp;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = data[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const raw = data[src + x];
      const a = x >= bpp ? out[row + x - bpp] : 0;
      const b = y > 0 ? out[row - stride + x] : 0;
      const c = x >= bpp && y > 0 ? out[row - stride + x - bpp] : 0;
      let value: number;
      switch (filter) {
        case 0: value = raw; break;
        case 1: value = raw + a; break;
        case 2: value = raw + b; break;
        case 3: value = raw + ((a + b) >> 1); break;
        case 4: value = raw + paeth(a, b, c); break;
        default: throw new Error(`PNG filter ${filter}`);
      }
      out[row + x] = value & 0xff;
    }
  }
  return out;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}
