// 大写金额 as on Chinese financial documents, from integer fen (../shared/domain.md, "Amounts in words").
// Money is never a float here: 1,234.56 yuan is 123456 fen, so there is nothing to round.
const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const PLACES = ['', '拾', '佰', '仟'];
const GROUPS = ['', '万', '亿', '万亿'];
export const MAX_AMOUNT_FEN = 10_000 ** 4 * 100 - 1; // below 1 亿亿 yuan

/** 30000000 → 人民币叁拾万元整; 123456 → 人民币壹仟贰佰叁拾肆元伍角陆分. */
export function amountInWords(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0 || fen > MAX_AMOUNT_FEN) throw new RangeError(`amount out of range: ${fen}`);
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cents = fen % 10;
  if (fen === 0) return '人民币零元整';
  let words = yuan > 0 ? `${yuanInWords(yuan)}元` : '';
  if (jiao === 0 && cents === 0) return `人民币${words}整`;
  if (jiao > 0) words += `${DIGITS[jiao]}角`;
  else if (yuan > 0) words += '零'; // 壹元零陆分
  if (cents > 0) words += `${DIGITS[cents]}分`;
  else words += '整'; // 壹拾元伍角整
  return `人民币${words}`;
}

/** 12345.67 → "12,345.67": the figures shown beside the words. */
export function formatFen(fen: number): string {
  const yuan = Math.floor(fen / 100).toLocaleString('en-US');
  return `${yuan}.${String(fen % 100).padStart(2, '0')}`;
}

function yuanInWords(yuan: number): string {
  const groups: number[] = [];
  for (let rest = yuan; rest > 0; rest = Math.floor(rest / 10_000)) groups.push(rest % 10_000);
  let words = '';
  let zeroPending = false;
  for (let g = groups.length - 1; g >= 0; g--) {
    const value = groups[g];
    if (value === 0) {
      zeroPending = words !== '';
      continue;
    }
    // One 零 stands for every zero between two non-zero digits, across group boundaries too: 壹拾万零伍.
    if (words && (zeroPending || value < 1000)) words += '零';
    words += groupInWords(value) + GROUPS[g];
    zeroPending = value % 10 === 0;
  }
  return words;
}

/** One group of four digits, without its leading zeros (the caller writes the 零 between groups). */
function groupInWords(value: number): string {
  let words = '';
  let zero = false;
  for (let place = 3; place >= 0; place--) {
    const digit = Math.floor(value / 10 ** place) % 10;
    if (digit === 0) {
      zero = words !== '';
      continue;
    }
    if (zero) words += '零';
    words += DIGITS[digit] + PLACES[place];
    zero = false;
  }
  return words;
}
