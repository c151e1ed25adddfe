// A realistic agreement context for tests and the benchmark: an individual with a rare-character name against a company.
export function sampleAgreementContext(overrides: Record<string, unknown> = {}) {
  return {
    committee: { name: '合川区合阳城街道人民调解委员会' },
    title: '人民调解协议书',
    caseNumber: '合阳调字〔2026〕第0012号',
    parties: [
      {
        sideLabel: '申请人', name: '王龘', idLabel: '身份证号', idNumber: '11010519491231002X', domicile: '重庆市合川区南津街1号',
        serviceAddress: '重庆市合川区南津街1号', phone: '13900000001', eService: '同意电子送达', representative: '',
      },
      {
        sideLabel: '被申请人', name: '重庆𫓧堃建材有限公司', idLabel: '统一社会信用代码', idNumber: '91350100M000100Y43',
        domicile: '重庆市合川区工业园区8号', serviceAddress: '重庆市合川区工业园区8号', phone: '13900000002', eService: '不同意电子送达',
        representative: '法定代表人：李四',
      },
    ],
    mediator: { name: '王桂兰' },
    facts: '2025年3月被申请人向申请人借款30万元，约定一年内归还，到期未还。\n申请人多次催要未果 & 双方发生争执。',
    claims: '请求被申请人归还借款人民币30万元。',
    clauses: [{
      text: '被申请人重庆𫓧堃建材有限公司向申请人王龘支付人民币300,000.00元（大写：人民币叁拾万元整），分两期支付：',
      items: ['（1）2026年6月30日前支付人民币150,000.00元（大写：人民币壹拾伍万元整）；', '（2）2026年12月31日前支付人民币150,000.00元（大写：人民币壹拾伍万元整）。'],
    }],
    terms: '双方就本纠纷再无其他争议。',
    copiesText: '三',
    signers: [
      { slot: 'applicant', label: '申请人（签名）：', name: '王龘', note: '' },
      { slot: 'respondent', label: '被申请人（盖章）：', name: '重庆𫓧堃建材有限公司', note: '法定代表人：李四' },
      { slot: 'mediator', label: '人民调解员（签名）：', name: '王桂兰', note: '' },
    ],
    effectiveDate: '2026年5月1日',
    ...overrides,
  };
}
