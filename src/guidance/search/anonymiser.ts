// Anonymised case summaries (脱敏): mediators must keep the parties' privacy (人民调解法 art. 22: 尊重当事人的隐私),
// so a closed case is reused for similar-case search only with the parties' consent and with everything that
// identifies a person removed: names (the case's own parties and people, with their familiar forms), resident ID
// numbers, bank card numbers, phone numbers, e-mail addresses, street addresses and vehicle plates.

export interface KnownPerson {
  name: string;
  /** What replaces the name: 申请人, 被申请人, 调解员 … */
  label: string;
}

const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
const HAN_NUM = '\\d一二三四五六七八九十百零〇';

const PATTERNS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, '[邮箱]'],
  // resident ID: 18 characters (17 digits + digit or X), or the old 15-digit form
  [/(?<!\d)\d{17}[\dXx](?![\dXx])|(?<!\d)\d{15}(?!\d)/g, '[身份证号]'],
  [/(?<!\d)\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{4}(?:[ -]?\d{1,3})?(?!\d)/g, '[银行卡号]'],
  // mobile numbers, optionally +86 and split 3-4-4
  [/(?:\+?86[ -]?)?(?<!\d)1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?!\d)/g, '[电话]'],
  // landlines: area code 0xx(x) then 7–8 digits
  [/(?<!\d)0\d{2,3}[ -]\d{7,8}(?!\d)|(?<!\d)0\d{2,3}\d{7,8}(?!\d)/g, '[电话]'],
  // plates: province, letter, 5 characters (6 for new-energy plates); "·" optional
  [new RegExp(`[${PROVINCES}][A-HJ-NP-Z][·• ]?[A-HJ-NP-Z0-9]{4,5}[A-HJ-NP-Z0-9挂学警]`, 'g'), '[车牌号]'],
  // "住址：…" up to the next punctuation
  [/(住址|住所地|住所|家住|现住|地址)([为是：:]?)\s*[^，。；,;、\n]{2,60}/g, '$1$2[地址]'],
  // street addresses: optional admin units, a road / village / estate, then numbers with 号 栋 单元 室 …
  [new RegExp(`(?![在于到从至向与和])(?:[\\p{Script=Han}]{2,6}?(?:省|自治区|市|区|县|镇|乡|街道))*[\\p{Script=Han}A-Za-z\\d]{1,8}?(?:路|街|巷|大道|村|小区|花园|苑|大厦|公寓)[${HAN_NUM}]+(?:号|栋|幢|单元|室|楼|层|组|社)[${HAN_NUM}号栋幢单元室楼层组社\\-]*`, 'gu'), '[地址]'],
];

export function anonymise(text: string, people: readonly KnownPerson[] = []): string {
  let out = text;
  for (const { name, label } of [...people].filter((p) => p.name.trim().length >= 2).sort((a, b) => b.name.length - a.name.length)) {
    out = out.split(name.trim()).join(label);
    // familiar forms of a person's name: 张某, 老张, 小张, 张先生, 张女士, 张哥 …
    const surname = name.trim()[0];
    if (/\p{Script=Han}/u.test(surname)) {
      out = out.replace(new RegExp(`(?:老|小)${surname}|${surname}(?:某某|某|先生|女士|小姐|师傅|老板|哥|姐|总|经理)`, 'gu'), label);
    }
  }
  for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
  return out;
}
