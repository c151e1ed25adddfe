// Synthetic anonymised case summaries for `npm run bench:search` (marked origin 'synthetic', never shown as real
// cases): category templates filled with random facts from a seeded generator, so every run builds the same corpus.
import { CASE_CATEGORIES } from '../src/cases/case-status';

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)];

// Common words per category (each in a large share of its rows) …
const TEMPLATES: Record<string, readonly string[]> = {
  民间借贷: ['被申请人向申请人借款，出具借条，约定到期归还并支付利息，到期后未归还。', '申请人通过银行转账出借款项，被申请人承诺按月还款，后拖欠借款至今。'],
  婚姻家庭: ['双方因家庭矛盾分居，就子女抚养费和共同财产分割产生争议。', '老人要求子女支付赡养费，子女之间对分担比例有分歧。'],
  邻里纠纷: ['楼上住户卫生间漏水，导致楼下天花板和墙面受损，双方协商未果。', '相邻住户因通行和采光问题多次发生争吵。'],
  物业服务: ['业主以电梯经常故障、小区保洁不到位为由拒交物业费，物业公司催缴未果。', '物业公司要求业主补缴物业费及违约金，业主认为服务不达标。'],
  消费纠纷: ['消费者购买的商品存在质量问题，要求退货退款，商家拒绝。', '消费者网购商品七日内申请无理由退货被拒，要求赔偿。'],
  劳动争议: ['劳动者主张用人单位拖欠工资并未缴纳社保，要求支付工资和经济补偿。', '用人单位单方解除劳动合同，劳动者要求支付赔偿金。'],
  道路交通事故: ['双方车辆发生碰撞，交警出具事故认定书，伤者要求赔偿医疗费和误工费。', '电动车与机动车相撞，保险公司对赔偿数额有异议。'],
  房屋租赁: ['承租人提前退租，出租人拒绝退还押金，双方就房屋损坏赔偿产生争议。', '承租人拖欠租金数月，出租人要求解除租赁合同并支付租金。'],
  买卖合同: ['买方收货后以质量问题为由拒付货款，卖方要求支付货款及违约金。', '卖方未按约定时间交货，买方要求解除合同并返还预付款。'],
  人身损害: ['因琐事发生争执，被申请人推搡致申请人受伤住院，申请人要求赔偿医疗费。', '申请人在对方经营场所摔倒受伤，要求对方承担赔偿责任。'],
  医疗纠纷: ['患者术后出现并发症，认为医院存在诊疗过错，要求赔偿。', '患者家属对医院的诊断延误提出异议，要求复制病历并赔偿。'],
};
// … and less common details: a purpose and an object, 24 × 60 combinations (each pair in ~0.07 % of rows).
const VERBS = ['用于', '购买', '经营', '承包', '修缮', '租用', '投资', '运输', '维修', '转让', '装修', '筹建',
  '抵押', '采购', '改造', '托管', '加工', '代管', '试营', '翻新', '搬运', '看护', '养护', '清运'];
const OBJECTS = ['火锅店', '挖掘机', '养猪场', '茶叶', '鱼塘', '货车', '果园', '民宿', '药店', '网店', '洗车场', '五金店',
  '面馆', '菜地', '冷库', '砖厂', '烟酒店', '花店', '驾校', '渔船', '奶茶店', '木材', '钢材', '水泥', '服装店',
  '理发店', '超市', '塑料', '电动车', '摩托车', '拖拉机', '收割机', '猕猴桃', '柑橘', '柠檬', '花椒', '榨菜', '蜂蜜',
  '药材', '竹林', '苗圃', '油坊', '酒厂', '豆腐坊', '米粉店', '小卖部', '快递点', '维修铺', '汽修厂', '石材',
  '玻璃', '瓷砖', '家具', '电器', '手机', '电脑', '钢琴', '铺面', '仓库', '车库'];
const EXTRAS = ['对方多次承诺后仍未履行', '期间有微信聊天记录', '有证人在场', '双方曾在社区调解未成', '对方称经济困难',
  '申请人多次电话催要', '对方同意分期履行', '对方否认部分事实'];

export const SYNTHETIC_WORDS = { VERBS, OBJECTS };

export interface SyntheticSummary {
  category: string;
  claimAmountFen: number;
  outcome: 'settled' | 'failed' | 'withdrawn';
  settledAmountFen: number | null;
  daysToClose: number;
  confirmed: boolean | null;
  closedOn: string;
  summary: string;
}

export function syntheticSummary(r: () => number): SyntheticSummary {
  const category = pick(r, CASE_CATEGORIES);
  const claimAmountFen = Math.round(10 ** (4 + r() * 4)) * 100; // 100 yuan … 10M yuan, log-uniform
  const roll = r();
  const outcome = roll < 0.7 ? 'settled' : roll < 0.92 ? 'failed' : 'withdrawn';
  const settledAmountFen = outcome === 'settled' ? Math.round(claimAmountFen * (0.4 + r() * 0.6)) : null;
  const day = new Date(Date.UTC(2021, 0, 1) + Math.floor(r() * 1800) * 86_400_000).toISOString().slice(0, 10);
  const summary = `（合成数据）${pick(r, TEMPLATES[category])}款项${pick(r, VERBS)}${pick(r, OBJECTS)}，涉及金额约${Math.round(claimAmountFen / 100)}元，${pick(r, EXTRAS)}。`;
  return {
    category, claimAmountFen, outcome, settledAmountFen, daysToClose: 1 + Math.floor(r() * 60),
    confirmed: outcome === 'settled' ? r() < 0.3 : null, closedOn: day, summary,
  };
}
