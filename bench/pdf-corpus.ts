// 1,000 different agreements for the PDF benchmark: names (rare characters among them), one to five obligations with
// instalments, so documents run from two to four pages. Deterministic: the same seed gives the same corpus.
import { agreementContext } from '../src/agreements/agreement-document';
import type { DraftObligation } from '../src/agreements/agreement-clauses';
import type { Case } from '../src/cases/entities/case.entity';
import type { CaseParty } from '../src/cases/entities/case-party.entity';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = ['龘', '堃', '喆', '昇', '𫓧', '𠇔', '伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀兰', '霞', '平', '刚', '桂英', '建国', '志强', '晓东', '雨桐', '子涵', '浩然', '欣怡'];
const STREETS = ['南津街', '钓鱼城街道', '合阳城街道', '草街街道', '盐井街道', '云门街道', '大石街道', '沙鱼镇', '官渡镇', '涞滩镇'];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

export function corpusContext(i: number) {
  const r = rng(i * 7919 + 17);
  const pick = <T>(list: readonly T[] | string) => list[Math.floor(r() * list.length)] as T;
  const name = () => pick<string>(SURNAMES) + pick<string>(GIVEN) + (r() < 0.5 ? pick<string>(GIVEN) : '');
  const address = () => `重庆市合川区${pick<string>(STREETS)}${1 + Math.floor(r() * 300)}号${1 + Math.floor(r() * 30)}栋${1 + Math.floor(r() * 20)}-${1 + Math.floor(r() * 4)}`;
  const respondents = 1 + Math.floor(r() * 2);
  const parties = [0, ...Array.from({ length: respondents }, (_, k) => k + 1)].map((position) => ({
    id: `p${position}`, side: position === 0 ? 'applicant' : 'respondent', kind: position === 2 && r() < 0.5 ? 'organization' : 'person',
    name: position === 2 ? `重庆${name()}建材有限公司` : name(), phone: `139${String(10_000_000 + Math.floor(r() * 89_999_999))}`,
    creditCode: '91350100M000100Y43', domicile: address(), serviceAddress: address(), eServiceConsent: r() < 0.7,
    representativeName: name(), representativeTitle: '法定代表人', position,
  })) as unknown as CaseParty[];
  const obligations: DraftObligation[] = Array.from({ length: 1 + Math.floor(r() * 5) }, (_, k) => {
    const debtor = parties[1 + (k % respondents)];
    if (r() < 0.25) return { kind: 'act', debtorPartyId: debtor.id, description: '返还申请人寄存的电动自行车一辆及充电器，并当面赔礼道歉', dueDate: '2027-03-31' };
    const n = 1 + Math.floor(r() * 10);
    const per = (1 + Math.floor(r() * 5_000)) * 10_000;
    return {
      kind: 'payment', debtorPartyId: debtor.id, creditorPartyId: 'p0', amountFen: per * n, dueDate: '2027-12-31',
      instalments: n > 1 ? Array.from({ length: n }, (_, m) => ({ amountFen: per, dueDate: `2027-${String(1 + m).padStart(2, '0')}-28` })) : undefined,
      annualInterestRateBp: r() < 0.3 ? 385 : undefined,
    };
  });
  const caseRow = {
    caseNumber: `合阳调字〔2026〕第${String(i + 1).padStart(4, '0')}号`,
    facts: Array.from({ length: 1 + Math.floor(r() * 4) }, () => '双方因借款、买卖及邻里关系等事项发生争议，经多次协商未果，申请人遂向本委员会申请调解。').join('\n'),
    claims: '请求被申请人归还借款并支付相应利息。',
  } as unknown as Case;
  const idNumbers = new Map(parties.map((p) => [p.id, '11010519491231002X']));
  return agreementContext({
    caseRow, parties, idNumbers, committeeName: '合川区合阳城街道人民调解委员会', mediatorName: name(), obligations,
    terms: '双方就本纠纷再无其他争议。', effectiveDate: '2026-12-01',
  });
}
