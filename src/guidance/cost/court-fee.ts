// What suing would cost: the case acceptance fee (案件受理费) of 《诉讼费用交纳办法》(国务院令第481号, in force 2007-04-01).
// Pure; amounts in fen. Provinces fix the exact figure inside the ranges of art. 13 (2)(3)(6): we show the range.

export type FeeKind = 'property' | 'labour' | 'divorce' | 'personality' | 'other_non_property';

export interface CourtFee {
  kind: FeeKind;
  /** The fee (the lower end where art. 13 gives a range). */
  feeFen: number;
  /** The upper end of the range; equal to feeFen for property and labour cases. */
  feeMaxFen: number;
  /** Closed by mediation or withdrawn: halved (art. 15). */
  mediatedFeeFen: number;
  /** Heard under simplified procedure: halved (art. 16) — once: mediation in a simplified case is not halved again. */
  simplifiedFeeFen: number;
  basis: string;
}

const LAW = '《诉讼费用交纳办法》';
/** Art. 13 (1): property cases, cumulative by bands of the claim: [upper bound in yuan, rate in ‱ (per ten thousand)]. */
const PROPERTY_BANDS: ReadonlyArray<readonly [number, number]> = [
  [100_000, 250], [200_000, 200], [500_000, 150], [1_000_000, 100], [2_000_000, 90],
  [5_000_000, 80], [10_000_000, 70], [20_000_000, 60], [Infinity, 50],
];

/** Art. 13 (1): up to 10,000 yuan 50 yuan a case; above it 2.5 %, 2 %, 1.5 % … 0.5 % of each band's part. */
export function propertyCaseFeeFen(claimFen: number): number {
  assertFen(claimFen);
  let fee = 50 * 100 * 10_000; // in fen × 10,000 to stay in integers until the end
  let lower = 10_000 * 100;
  for (const [upperYuan, perTenThousand] of PROPERTY_BANDS) {
    const upper = upperYuan * 100;
    if (claimFen <= lower) break;
    fee += (Math.min(claimFen, upper) - lower) * perTenThousand;
    lower = upper;
  }
  return roundDiv(fee, 10_000);
}

/** Art. 13 (2)1: divorce 50–300 yuan; a property split above 200,000 yuan adds 0.5 % of the part above it. */
function divorceFee(propertyFen: number): [number, number] {
  const extra = propertyFen > 20_000_000 ? roundDiv((propertyFen - 20_000_000) * 50, 10_000) : 0;
  return [5_000 + extra, 30_000 + extra];
}

/** Art. 13 (2)2: personality rights 100–500 yuan; damages above 50,000 add 1 % up to 100,000 and 0.5 % above. */
function personalityFee(damagesFen: number): [number, number] {
  const band1 = Math.max(0, Math.min(damagesFen, 10_000_000) - 5_000_000) * 100;
  const band2 = Math.max(0, damagesFen - 10_000_000) * 50;
  const extra = roundDiv(band1 + band2, 10_000);
  return [10_000 + extra, 50_000 + extra];
}

export interface CourtFeeInput {
  kind: FeeKind;
  /** The claim (property cases), the property to split (divorce) or the damages asked (personality rights), in fen. */
  amountFen: number;
}

export function courtFee({ kind, amountFen }: CourtFeeInput): CourtFee {
  assertFen(amountFen);
  const [fee, max, basis] = ((): [number, number, string] => {
    switch (kind) {
      case 'property': {
        const fee = propertyCaseFeeFen(amountFen);
        return [fee, fee, `${LAW}第十三条第（一）项：财产案件按诉讼请求金额分段累计交纳（不超过1万元的每件50元，超过部分按2.5%、2%、1.5%、1%、0.9%、0.8%、0.7%、0.6%、0.5%分段计算）`];
      }
      case 'labour':
        return [1_000, 1_000, `${LAW}第十三条第（四）项：劳动争议案件每件交纳10元`];
      case 'divorce': {
        const [min, maxFee] = divorceFee(amountFen);
        return [min, maxFee, `${LAW}第十三条第（二）项第1目：离婚案件每件50元至300元；涉及财产分割，财产总额超过20万元的部分按0.5%交纳（具体标准由省级人民政府在幅度内确定）`];
      }
      case 'personality': {
        const [min, maxFee] = personalityFee(amountFen);
        return [min, maxFee, `${LAW}第十三条第（二）项第2目：人格权案件每件100元至500元；损害赔偿超过5万元至10万元的部分按1%、超过10万元的部分按0.5%交纳`];
      }
      case 'other_non_property':
        return [5_000, 10_000, `${LAW}第十三条第（二）项第3目：其他非财产案件每件50元至100元`];
    }
  })();
  return {
    kind, feeFen: fee, feeMaxFen: max, mediatedFeeFen: half(fee), simplifiedFeeFen: half(fee),
    basis: `${basis}；以调解方式结案或者申请撤诉的减半交纳（第十五条）；适用简易程序审理的减半交纳（第十六条），只减半一次`,
  };
}

/** Which fee rule a category (案由) falls under. 婚姻家庭 is counted as a divorce with the claim as the property part. */
export function feeKindFor(category: string): FeeKind {
  if (category === '劳动争议') return 'labour';
  if (category === '婚姻家庭') return 'divorce';
  return 'property';
}

/** People's mediation (人民调解法 art. 4) and judicial confirmation (a special procedure, 交纳办法 art. 8 (1)) are free. */
export const FREE_ROUTES = [
  { route: '人民调解', feeFen: 0, basis: '《中华人民共和国人民调解法》第四条：人民调解委员会调解民间纠纷，不收取任何费用' },
  { route: '司法确认', feeFen: 0, basis: `${LAW}第八条第（一）项：依照民事诉讼法规定的特别程序审理的案件不交纳案件受理费（司法确认属特别程序）` },
] as const;

function half(fen: number): number {
  return roundDiv(fen, 2);
}

/** a / b rounded half up, for non-negative integers. */
function roundDiv(a: number, b: number): number {
  return Math.floor((a * 2 + b) / (b * 2));
}

function assertFen(fen: number): void {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new RangeError(`amount in fen must be a non-negative integer: ${fen}`);
}
