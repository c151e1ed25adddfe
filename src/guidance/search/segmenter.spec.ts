import { documentText, queryTerms, segment } from './segmenter';

describe('segment (jieba)', () => {
  it('splits a Chinese dispute summary into content words', () => {
    const words = segment('被申请人向申请人借款30万元，出具借条一张，到期未还。');
    expect(words).toEqual(expect.arrayContaining(['借款', '借条', '出具', '到期']));
    expect(words).not.toContain('，');
    expect(words).not.toContain('被申请人');
    expect(words).not.toContain('30');
  });

  it('keeps Latin words lower-cased', () => {
    expect(segment('微信 WeChat 转账')).toEqual(['微信', 'wechat', '转账']);
  });

  it('gives distinct query terms without single characters, capped', () => {
    expect(queryTerms('借条 借条 借款 的')).toEqual(['借条', '借款']);
    expect(queryTerms('交通事故 保险公司 医疗费 误工费 护理费 鉴定 伤残 赔偿 肇事 车辆', 3)).toHaveLength(3);
  });

  it('joins words by spaces for to_tsvector', () => {
    expect(documentText('物业费欠缴')).toBe(segment('物业费欠缴').join(' '));
  });
});
