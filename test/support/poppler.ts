import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Debian's poppler-utils read our PDFs back the way any reader would (installed by scripts/test.mjs).
function tempPdf(pdf: Buffer): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'pdf-')), 'doc.pdf');
  writeFileSync(file, pdf);
  return file;
}

/** pdftotext's text with every kind of whitespace removed, so assertions do not depend on line wrapping. */
export function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-layout', tempPdf(pdf), '-'], { encoding: 'utf8' });
}

export function compact(text: string): string {
  return text.replace(/[\s\u3000]+/g, '');
}

/** pdfsig exits 0 even when a signature is invalid: callers assert on its text. */
export function pdfsig(pdf: Buffer): string {
  try {
    return execFileSync('pdfsig', [tempPdf(pdf)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return `${e.stdout ?? ''}${e.stderr ?? ''}`;
  }
}

export function pdfPageCount(pdf: Buffer): number {
  const info = execFileSync('pdfinfo', [tempPdf(pdf)], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)![1]);
}

/** The first page as a PNG, for looking at it. */
export function firstPagePng(pdf: Buffer, outPrefix: string, dpi = 80): string {
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', tempPdf(pdf), outPrefix]);
  return `${outPrefix}.png`;
}

/** The body text only: page headers (the committee), footers (第 N 页 共 M 页, 验证码) and marks taken out, so a paragraph
 * broken over two pages reads as one. */
export function bodyText(pdfTextCompact: string, header: string): string {
  return pdfTextCompact.replace(/第\d+页共\d+页/g, '').replace(/验证码[0-9A-Z-]{14}(?=\S)/g, '').split(compact(header)).join('').replace(/【[^】]{1,4}】/g, '');
}
