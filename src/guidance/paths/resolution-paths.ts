// Which way to resolve a dispute (化解方式建议): rules as data, each with its source. The first rule whose condition
// holds gives the recommendation; the general people's-mediation route is always offered as well.

export type ReferralBody =
  | 'people_mediation' | 'court_mediation' | 'labour_arbitration' | 'traffic_police' | 'insurer'
  | 'consumer_association' | 'medical_mediation';

export const REFERRAL_BODIES: Record<ReferralBody, string> = {
  people_mediation: '人民调解委员会',
  court_mediation: '人民法院诉前调解（立案前先行调解）',
  labour_arbitration: '劳动人事争议仲裁委员会',
  traffic_police: '公安机关交通管理部门（交警）调解',
  insurer: '保险公司（交强险、商业险理赔）',
  consumer_association: '消费者协会',
  medical_mediation: '医疗纠纷人民调解委员会',
};

export interface PathRule {
  key: string;
  categories: readonly string[] | 'any';
  /** Applies only from this claim amount (fen) on. */
  minAmountFen?: number;
  recommend: ReferralBody[];
  explanation: string;
  sources: string[];
}

const PEOPLE_MEDIATION_SOURCE = '《中华人民共和国人民调解法》第二条、第四条：人民调解委员会调解民间纠纷，不收取任何费用';
const CONFIRMATION_SOURCE = '《中华人民共和国人民调解法》第三十三条：经人民调解委员会调解达成调解协议后，双方当事人可以自调解协议生效之日起三十日内共同向人民法院申请司法确认';

export const PATH_RULES: readonly PathRule[] = [
  {
    key: 'labour_arbitration_first', categories: ['劳动争议'], recommend: ['people_mediation', 'labour_arbitration'],
    explanation: '劳动争议可以先向调解组织（包括基层人民调解组织）申请调解；调解不成的，须先向劳动人事争议仲裁委员会申请仲裁（仲裁前置），对仲裁裁决不服才能向法院起诉。申请仲裁的时效为一年。',
    sources: [
      '《中华人民共和国劳动争议调解仲裁法》第五条：不愿调解、调解不成或者达成调解协议后不履行的，可以向劳动争议仲裁委员会申请仲裁；对仲裁裁决不服的，除本法另有规定的外，可以向人民法院提起诉讼',
      '《中华人民共和国劳动争议调解仲裁法》第十条（调解组织）、第二十七条（仲裁时效一年）',
    ],
  },
  {
    key: 'traffic_police_and_insurer', categories: ['道路交通事故'], recommend: ['traffic_police', 'people_mediation', 'insurer'],
    explanation: '交通事故的赔偿争议可以请求交警部门调解，也可以由人民调解委员会调解或直接起诉；机动车投保了交强险的，由保险公司在责任限额内先行赔偿，调解时宜通知保险公司参加。',
    sources: [
      '《中华人民共和国道路交通安全法》第七十四条：对交通事故损害赔偿的争议，当事人可以请求公安机关交通管理部门调解，也可以直接向人民法院提起民事诉讼',
      '《中华人民共和国道路交通安全法》第七十六条：由保险公司在机动车第三者责任强制保险责任限额范围内予以赔偿',
    ],
  },
  {
    key: 'consumer_association', categories: ['消费纠纷'], recommend: ['people_mediation', 'consumer_association'],
    explanation: '消费争议可以与经营者协商，请求消费者协会或者依法成立的其他调解组织调解，向有关行政部门投诉，或者仲裁、起诉。',
    sources: ['《中华人民共和国消费者权益保护法》第三十九条（消费者和经营者发生消费者权益争议的解决途径）'],
  },
  {
    key: 'medical_mediation', categories: ['医疗纠纷'], recommend: ['medical_mediation', 'people_mediation'],
    explanation: '医疗纠纷可以自愿协商、申请人民调解（各地设有医疗纠纷人民调解委员会）、申请行政调解或起诉；调解前常需要复制病历、必要时做医疗损害鉴定。',
    sources: ['《医疗纠纷预防和处理条例》第二十二条（医疗纠纷的解决途径）'],
  },
  {
    key: 'large_claim_court_mediation', categories: 'any', minAmountFen: 100_000_000, recommend: ['people_mediation', 'court_mediation'],
    explanation: '标的额较大（100万元以上）：人民调解达成协议后宜申请司法确认，以便对方不履行时可申请强制执行；也可以起诉后接受法院的先行调解。',
    sources: [CONFIRMATION_SOURCE, '《中华人民共和国民事诉讼法》第一百二十五条：当事人起诉到人民法院的民事纠纷，适宜调解的，先行调解，但当事人拒绝调解的除外'],
  },
  {
    key: 'people_mediation', categories: 'any', recommend: ['people_mediation'],
    explanation: '人民调解免费、自愿、不公开，通常一个月内结束；达成协议后双方可以在三十日内共同申请司法确认，确认后具有强制执行力。',
    sources: [PEOPLE_MEDIATION_SOURCE, CONFIRMATION_SOURCE],
  },
];

export interface PathRecommendation {
  rule: string;
  recommended: Array<{ body: ReferralBody; label: string }>;
  explanation: string;
  sources: string[];
  /** Divorce, adoption and other identity matters cannot be judicially confirmed. */
  confirmationPossible: boolean;
}

export function recommendPath(category: string, claimAmountFen: number): PathRecommendation {
  const rule = PATH_RULES.find((r) => (r.categories === 'any' || r.categories.includes(category)) && claimAmountFen >= (r.minAmountFen ?? 0))!;
  return {
    rule: rule.key,
    recommended: rule.recommend.map((body) => ({ body, label: REFERRAL_BODIES[body] })),
    explanation: rule.explanation,
    sources: rule.sources,
    confirmationPossible: category !== '婚姻家庭',
  };
}
