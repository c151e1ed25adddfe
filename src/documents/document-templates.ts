import Handlebars from 'handlebars';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../common/project-root';
import { amountInWords } from '../common/money/amount-in-words';
import { formatFen } from './format-fen';
import { asParagraphs, inline, parseMarkup } from './document-markup';
import { DocModel, DocumentType } from './document-model';

export const TEMPLATES_DIR = path.join(projectRoot(), 'templates');

/**
 * templates/<type>.hbs with templates/partials/*.hbs (header, parties, signatures), compiled with
 * {noEscape: true, strict: true}: no HTML escaping in a PDF, and a missing field is an error, not an empty line.
 * A template edited on disk is picked up at the next render (compiled output is kept per file modification time).
 */
export class DocumentTemplates {
  private readonly compiled = new Map<string, { mtimeMs: number; render: HandlebarsTemplateDelegate }>();
  private partialsStamp = '';
  private readonly hb = Handlebars.create();

  constructor(private readonly dir: string = TEMPLATES_DIR) {
    this.hb.registerHelper('lines', (text: string, indent?: unknown) => asParagraphs(String(text ?? ''), typeof indent === 'number' ? indent : 1));
    this.hb.registerHelper('inline', (text: unknown) => inline(String(text ?? '')));
    this.hb.registerHelper('money', (fen: number) => formatFen(fen));
    this.hb.registerHelper('words', (fen: number) => amountInWords(fen));
    this.hb.registerHelper('inc', (n: number) => n + 1);
    this.hb.registerHelper('cnNumber', (n: number) => chineseOrdinal(n));
  }

  render(type: DocumentType, context: object): DocModel {
    this.loadPartials();
    const file = path.join(this.dir, `${type.replace('_', '-')}.hbs`);
    const { mtimeMs } = statSync(file);
    let entry = this.compiled.get(file);
    if (!entry || entry.mtimeMs !== mtimeMs) {
      entry = { mtimeMs, render: this.hb.compile(readFileSync(file, 'utf8'), { noEscape: true, strict: true }) };
      this.compiled.set(file, entry);
    }
    return parseMarkup(entry.render(context));
  }

  private loadPartials(): void {
    const dir = path.join(this.dir, 'partials');
    const files = readdirSync(dir).filter((f) => f.endsWith('.hbs')).sort();
    const stamp = files.map((f) => `${f}:${statSync(path.join(dir, f)).mtimeMs}`).join(',');
    if (stamp === this.partialsStamp) return;
    for (const f of files) this.hb.registerPartial(path.basename(f, '.hbs'), readFileSync(path.join(dir, f), 'utf8'));
    this.partialsStamp = stamp;
  }
}

const CN_DIGITS = '零一二三四五六七八九';

/** 1 → 一, 12 → 十二, 23 → 二十三: the numbering of an agreement's clauses. */
export function chineseOrdinal(n: number): string {
  if (n < 10) return CN_DIGITS[n];
  if (n < 20) return '十' + (n % 10 ? CN_DIGITS[n % 10] : '');
  if (n < 100) return CN_DIGITS[Math.floor(n / 10)] + '十' + (n % 10 ? CN_DIGITS[n % 10] : '');
  return String(n);
}
