/** Wait before the n-th retry in a row (n ≥ 1): 200 ms doubling up to 30 s, so an outage costs a handful of tries. */
export function retryDelayMs(failures: number): number {
  return Math.min(200 * 2 ** Math.max(0, failures - 1), 30_000);
}
