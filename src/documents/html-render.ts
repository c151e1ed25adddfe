import { DocBlock, DocModel } from './document-model';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The same blocks as HTML: for the benchmark's Chromium print-to-PDF comparison and any server-side preview. The
 * browser's own preview draws the blocks in Preact from the JSON, with the same text.
 */
export function renderHtml(model: DocModel, fontPath: string, images: { signatures?: Record<string, string>; seal?: string; qr?: string } = {}): string {
  const body = model.blocks.map((b) => blockHtml(b, images)).join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
@font-face { font-family: doc; src: url("file://${fontPath}"); }
@page { size: A4; margin: 27mm 25mm 25mm 25mm; }
body { font-family: doc, serif; font-size: 12pt; line-height: 1.6; }
h1 { font-size: 22pt; text-align: center; letter-spacing: 4pt; font-weight: normal; margin: 0 0 4pt; }
h2 { font-size: 14pt; font-weight: normal; margin: 10pt 0 4pt; }
p { margin: 0; text-align: justify; } p.i1 { text-indent: 2em; } p.i2 { padding-left: 2em; text-indent: 2em; }
.sub, .right { text-align: right; } table { border-collapse: collapse; width: 100%; margin: 6pt 0; font-size: 11pt; }
td { border: 0.6pt solid #555; padding: 4pt; } .signs { display: grid; grid-template-columns: 1fr 1fr; row-gap: 20pt; margin-top: 14pt; }
.sign img { height: 40pt; vertical-align: middle; } .seal { text-align: right; margin-top: 16pt; position: relative; }
.seal img { position: absolute; right: 40pt; top: -40pt; width: 120pt; opacity: .88; }
</style></head><body><header style="text-align:center;font-size:9pt;color:#666">${escape(model.header)}</header>
${body}</body></html>`;
}

function blockHtml(block: DocBlock, images: { signatures?: Record<string, string>; seal?: string }): string {
  switch (block.type) {
    case 'title': return `<h1>${escape(block.text)}</h1>`;
    case 'subtitle': return `<p class="sub">${escape(block.text)}</p>`;
    case 'heading': return `<h2>${escape(block.text)}</h2>`;
    case 'paragraph': return `<p class="i${block.indent}">${escape(block.text)}</p>`;
    case 'right': return `<p class="right">${escape(block.text)}</p>`;
    case 'table': return `<table>${block.rows.map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`).join('')}</table>`;
    case 'signature': {
      const img = images.signatures?.[block.slot];
      return `<div class="sign">${escape(block.label)}${img ? `<img src="${img}">` : ''} ${escape(block.name)}</div>`;
    }
    case 'seal':
      return `<div class="seal">${escape(block.committee)}（盖章）<br>${escape(block.date)}${images.seal ? `<img src="${images.seal}">` : ''}</div>`;
  }
}
