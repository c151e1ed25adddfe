import { writeFileSync } from 'node:fs';
import { bodyText, compact, pdfPageCount, pdfText, pdfsig } from '../../test/support/poppler';
import { generateCommitteeIdentity, summarizeIdentity } from './committee-certificate';
import { modelText } from './document-model';
import { DocumentRenderer, sha256 } from './document-renderer';
import { sampleAgreementContext } from './sample-agreement.fixture';

// Parsing the 19 MB font once and signing take seconds on a busy 2-core machine.
jest.setTimeout(60_000);

describe('rendering documents (templates → blocks → pdfkit)', () => {
  const renderer = new DocumentRenderer();
  const context = sampleAgreementContext();
  const committee = context.committee.name;
  const identity = generateCommitteeIdentity(committee);
  const sign = { identity, name: committee, reason: '人民调解协议书生效', location: '重庆市合川区', contactInfo: '', signingTime: new Date() };

  it('writes every party with full details, the amounts in figures and words, the due dates and every signer', async () => {
    const model = renderer.model('agreement', context);
    const text = compact(pdfText(await renderer.pdf('agreement', model)));
    for (const expected of [
      '人民调解协议书', '合阳调字〔2026〕第0012号', '王龘', '重庆𫓧堃建材有限公司', '11010519491231002X', '91350100M000100Y43',
      '送达地址：重庆市合川区南津街1号', '同意电子送达', '法定代表人：李四', '300,000.00', '人民币叁拾万元整', '人民币壹拾伍万元整',
      '2026年6月30日前', '2026年12月31日前', '人民调解员（签名）：', '王桂兰', '第1页共2页', '合川区合阳城街道人民调解委员会',
      '申请人多次催要未果&双方发生争执', // no HTML escaping
    ]) expect(text).toContain(expected);
  });

  it('puts the same text in the PDF as in the preview blocks', async () => {
    const model = renderer.model('agreement', context);
    const text = bodyText(compact(pdfText(await renderer.pdf('agreement', model))), model.header);
    for (const line of modelText(model).split('\n')) expect(text).toContain(compact(line));
  });

  it('numbers the pages 第 N 页 共 M 页 over a long document', async () => {
    const long = sampleAgreementContext({ facts: Array.from({ length: 60 }, (_, i) => `第${i + 1}段事实：双方因借款发生争议，经多次协商未果。`).join('\n') });
    const pdf = await renderer.pdf('agreement', renderer.model('agreement', long));
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThan(1);
    expect(compact(pdfText(pdf))).toContain(`第${pages}页共${pages}页`);
  });

  it('refuses a template field that is missing instead of printing nothing (strict)', () => {
    const { mediator: _omit, ...withoutMediator } = context;
    expect(() => renderer.model('agreement', withoutMediator)).toThrow(/name/);
  });

  it('signs with a Chinese committee certificate that pdfsig finds valid, and one changed byte breaks it', async () => {
    expect(summarizeIdentity(identity).subject).toBe(committee);
    const pdf = await renderer.pdf('agreement', renderer.model('agreement', context), {
      drawCommitteeSeal: true, verification: { code: 'HZ7K3M9Q2XPL', url: 'http://localhost/verify/HZ7K3M9Q2XPL' },
    }, sign);
    if (process.env.KEEP_SAMPLE_PDF) writeFileSync(process.env.KEEP_SAMPLE_PDF, pdf);
    const report = pdfsig(pdf);
    expect(report).toContain('Signature is Valid.');
    expect(report).toContain(committee);
    const text = compact(pdfText(pdf));
    expect(text).toContain('验证码：HZ7K3M9Q2XPL');

    const tampered = Buffer.from(pdf);
    const at = tampered.indexOf('人民调解协议书') > 0 ? tampered.indexOf('/Producer') : 200;
    tampered[at + 1] = tampered[at + 1] ^ 0x01;
    expect(sha256(tampered)).not.toBe(sha256(pdf));
    expect(pdfsig(tampered)).not.toContain('Signature is Valid.');
  });

  it('renders the session record (调解笔录) from the same partials', async () => {
    const model = renderer.model('session_record', {
      committee: { name: committee }, title: '调解笔录', caseNumber: '合阳调字〔2026〕第0012号', category: '民间借贷', mode: '线上视频调解',
      startedAt: '2026年5月1日 09:30', endedAt: '2026年5月1日 10:45', mediator: { name: '王桂兰' }, partyNames: '王龘、李四',
      version: 3, savedAt: '2026年5月1日 10:40', body: '调解员：请双方陈述。\n申请人：借款30万元未还。',
      confirmations: [{ name: '王龘', sideLabel: '申请人', at: '2026年5月1日 10:44', version: 3 }],
    });
    const text = compact(pdfText(await renderer.pdf('session_record', model)));
    expect(text).toContain('调解笔录');
    expect(text).toContain('申请人：借款30万元未还。');
    expect(text).toContain('王龘（申请人）于2026年5月1日10:44确认以上第3版笔录内容属实');
  });
});
