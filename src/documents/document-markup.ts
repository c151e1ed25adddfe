import { DocBlock, DocModel } from './document-model';

/*
 * The markup the templates in templates/ write, one block per line:
 *   @header 合川区…人民调解委员会     the running page header
 *   # 人民调解协议书                  title            ## 一、当事人      heading
 *   ^ 合阳调字〔2026〕第0012号         subtitle         > 2026年5月1日     right-aligned line
 *   | 姓名 | 张三 |                   a table row (cells between bars)
 *   @sign <slot> | 申请人（签名）： | 张三 | note   a signature place
 *   @seal 委员会名称 | 2026年5月1日      the committee's seal
 *   　　text                          a paragraph with first-line indent (two ideographic spaces); 　　　　 nested
 *   text                              a paragraph without indent
 * Text from users reaches the markup only through the `lines` and `inline` helpers (document-templates.ts), which keep
 * it from starting a line with a marker.
 */
const INDENT = '　　';

export function parseMarkup(markup: string): DocModel {
  let header = '';
  const blocks: DocBlock[] = [];
  for (const raw of markup.split('\n')) {
    const line = raw.replace(/\s+$/u, '');
    if (!line.trim()) continue;
    if (line.startsWith('@header ')) header = line.slice(8).trim();
    else if (line.startsWith('## ')) blocks.push({ type: 'heading', text: line.slice(3).trim() });
    else if (line.startsWith('# ')) blocks.push({ type: 'title', text: line.slice(2).trim() });
    else if (line.startsWith('^ ')) blocks.push({ type: 'subtitle', text: line.slice(2).trim() });
    else if (line.startsWith('> ')) blocks.push({ type: 'right', text: line.slice(2).trim() });
    else if (line.startsWith('|')) pushRow(blocks, cells(line));
    else if (line.startsWith('@sign ')) blocks.push(signature(line.slice(6)));
    else if (line.startsWith('@seal ')) {
      const [committee, date] = line.slice(6).split('|').map((s) => s.trim());
      blocks.push({ type: 'seal', committee, date: date ?? '' });
    } else blocks.push(paragraph(line));
  }
  return { header, blocks };
}

function paragraph(line: string): DocBlock {
  if (line.startsWith(INDENT + INDENT)) return { type: 'paragraph', indent: 2, text: line.slice(4).trim() };
  if (line.startsWith(INDENT)) return { type: 'paragraph', indent: 1, text: line.slice(2).trim() };
  return { type: 'paragraph', indent: 0, text: line.trim() };
}

function cells(line: string): string[] {
  return line.replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
}

function pushRow(blocks: DocBlock[], row: string[]): void {
  const last = blocks[blocks.length - 1];
  if (last?.type === 'table') last.rows.push(row);
  else blocks.push({ type: 'table', rows: [row] });
}

function signature(rest: string): DocBlock {
  const [slot, label, name, note] = rest.split('|').map((s) => s.trim());
  return { type: 'signature', slot, label: label ?? '', name: name ?? '', note: note ?? '' };
}

/** User text as indented paragraphs: every line starts with the indent, so none can be read as a marker. */
export function asParagraphs(text: string, indent = 1): string {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => INDENT.repeat(indent) + l)
    .join('\n');
}

/** User text inside one line or cell: line breaks and bars become spaces. */
export function inline(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/\|/g, '｜').trim();
}
