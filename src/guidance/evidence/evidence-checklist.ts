// What evidence a category of dispute usually needs (证据清单), against what was uploaded. The burden of proof is on
// the party asserting a fact (《中华人民共和国民事诉讼法》第六十七条; 《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的
// 解释》第九十条): each item says why it matters. An item counts as present when a file's name or description mentions
// one of its words.

export interface EvidenceItem {
  key: string;
  label: string;
  why: string;
  words: readonly string[];
}

export const EVIDENCE_SOURCE = '《中华人民共和国民事诉讼法》第六十七条：当事人对自己提出的主张，有责任提供证据';

const IDENTITY: EvidenceItem = { key: 'identity', label: '身份证明', why: '确认双方当事人的身份，调解协议和司法确认都需要', words: ['身份证', '户口', '营业执照', '身份'] };

export const EVIDENCE_CHECKLISTS: Record<string, readonly EvidenceItem[]> = {
  民间借贷: [
    { key: 'iou', label: '借条、欠条或借款合同', why: '证明借贷关系和金额、利率、还款期限（《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第二条要求提供债权凭证）', words: ['借条', '欠条', '借据', '借款合同', '收据', 'iou'] },
    { key: 'transfer', label: '转账或付款记录', why: '证明款项已经实际交付：自然人之间的借款自提供借款时成立（民法典第六百七十九条）', words: ['转账', '银行', '流水', '支付宝', '微信支付', '回单', '付款'] },
    { key: 'chat', label: '催款的聊天记录、短信或录音', why: '证明曾经催要，且催要会使诉讼时效中断（民法典第一百九十五条）', words: ['聊天', '微信', '短信', '录音', '催款', '截图'] },
    IDENTITY,
  ],
  道路交通事故: [
    { key: 'accident_report', label: '交通事故认定书', why: '交警部门对事故责任的认定，是划分赔偿责任的主要依据', words: ['事故认定', '认定书', '交警'] },
    { key: 'medical', label: '病历、诊断证明和医疗费票据', why: '证明伤情和医疗费支出', words: ['病历', '诊断', '医疗费', '发票', '票据', '医院'] },
    { key: 'insurance', label: '双方车辆的保险单', why: '交强险、商业险由保险公司在限额内先行赔付，保险公司常需一同参加调解', words: ['保险'] },
    { key: 'lost_income', label: '误工和收入证明', why: '计算误工费', words: ['误工', '收入', '工资'] },
    IDENTITY,
  ],
  劳动争议: [
    { key: 'contract', label: '劳动合同或证明劳动关系的材料（工牌、考勤）', why: '先证明存在劳动关系', words: ['劳动合同', '工牌', '考勤', '入职', '社保'] },
    { key: 'wages', label: '工资条、银行工资流水', why: '证明工资标准和欠薪数额', words: ['工资', '流水', '薪'] },
    { key: 'termination', label: '解除或终止劳动关系的通知', why: '判断是否违法解除及经济补偿', words: ['解除', '辞退', '终止', '通知'] },
    IDENTITY,
  ],
  物业服务: [
    { key: 'service_contract', label: '物业服务合同', why: '约定的服务内容和收费标准', words: ['物业服务合同', '合同'] },
    { key: 'fee_records', label: '缴费记录、催缴通知', why: '证明欠费期间和数额', words: ['缴费', '催缴', '收费', '账单'] },
    { key: 'photos', label: '现场照片、维修记录', why: '证明服务是否到位或损害情况', words: ['照片', '维修', '现场'] },
    IDENTITY,
  ],
  消费纠纷: [
    { key: 'receipt', label: '购物凭证、发票', why: '证明买卖关系和价款', words: ['发票', '小票', '订单', '凭证', '收据'] },
    { key: 'defect', label: '商品问题的照片、检测报告', why: '证明质量问题', words: ['照片', '检测', '鉴定', '视频'] },
    { key: 'communication', label: '与商家的沟通记录', why: '证明曾经交涉，以及商家的答复', words: ['聊天', '客服', '短信', '录音'] },
    IDENTITY,
  ],
  房屋租赁: [
    { key: 'lease', label: '租赁合同', why: '租金、押金、期限和违约责任的依据', words: ['租赁合同', '租房合同', '合同'] },
    { key: 'payments', label: '租金、押金支付记录', why: '证明已付或欠付的数额', words: ['转账', '租金', '押金', '收据'] },
    { key: 'handover', label: '交房、退房时的照片或清单', why: '证明房屋状况，决定押金是否应退', words: ['照片', '清单', '交接', '视频'] },
    IDENTITY,
  ],
  买卖合同: [
    { key: 'contract', label: '买卖合同、订单', why: '约定的货物、价款和交付', words: ['合同', '订单'] },
    { key: 'delivery', label: '送货单、收货确认', why: '证明已经交货', words: ['送货', '收货', '签收', '物流'] },
    { key: 'payments', label: '付款记录、对账单', why: '证明已付和欠付的数额', words: ['转账', '付款', '对账', '发票'] },
    IDENTITY,
  ],
  人身损害: [
    { key: 'medical', label: '病历、诊断证明和医疗费票据', why: '证明伤情和费用', words: ['病历', '诊断', '医疗费', '发票', '医院'] },
    { key: 'incident', label: '事发经过的证明（报警记录、证人、视频）', why: '证明损害由对方造成', words: ['报警', '证人', '视频', '监控', '照片'] },
    { key: 'lost_income', label: '误工和收入证明', why: '计算误工费', words: ['误工', '收入', '工资'] },
    IDENTITY,
  ],
  医疗纠纷: [
    { key: 'records', label: '病历资料（可依法复制）', why: '判断诊疗行为有无过错的基础', words: ['病历', '病案', '检查', '报告'] },
    { key: 'bills', label: '医疗费票据', why: '证明损失数额', words: ['发票', '票据', '医疗费'] },
    { key: 'appraisal', label: '医疗损害鉴定意见（如有）', why: '医疗过错和因果关系通常依赖鉴定', words: ['鉴定'] },
    IDENTITY,
  ],
  邻里纠纷: [
    { key: 'photos', label: '现场照片、视频', why: '证明侵扰或损害的事实', words: ['照片', '视频', '现场'] },
    { key: 'loss', label: '损失的票据或维修报价', why: '证明损失数额', words: ['票据', '发票', '报价', '维修'] },
    { key: 'witness', label: '证人、物业或社区的情况说明', why: '第三方的说明更可信', words: ['证人', '物业', '社区', '说明'] },
    IDENTITY,
  ],
  婚姻家庭: [
    { key: 'marriage', label: '结婚证或户口簿', why: '证明婚姻或亲属关系', words: ['结婚证', '户口'] },
    { key: 'property', label: '房产、存款等共同财产的证明', why: '分割财产的依据', words: ['房产', '不动产', '存款', '车辆', '财产'] },
    { key: 'children', label: '子女抚养的相关材料', why: '确定抚养和抚养费', words: ['出生', '抚养', '学校'] },
    IDENTITY,
  ],
};

export interface EvidenceFileInfo {
  fileName: string;
  description: string | null;
}

export interface EvidenceChecklistItem {
  key: string;
  label: string;
  why: string;
  present: boolean;
  matchedFiles: string[];
}

export interface EvidenceChecklist {
  items: EvidenceChecklistItem[];
  missing: string[];
  source: string;
}

export function evidenceChecklist(category: string, files: readonly EvidenceFileInfo[]): EvidenceChecklist {
  const items = (EVIDENCE_CHECKLISTS[category] ?? [IDENTITY]).map((item) => {
    const matchedFiles = files
      .filter((f) => item.words.some((w) => `${f.fileName} ${f.description ?? ''}`.toLowerCase().includes(w.toLowerCase())))
      .map((f) => f.fileName);
    return { key: item.key, label: item.label, why: item.why, present: matchedFiles.length > 0, matchedFiles };
  });
  return { items, missing: items.filter((i) => !i.present).map((i) => i.label), source: EVIDENCE_SOURCE };
}
