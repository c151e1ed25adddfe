/** Case numbers are assigned at filing; show a dash in the rare moment before. */
export const caseNo = (n: string | null | undefined) => n ?? '—';

const groups = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });

/** 30000000 → "¥300,000.00", using integer arithmetic only. */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(fen));
  const yuan = Math.floor(abs / 100);
  const cents = abs % 100;
  return `${sign}¥${groups.format(yuan)}.${String(cents).padStart(2, '0')}`;
}

/**
 * "1,234.5" → 123450, "30万" / "30万元" / "3.5万" → fen, "¥300,000元" too. Returns null if not a valid non-negative
 * amount (at most 2 decimals of a yuan; 万 amounts at most 6 decimals, i.e. whole fen).
 */
export function parseYuanToFen(input: string): number | null {
  const cleaned = input.trim().replace(/[,，\s¥￥]/g, '').replace(/元$/, '');
  const wan = /^(\d{1,6})(?:\.(\d{1,6}))?万$/.exec(cleaned);
  if (wan) return Number(wan[1]) * 1_000_000 + Number((wan[2] ?? '').padEnd(6, '0'));
  const m = /^(\d{1,10})(?:\.(\d{0,2}))?$/.exec(cleaned);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** Why an amount was not understood, in words a person can act on. */
export function amountProblem(input: string): string {
  if (/[零一二三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]/.test(input.replace(/万元?$/, ''))) return '请用阿拉伯数字填写，如 300000 或 30万';
  if (/\.\d{3,}(?!.*万)/.test(input)) return '金额最多两位小数（到分）';
  return '请输入有效金额，如 300000、30万 或 1234.56';
}

const dateTime = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** ISO instant → "2025/03/04 14:05" in Beijing time. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateTime.format(d);
}

/** Today's date in Asia/Shanghai as YYYY-MM-DD. */
export function todayInShanghai(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** A uuid v4, also outside secure contexts where randomUUID is missing. */
export function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
