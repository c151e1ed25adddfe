/** A committee's case number: 合调字〔2026〕第0012号. */
export function formatCaseNumber(seriesCode: string, year: number, sequence: number): string {
  return `${seriesCode}〔${year}〕第${String(sequence).padStart(4, '0')}号`;
}

/** The calendar year in China (Asia/Shanghai, UTC+8 with no daylight saving). */
export function shanghaiYear(at: Date): number {
  return new Date(at.getTime() + 8 * 3_600_000).getUTCFullYear();
}

/** Today's date in China as YYYY-MM-DD. */
export function shanghaiToday(at: Date = new Date()): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
