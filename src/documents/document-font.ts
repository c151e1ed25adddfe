import { existsSync, readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { CharstringCache, inlineSubroutines } from './cff-subset';

export const DEFAULT_FONT_PATH = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc';
export const DEFAULT_FONT_FACE = 'NotoSerifCJKsc-Regular';
export const FONT_INSTALL_HINT = 'sudo apt-get install -y fonts-noto-cjk';

/** A parsed font face (fontkit's object, which pdfkit accepts in place of a file). */
export type FontFace = object;

// OpenType shaping features fontkit applies by default. Chinese text needs none of them (no ligatures, no kerning,
// no contextual forms; the SC face is already the Simplified Chinese default, so no `locl`), and running the Noto CJK
// GSUB/GPOS tables for every character was most of the time per document in the benchmark's profile.
const NO_SHAPING = Object.fromEntries(
  ['ccmp', 'locl', 'rlig', 'mark', 'mkmk', 'calt', 'clig', 'liga', 'rclt', 'curs', 'kern', 'palt', 'halt', 'vert'].map((f) => [f, false]),
);

/**
 * The face as documents use it: every layout call gets NO_SHAPING, whatever pdfkit passes, and every subset pdfkit
 * makes (one per document) writes cached, subroutine-free charstrings (cff-subset.ts).
 */
function forDocuments(face: FontFace, inline: boolean): FontFace {
  const cff = inline ? (face as { 'CFF '?: ConstructorParameters<typeof CharstringCache>[0] })['CFF '] : undefined;
  const charstrings = cff ? new CharstringCache(cff) : undefined;
  return new Proxy(face, {
    get(target, property, receiver) {
      if (property === 'layout') {
        const layout = (target as { layout: (text: string, features: object) => unknown }).layout;
        return (text: string) => layout.call(target, text, NO_SHAPING);
      }
      if (property === 'createSubset' && charstrings) {
        const createSubset = (target as { createSubset: () => object }).createSubset;
        return () => inlineSubroutines(createSubset.call(target), charstrings);
      }
      return Reflect.get(target, property, receiver);
    },
  });
}

/**
 * The Chinese font every document embeds (subset). Parsed once per process and reused: opening the 19 MB TTC per
 * document costs ~340 ms, reusing the parsed face ~75 ms per PDF (../shared/documents.md). The parsed face is
 * immutable data derived from a file, not state.
 */
export class DocumentFont {
  private face?: FontFace;

  constructor(
    readonly path: string = DEFAULT_FONT_PATH,
    readonly faceName: string = DEFAULT_FONT_FACE,
    /** Subsets with inlined subroutines (cff-subset.ts); off only to compare against fontkit's own subsets. */
    readonly inlineSubroutines = true,
  ) {}

  /** Throws a message saying how to install the font when it is missing. */
  check(): void {
    if (!existsSync(this.path)) {
      throw new Error(`找不到文书所用的中文字体 ${this.path}。请安装：${FONT_INSTALL_HINT}（或用 DOCUMENT_FONT_PATH 指向一个含简体中文的 TTC/OTF 字体）`);
    }
  }

  get(): FontFace {
    if (!this.face) {
      this.check();
      // pdfkit parses through fontkit; a throwaway document hands us the parsed face to reuse.
      const probe = new PDFDocument({ autoFirstPage: false });
      probe.font(readFileSync(this.path), this.faceName);
      this.face = forDocuments((probe as unknown as { _font: { font: FontFace } })._font.font, this.inlineSubroutines);
    }
    return this.face;
  }
}
