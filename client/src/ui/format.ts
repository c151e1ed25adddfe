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

/** "1,234.5" → 123450. Returns null if not a valid non-negative amount with ≤ 2 decimals. */
export function parseYuanToFen(input: string): number | null {
  const m = /^(\d{1,10})(?:\.(\d{0,2}))?$/.exec(input.trim().replace(/[,，\s]/g, ''));
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
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
