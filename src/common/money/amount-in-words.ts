// Amounts in words (大写金额) as written on Chinese financial and legal documents (《支付结算办法》附一《正确填写票据和
// 结算凭证的基本规定》): 零壹贰叁肆伍陆柒捌玖, 拾佰仟, 万亿, 元角分; "整" when there are no fen; one 零 for a run of zeros
// inside the number. The one copy the portal uses (agreements, documents, the public calculator).

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const UNITS = ['', '拾', '佰', '仟'];
const GROUPS = ['', '万', '亿', '万亿'];

/** 30_000_000 → 人民币叁拾万元整; 123_456 → 人民币壹仟贰佰叁拾肆元伍角陆分. Throws RangeError on anything but a safe integer ≥ 0. */
export function amountInWords(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new RangeError(`amount in fen must be a non-negative safe integer: ${fen}`);
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cents = fen % 10;
  if (fen === 0) return '人民币零元整';
  let text = yuan > 0 ? `${integerInWords(yuan)}元` : '';
  if (jiao > 0) text += `${DIGITS[jiao]}角`;
  else if (cents > 0 && yuan > 0) text += '零';
  text += cents > 0 ? `${DIGITS[cents]}分` : '整';
  return `人民币${text}`;
}

function integerInWords(n: number): string {
  const digits = String(n);
  if (digits.length > GROUPS.length * 4) throw new RangeError(`amount too large: ${n}`);
  let text = '';
  let zeroPending = false;
  let groupHasDigit = false;
  for (let i = 0; i < digits.length; i++) {
    const digit = Number(digits[i]);
    const position = digits.length - 1 - i;
    if (digit === 0) {
      zeroPending = true;
    } else {
      if (zeroPending && text) text += '零';
      zeroPending = false;
      groupHasDigit = true;
      text += DIGITS[digit] + UNITS[position % 4];
    }
    if (position % 4 === 0) {
      if (groupHasDigit) text += GROUPS[position / 4];
      groupHasDigit = false;
    }
  }
  return text;
}
