import PDFDocument from 'pdfkit';
import { pdfkitAddPlaceholder } from '@signpdf/placeholder-pdfkit';
import { drawSeal } from './committee-seal';
import { DocumentFont } from './document-font';
import { DocBlock, DocExtras, DocModel } from './document-model';
import { PdfImageCache } from './pdf-images';

type Doc = PDFKit.PDFDocument;

const FONT = 'cjk';
const BODY = 12; // 小四
const MARGIN = { top: 78, bottom: 72, left: 72, right: 72 };
const LINE_GAP = 5;

/** A digital signature to be placed later: the layout reserves its placeholder on the last page. */
export interface SignaturePlaceholder {
  name: string;
  reason: string;
  location: string;
  contactInfo: string;
  signingTime: Date;
}

/** A QR code's module matrix (qrcode's BitMatrix): `size` × `size`, dark where get(row, col) is truthy. */
export interface QrModules {
  size: number;
  get(row: number, col: number): number | boolean;
}

export interface LayoutOptions {
  title: string;
  qr?: QrModules;
  placeholder?: SignaturePlaceholder;
  /** Signature and seal images prepared once per process (the renderer's); a fresh cache when absent. */
  images?: PdfImageCache;
}

/** Image bytes → what doc.image() should embed for them in this document. */
type ImageSource = (bytes: Buffer) => unknown;

/** Draws a document's blocks with pdfkit: A4, the committee in the header, 第 N 页 共 M 页 in the footer. */
export async function layoutPdf(font: DocumentFont, model: DocModel, extras: DocExtras, options: LayoutOptions): Promise<Buffer> {
  const createdAt = extras.createdAt ?? new Date();
  const doc = new PDFDocument({
    size: 'A4', margins: MARGIN, bufferPages: true, autoFirstPage: true, lang: 'zh-CN', displayTitle: true,
    info: { Title: options.title, Creator: '合舟·在线调解', Producer: '合舟·在线调解', CreationDate: createdAt, ModDate: createdAt },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont(FONT, font.get() as unknown as string);
  doc.font(FONT).fontSize(BODY).fillColor('black');
  const img = (options.images ?? new PdfImageCache()).forDocument();
  for (let i = 0; i < model.blocks.length; i++) {
    const block = model.blocks[i];
    if (block.type === 'signature') {
      const group = takeSignatures(model.blocks, i);
      drawSignatures(doc, group, extras, img);
      i += group.length - 1;
    } else drawBlock(doc, block, extras, img);
  }
  if (extras.verification && options.qr) drawVerification(doc, extras.verification, options.qr);
  decoratePages(doc, model.header, extras);
  if (options.placeholder) {
    const p = options.placeholder;
    pdfkitAddPlaceholder({
      pdf: doc, pdfBuffer: Buffer.alloc(0), reason: p.reason, contactInfo: p.contactInfo, name: p.name, location: p.location,
      signingTime: p.signingTime, signatureLength: 8192, subFilter: 'adbe.pkcs7.detached',
    });
  }
  doc.end();
  return done;
}

const contentWidth = (doc: Doc) => doc.page.width - MARGIN.left - MARGIN.right;

function drawBlock(doc: Doc, block: Exclude<DocBlock, { type: 'signature' }>, extras: DocExtras, img: ImageSource): void {
  const width = contentWidth(doc);
  const x = MARGIN.left;
  switch (block.type) {
    case 'title':
      doc.fontSize(22).text(block.text, x, doc.y, { width, align: 'center', characterSpacing: 4 });
      doc.moveDown(0.3);
      break;
    case 'subtitle':
      doc.fontSize(BODY).text(block.text, x, doc.y, { width, align: 'right' });
      doc.moveDown(0.6);
      break;
    case 'heading':
      ensureSpace(doc, 3 * BODY);
      doc.moveDown(0.4).fontSize(14).text(block.text, x, doc.y, { width });
      doc.moveDown(0.2);
      break;
    case 'paragraph': {
      const indent = block.indent === 2 ? BODY * 2 : 0;
      doc.fontSize(BODY).text(block.text, x + indent, doc.y, {
        width: width - indent, lineGap: LINE_GAP, indent: block.indent >= 1 ? BODY * 2 : 0, align: 'justify',
      });
      break;
    }
    case 'right':
      doc.moveDown(0.3).fontSize(BODY).text(block.text, x, doc.y, { width, align: 'right' });
      break;
    case 'table':
      drawTable(doc, block.rows);
      break;
    case 'seal':
      drawSealBlock(doc, block, extras, img);
      break;
  }
}

function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - MARGIN.bottom) doc.addPage();
}

function drawTable(doc: Doc, rows: string[][]): void {
  const width = contentWidth(doc);
  const columns = Math.max(...rows.map((r) => r.length));
  const first = columns > 1 ? Math.min(width * 0.28, 130) : width;
  const widths = [first, ...Array(columns - 1).fill((width - first) / Math.max(columns - 1, 1))];
  doc.fontSize(BODY - 1).lineWidth(0.6).strokeColor('#555');
  doc.moveDown(0.3);
  for (const row of rows) {
    const heights = row.map((cell, i) => doc.heightOfString(cell || ' ', { width: widths[i] - 10 }));
    const height = Math.max(...heights) + 10;
    ensureSpace(doc, height);
    let x = MARGIN.left;
    const y = doc.y;
    row.forEach((cell, i) => {
      doc.rect(x, y, widths[i], height).stroke();
      doc.text(cell, x + 5, y + 5, { width: widths[i] - 10 });
      x += widths[i];
    });
    doc.x = MARGIN.left;
    doc.y = y + height;
  }
  doc.moveDown(0.5).fontSize(BODY);
}

