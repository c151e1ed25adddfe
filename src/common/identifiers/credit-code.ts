// 统一社会信用代码 (GB 32100-2015): 17 characters then a check character, over 31 symbols (no I, O, S, V, Z).
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function isValidCreditCode(value: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(value)) return false;
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + ALPHABET.indexOf(value[i]) * weight, 0);
  return ALPHABET[(31 - (sum % 31)) % 31] === value[17];
}
