/** 12345.67 yuan in fen → "12,345.67": the figures shown beside the words (src/common/money/amount-in-words.ts). */
export function formatFen(fen: number): string {
  // A regex, not toLocaleString: ICU formatting showed up in the PDF benchmark's profile.
  const yuan = String(Math.floor(fen / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${yuan}.${String(fen % 100).padStart(2, '0')}`;
}