function takeSignatures(blocks: DocBlock[], from: number): Extract<DocBlock, { type: 'signature' }>[] {
  const group: Extract<DocBlock, { type: 'signature' }>[] = [];
  for (let i = from; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.type !== 'signature') break;
    group.push(block);
  }
  return group;
}

const SIGN_ROW = 78;

/** Two signers a row: the label and printed name, the handwritten image beside it, an organisation's seal over it. */
function drawSignatures(doc: Doc, group: Extract<DocBlock, { type: 'signature' }>[], extras: DocExtras, img: ImageSource): void {
  const half = contentWidth(doc) / 2;
  doc.moveDown(1);
  for (let i = 0; i < group.length; i += 2) {
    ensureSpace(doc, SIGN_ROW);
    const y = doc.y;
    group.slice(i, i + 2).forEach((block, col) => drawSignature(doc, block, MARGIN.left + col * half, y, half, extras, img));
    doc.x = MARGIN.left;
    doc.y = y + SIGN_ROW;
  }
}

function drawSignature(doc: Doc, block: Extract<DocBlock, { type: 'signature' }>, x: number, y: number, width: number, extras: DocExtras, img: ImageSource): void {
  doc.fontSize(BODY).fillColor('black');
  const labelWidth = doc.widthOfString(block.label);
  doc.text(block.label, x, y + 20, { lineBreak: false });
  const imageX = x + labelWidth + 4;
  const image = extras.signatures?.[block.slot];
  const seal = extras.seals?.[block.slot];
  if (seal) doc.image(img(seal) as Buffer, imageX + 40, y - 6, { fit: [70, 70] });
  if (image) doc.image(img(image) as Buffer, imageX, y, { fit: [Math.min(130, width - labelWidth - 12), 52] });
  doc.fontSize(9).fillColor('#333').text(`${block.name}${block.note ? `  ${block.note}` : ''}`, imageX, y + 56, {
    width: width - labelWidth - 8, lineBreak: false, ellipsis: true,
  });
  doc.fontSize(BODY).fillColor('black');
}

function drawSealBlock(doc: Doc, block: Extract<DocBlock, { type: 'seal' }>, extras: DocExtras, img: ImageSource): void {
  const width = contentWidth(doc);
  ensureSpace(doc, 110);
  doc.moveDown(1.2);
  const y = doc.y;
  doc.fontSize(BODY).text(`${block.committee}（盖章）`, MARGIN.left, y, { width, align: 'right' });
  doc.text(block.date, MARGIN.left, doc.y + 6, { width, align: 'right' });
  const cx = MARGIN.left + width - Math.min(doc.widthOfString(block.committee), width) / 2 - 40;
  const cy = y + 14;
  const image = extras.seals?.committee;
  if (image) doc.image(img(image) as Buffer, cx - 60, cy - 60, { fit: [120, 120] });
  else if (extras.drawCommitteeSeal) drawSeal(doc, FONT, block.committee, cx, cy, 58);
  doc.fillColor('black').opacity(1);
  doc.x = MARGIN.left;
  doc.y = Math.max(doc.y, cy + 64);
}

function drawVerification(doc: Doc, verification: { code: string; url: string }, qr: QrModules): void {
  ensureSpace(doc, 96);
  doc.moveDown(1);
  const y = doc.y;
  drawQr(doc, qr, MARGIN.left, y, 80);
  doc.fontSize(10).fillColor('#222');
  doc.text(`验证码：${verification.code}`, MARGIN.left + 92, y + 12);
  doc.text(`扫描二维码或访问 ${verification.url} 可核验本文书是否真实、是否为现行有效版本。`, MARGIN.left + 92, doc.y + 4, {
    width: contentWidth(doc) - 92,
  });
  doc.fillColor('black').fontSize(BODY);
  doc.x = MARGIN.left;
  doc.y = y + 88;
}

/** The QR code as one filled path of dark modules, with a one-module quiet zone (as qrcode's PNG had). */
function drawQr(doc: Doc, qr: QrModules, x: number, y: number, side: number): void {
  const cell = side / (qr.size + 2);
  doc.save().fillColor('black');
  for (let row = 0; row < qr.size; row++) {
    for (let col = 0; col < qr.size; col++) {
      if (qr.get(row, col)) doc.rect(x + (col + 1) * cell, y + (row + 1) * cell, cell + 0.01, cell + 0.01);
    }
  }
  doc.fill().restore();
}

/** Header, footer and watermark on every page, once the page count is known. */
function decoratePages(doc: Doc, header: string, extras: DocExtras): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const { width, height } = doc.page;
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // drawing in the margin must not start a new page
    doc.fontSize(9).fillColor('#666');
    if (header) {
      doc.text(header, MARGIN.left, 40, { width: width - MARGIN.left - MARGIN.right, align: 'center', lineBreak: false });
      doc.lineWidth(0.5).strokeColor('#999').moveTo(MARGIN.left, 56).lineTo(width - MARGIN.right, 56).stroke();
    }
    doc.text(`第 ${i + 1} 页 共 ${count} 页`, MARGIN.left, height - 46, { width: width - MARGIN.left - MARGIN.right, align: 'center', lineBreak: false });
    if (extras.verification) doc.text(`验证码 ${extras.verification.code}`, MARGIN.left, height - 46, { lineBreak: false });
    if (extras.watermark) {
      doc.fontSize(10).fillColor('#c00').text(`【${extras.watermark}】`, MARGIN.left, 40, { width: width - MARGIN.left - MARGIN.right, align: 'right', lineBreak: false });
    }
    doc.page.margins.bottom = bottom;
  }
  doc.fillColor('black');
}
