import { asParagraphs, inline, parseMarkup } from './document-markup';
import { modelText } from './document-model';

describe('document markup → blocks', () => {
  it('reads titles, headings, paragraphs, tables, signatures and the seal', () => {
    const model = parseMarkup([
      '@header 合阳人民调解委员会',
      '# 人民调解协议书',
      '^ 合阳调字〔2026〕第0012号',
      '## 一、当事人',
      '　　申请人：张三',
      '　　　　（1）第一期',
      '| 金额 | 300,000.00 |',
      '| 大写 | 人民币叁拾万元整 |',
      '@sign p1 | 申请人（签名）： | 张三 | ',
      '@seal 合阳人民调解委员会 | 2026年5月1日',
      '> 2026年5月1日',
    ].join('\n'));
    expect(model.header).toBe('合阳人民调解委员会');
    expect(model.blocks.map((b) => b.type)).toEqual(['title', 'subtitle', 'heading', 'paragraph', 'paragraph', 'table', 'signature', 'seal', 'right']);
    expect(model.blocks[4]).toEqual({ type: 'paragraph', indent: 2, text: '（1）第一期' });
    expect(model.blocks[5]).toEqual({ type: 'table', rows: [['金额', '300,000.00'], ['大写', '人民币叁拾万元整']] });
    expect(model.blocks[6]).toEqual({ type: 'signature', slot: 'p1', label: '申请人（签名）：', name: '张三', note: '' });
  });

  it('keeps user text from becoming markup', () => {
    const text = asParagraphs('# 不是标题\n@sign x | y\n| 也不是表格');
    const model = parseMarkup(text);
    expect(model.blocks.every((b) => b.type === 'paragraph')).toBe(true);
    expect(modelText(model)).toBe('　　# 不是标题\n　　@sign x | y\n　　| 也不是表格');
    expect(inline('王龘\n| 公司')).toBe('王龘 ｜ 公司');
  });
});
