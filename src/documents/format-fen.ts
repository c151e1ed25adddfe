/** 12345.67 yuan in fen → "12,345.67": the figures shown beside the words (src/common/money/amount-in-words.ts). */
export function formatFen(fen: number): string {
  const yuan = Math.floor(fen / 100).toLocaleString('en-US');
  return `${yuan}.${String(fen % 100).padStart(2, '0')}`;
}
