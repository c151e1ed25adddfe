import { ProvisionDto } from '../provisions/dto/provision.dto';
import { parseCsv, parseRecordsFile, validateRecords } from './records-file';

describe('parseRecordsFile', () => {
  it('reads CSV with quotes, list fields and numbers', () => {
    const csv = '\uFEFFlaw,article,text,textKind,categories,keywords,n\r\n中华人民共和国民法典,第六百七十九条,"自然人之间的借款合同，自贷款人提供借款时成立。",official,民间借贷,借条|转账,12\n';
    expect(parseRecordsFile(csv, 'p.csv', { lists: ['categories', 'keywords'], numbers: ['n'] })).toEqual([{
      law: '中华人民共和国民法典', article: '第六百七十九条', text: '自然人之间的借款合同，自贷款人提供借款时成立。', textKind: 'official',
      categories: ['民间借贷'], keywords: ['借条', '转账'], n: 12,
    }]);
  });

  it('reads a JSON array and refuses anything else', () => {
    expect(parseRecordsFile('[{"a":1}]', 'x.json')).toEqual([{ a: 1 }]);
    expect(() => parseRecordsFile('{"a":1}', 'x.json')).toThrow('对象数组');
  });

  it('keeps doubled quotes and newlines inside a quoted CSV field', () => {
    expect(parseCsv('a,b\n"x ""y""\nz",2')).toEqual([['a', 'b'], ['x "y"\nz', '2']]);
  });
});

describe('validateRecords', () => {
  it('reports each invalid row by number and keeps the valid ones', async () => {
    const { valid, errors } = await validateRecords(ProvisionDto, [
      { law: '中华人民共和国民法典', article: '第一条', text: '……', textKind: 'summary', categories: ['通用'], keywords: [] },
      { law: '中华人民共和国民法典', article: '第二条', text: '……', textKind: 'guess', categories: ['不存在的案由'], keywords: [] },
    ]);
    expect(valid).toHaveLength(1);
    expect(errors).toEqual([{ row: 2, messages: expect.arrayContaining([expect.stringContaining('textKind')]) }]);
  });
});
