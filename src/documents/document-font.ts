import { existsSync, readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';

export const DEFAULT_FONT_PATH = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc';
export const DEFAULT_FONT_FACE = 'NotoSerifCJKsc-Regular';
export const FONT_INSTALL_HINT = 'sudo apt-get install -y fonts-noto-cjk';

/** A parsed font face (fontkit's object, which pdfkit accepts in place of a file). */
export type FontFace = object;

/**
 * The Chinese font every document embeds (subset). Parsed once per process and reused: opening the 19 MB TTC per
 * document costs ~340 ms, reusing the parsed face ~75 ms per PDF (../shared/documents.md). The parsed face is
 * immutable data derived from a file, not state.
 */
export class DocumentFont {
  private face?: FontFace;

  constructor(readonly path: string = DEFAULT_FONT_PATH, readonly faceName: string = DEFAULT_FONT_FACE) {}

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
      this.face = (probe as unknown as { _font: { font: FontFace } })._font.font;
    }
    return this.face;
  }
}
