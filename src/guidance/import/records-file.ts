// Reading an import file (provisions, public case summaries): a JSON array of objects, or CSV with a header row
// (RFC 4180 quoting). In CSV, list fields hold several values separated by "|" and numbers/booleans are converted.
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { flattenValidationErrors } from '../../common/errors/validation';

export interface FieldKinds {
  lists?: readonly string[];
  numbers?: readonly string[];
  booleans?: readonly string[];
}

export function parseRecordsFile(content: string, fileName: string, kinds: FieldKinds = {}): Record<string, unknown>[] {
  const text = content.replace(/^\uFEFF/, '');
  if (/\.json$/i.test(fileName) || /^\s*\[/.test(text)) {
    const parsed: unknown = JSON.parse(text);
    if (!Array.isArray(parsed)) throw new Error('JSON 文件须为对象数组');
    return parsed as Record<string, unknown>[];
  }
  const [header, ...rows] = parseCsv(text).filter((row) => row.some((cell) => cell.trim() !== ''));
  if (!header) return [];
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name.trim(), convert(name.trim(), row[i] ?? '', kinds)])));
}

function convert(name: string, cell: string, kinds: FieldKinds): unknown {
  const value = cell.trim();
  if (kinds.lists?.includes(name)) return value === '' ? [] : value.split('|').map((v) => v.trim()).filter(Boolean);
  if (value === '') return undefined;
  if (kinds.numbers?.includes(name)) return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  if (kinds.booleans?.includes(name)) return value === 'true' ? true : value === 'false' ? false : value;
  return value;
}

/** RFC 4180: fields separated by commas, quoted with double quotes, "" inside quotes is one quote. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell); rows.push(row); row = []; cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

export interface RowError {
  row: number;
  messages: string[];
}

/** Validates every record against a DTO class; row numbers count from 1 (the first record). */
export async function validateRecords<T extends object>(cls: new () => T, records: readonly Record<string, unknown>[]): Promise<{ valid: T[]; errors: RowError[] }> {
  const valid: T[] = [];
  const errors: RowError[] = [];
  for (const [index, record] of records.entries()) {
    const dto = plainToInstance(cls, record);
    const problems = flattenValidationErrors(await validate(dto, { whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: true }));
    if (problems.length) errors.push({ row: index + 1, messages: problems.map((p) => `${p.field}: ${p.message}`) });
    else valid.push(dto);
  }
  return { valid, errors };
}
