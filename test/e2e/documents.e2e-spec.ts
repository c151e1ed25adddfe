import { registerParty } from '../factories/factories';
import { compact, pdfText } from '../support/poppler';
import { TestApp, startTestApp } from '../support/test-app';
import { caseInMediation } from './agreements.helpers';
import { openSession } from './sessions.helpers';
import { binary } from '../support/binary';

// The session record (调解笔录) as a document of the case, and public verification of any document.
describe('documents: the session record and public verification', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('renders the latest record with its confirmations, lists it, serves the same bytes again, and verifies it', async () => {
    const c = await caseInMediation(t);
    const sessionId = await openSession(t, c);
    await t.http.put(`/api/sessions/${sessionId}/record`).set(c.mediator.auth).send({ body: '调解员：请双方陈述。\n申请人王龘：借款30万元未还。', baseVersion: 0 }).expect(200);
    await t.http.post(`/api/sessions/${sessionId}/record/confirm`).set(c.respondent.auth).send({ version: 1 }).expect(200);

    const first: Buffer = (await t.http.get(`/api/sessions/${sessionId}/record/pdf`).set(c.applicant.auth).buffer(true).parse(binary as never).expect(200)).body;
    const text = compact(pdfText(first));
    for (const s of ['调解笔录', '申请人王龘：借款30万元未还。', '李四（被申请人）于', '确认以上第1版笔录内容属实', '王桂兰']) expect(text).toContain(s);
    const again: Buffer = (await t.http.get(`/api/sessions/${sessionId}/record/pdf`).set(c.mediator.auth).buffer(true).parse(binary as never).expect(200)).body;
    expect(again.equals(first)).toBe(true);

    const docs = await t.http.get(`/api/cases/${c.caseId}/documents`).set(c.applicant.auth).expect(200);
    expect(docs.body).toEqual([expect.objectContaining({ type: 'session_record', typeLabel: '调解笔录', signedBy: ['李四'] })]);
    expect(docs.body[0].versions).toEqual([expect.objectContaining({ version: 1, status: 'current' })]);

    const verdict = await t.http.post('/api/verify').attach('file', first, '笔录.pdf').expect(200);
    expect(verdict.body).toMatchObject({ valid: true, documentType: 'session_record', caseNumber: expect.stringContaining('调字') });
    const byCode = await t.http.get(`/api/verify/${docs.body[0].versions[0].verifyCode}`).expect(200);
    expect(byCode.body.valid).toBe(true);
  });

  it('answers an unknown code and an empty upload clearly, and keeps files from strangers', async () => {
    expect((await t.http.get('/api/verify/ABCD-2345-WXYZ').expect(200)).body).toEqual({
      valid: false, documentType: null, caseNumber: null, effectiveAt: null, sha256: null, status: 'unknown',
    });
    expect((await t.http.post('/api/verify').expect(400)).body.code).toBe('FILE_REQUIRED');
    const c = await caseInMediation(t);
    const stranger = await registerParty(t, '路人');
    expect((await t.http.get(`/api/cases/${c.caseId}/documents`).set(stranger.auth).expect(404)).body.code).toBe('CASE_NOT_FOUND');
  });
});
