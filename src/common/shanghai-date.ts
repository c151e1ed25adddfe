/** Today's date in China (Asia/Shanghai, UTC+8 with no daylight saving) as YYYY-MM-DD. */
export function shanghaiToday(at: Date = new Date()): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
