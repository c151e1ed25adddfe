import { makePng, pngDataUrl } from '../factories/png';
import { registerParty } from '../factories/factories';
import { bodyText, compact, pdfText, pdfsig } from '../support/poppler';
import { TestApp, startTestApp } from '../support/test-app';
import { AgreementCase, caseInMediation, twoInstalments } from './agreements.helpers';
import type { Session } from '../factories/factories';
import { binary } from '../support/binary';

// Signing online: a code to the signer's phone bound to the finalised version, a handwritten signature, the parties
// first and the mediator last; then the seal, effect, 调解成功, the signed PDF and its public verification.
// A whole signing journey renders and signs real PDFs and reads them back with poppler: give it time on a busy machine.
jest.setTimeout(120_000);

describe('agreements: signing, taking effect, verification', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function finalised(c: AgreementCase): Promise<string> {
    const { body } = await t.http.post(`/api/cases/${c.caseId}/agreements`).set(c.mediator.auth)
      .send({ obligations: [twoInstalments(c)], terms: '双方就本纠纷再无其他争议。' }).expect(201);
    await t.http.post(`/api/agreements/${body.id}/finalize`).set(c.mediator.auth).send({ acknowledged: [] }).expect(200);
    return body.id;
  }

  async function codeFor(who: Session, id: string): Promise<string> {
    await t.http.post(`/api/agreements/${id}/sign/code`).set(who.auth).expect(200);
    const outbox = await t.http.get('/api/dev/outbox').query({ phone: who.user.phone }).expect(200);
    const message = outbox.body.items.find((m: { purpose: string }) => m.purpose === 'sign');
    expect(message).toBeDefined();
    return message.code;
  }

  async function sign(who: Session, id: string, status = 200) {
    const code = await codeFor(who, id);
    return t.http.post(`/api/agreements/${id}/sign`).set(who.auth).set('User-Agent', 'e2e-test').send({ code, signatureImage: pngDataUrl() }).expect(status);
  }

  const signatureRows = async (id: string) =>
    Number((await t.dataSource.query('SELECT count(*) FROM agreement_signatures WHERE agreement_id = $1 AND voided_at IS NULL', [id]))[0].count);

  it('takes effect with every signature: 调解成功, a signed PDF in the documents, verifiable by anyone; one changed byte fails', async () => {
    const c = await caseInMediation(t);
    const id = await finalised(c);

    const first = await sign(c.applicant, id);
    expect(first.body.signatures).toEqual([expect.objectContaining({ partyId: c.applicantPartyId, role: 'applicant', name: '张三' })]);
    const [row] = await t.dataSource.query('SELECT ip, user_agent, version_sha256, version FROM agreement_signatures WHERE agreement_id = $1', [id]);
    expect(row).toMatchObject({ user_agent: 'e2e-test', version_sha256: first.body.finalSha256, version: first.body.finalVersion });
    expect(row.ip).toBeTruthy();

    expect((await sign(c.respondent, id)).body.status).toBe('final');
    const done = await sign(c.mediator, id);
    expect(done.body).toMatchObject({ status: 'effective' });
    expect(done.body.verifyCode).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(done.body.signatures.map((s: { role: string }) => s.role)).toEqual(['applicant', 'respondent', 'mediator']);

    const events = await t.dataSource.query(`SELECT name, payload FROM event_outbox WHERE payload->>'agreementId' = $1 ORDER BY id`, [id]);
    expect(events.map((e: { name: string }) => e.name)).toEqual(['agreement.finalized', 'agreement.signed', 'agreement.signed', 'agreement.signed', 'agreement.effective']);
    expect(events[4].payload.documentId).toMatch(/^[0-9a-f-]{36}$/);
    const caseNow = await t.http.get(`/api/cases/${c.caseId}`).set(c.applicant.auth).expect(200);
    expect(caseNow.body.status).toBe('settled');

    const docs = await t.http.get(`/api/cases/${c.caseId}/documents`).set(c.respondent.auth).expect(200);
    expect(docs.body).toEqual([expect.objectContaining({ type: 'agreement', signedBy: ['张三', '李四', '王桂兰'] })]);
    const version = docs.body[0].versions[0];
    expect(version).toMatchObject({ status: 'current', verifyCode: done.body.verifyCode.replace(/-/g, '') });
    const pdf: Buffer = (await t.http.get(version.downloadUrl).set(c.respondent.auth).buffer(true).parse(binary as never).expect(200)).body;
    const samePdf: Buffer = (await t.http.get(`/api/agreements/${id}/pdf`).set(c.applicant.auth).buffer(true).parse(binary as never).expect(200)).body;
    expect(samePdf.equals(pdf)).toBe(true);

    const text = compact(pdfText(pdf));
    const body = bodyText(text, done.body.preview.header);
    for (const s of ['张三', '李四', '11010519491231002X', '人民币300,000.00元', '人民币叁拾万元整', '人民币壹拾伍万元整', '申请人（签名）：', '被申请人（签名）：', '人民调解员（签名）：王桂兰', `验证码：${done.body.verifyCode}`]) {
      expect(body).toContain(s);
    }
    expect(pdfsig(pdf)).toContain('Signature is Valid.');

    const byCode = await t.http.get(`/api/verify/${done.body.verifyCode.toLowerCase()}`).expect(200);
    expect(byCode.body).toMatchObject({ valid: true, documentType: 'agreement', caseNumber: caseNow.body.caseNumber, status: 'current' });
    expect(byCode.body.sha256).toBe(version.sha256);
    expect(JSON.stringify(byCode.body)).not.toContain('张三');
    const byFile = await t.http.post('/api/verify').attach('file', pdf, '协议.pdf').expect(200);
    expect(byFile.body).toMatchObject({ valid: true, documentType: 'agreement', caseNumber: caseNow.body.caseNumber, sha256: version.sha256 });

    const tampered = Buffer.from(pdf);
    const at = tampered.indexOf('/Producer');
    tampered[at + 12] ^= 0x01;
    const forged = await t.http.post('/api/verify').attach('file', tampered, '协议.pdf').expect(200);
    expect(forged.body).toMatchObject({ valid: false, status: 'unknown', documentType: null });
    expect(pdfsig(tampered)).not.toContain('Signature is Valid.');

    const stranger = await registerParty(t, '路人');
    expect((await t.http.get(version.downloadUrl).set(stranger.auth).expect(404)).body.code).toBe('DOCUMENT_NOT_FOUND');
    expect((await t.http.put(`/api/agreements/${id}`).set(c.mediator.auth).send({ obligations: [], terms: 'x', baseVersion: 2 })).status).toBe(409);
  });

  it('refuses to sign a draft, a wrong or expired code, a bad image, out of turn; nothing written', async () => {
    const c = await caseInMediation(t);
    const { body } = await t.http.post(`/api/cases/${c.caseId}/agreements`).set(c.mediator.auth).send({ obligations: [twoInstalments(c)], terms: '' }).expect(201);
    expect((await t.http.post(`/api/agreements/${body.id}/sign/code`).set(c.applicant.auth).expect(409)).body.code).toBe('AGREEMENT_NOT_FINAL');
    expect((await t.http.post(`/api/agreements/${body.id}/sign`).set(c.applicant.auth).send({ code: '123456', signatureImage: pngDataUrl() }).expect(409)).body.code).toBe('AGREEMENT_NOT_FINAL');
    await t.http.post(`/api/agreements/${body.id}/finalize`).set(c.mediator.auth).send({ acknowledged: [] }).expect(200);
    const id = body.id;

    const code = await codeFor(c.applicant, id);
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    expect((await t.http.post(`/api/agreements/${id}/sign`).set(c.applicant.auth).send({ code: wrong, signatureImage: pngDataUrl() })).status).toBeGreaterThanOrEqual(400);
    expect((await t.http.post(`/api/agreements/${id}/sign`).set(c.applicant.auth).send({ code, signatureImage: 'data:image/jpeg;base64,/9j/4AAQ' }).expect(400)).body.code).toBe('SIGNATURE_IMAGE_INVALID');
    expect((await t.http.post(`/api/agreements/${id}/sign`).set(c.applicant.auth).send({ code, signatureImage: pngDataUrl(makePng(600, 400, true)) }).expect(413)).body.code).toBe('SIGNATURE_IMAGE_TOO_LARGE');
    expect((await t.http.post(`/api/agreements/${id}/sign`).set(c.mediator.auth).send({ code, signatureImage: pngDataUrl() }).expect(409)).body.code).toBe('AGREEMENT_PARTIES_FIRST');
    await t.dataSource.query(`UPDATE phone_codes SET expires_at = now() - interval '1 second' WHERE phone = $1 AND purpose = 'sign'`, [c.applicant.user.phone]);
    const expired = await t.http.post(`/api/agreements/${id}/sign`).set(c.applicant.auth).send({ code, signatureImage: pngDataUrl() });
    expect(expired.status).toBeGreaterThanOrEqual(400);
    expect(expired.body.code).toMatch(/^PHONE_CODE_/);
    expect(await signatureRows(id)).toBe(0);

    const stranger = await registerParty(t, '路人');
    expect((await t.http.post(`/api/agreements/${id}/sign/code`).set(stranger.auth).expect(404)).body.code).toBe('AGREEMENT_NOT_FOUND');
  });

  it('re-opens drafting and voids signatures when the finalised agreement changes; a code for the old version no longer works', async () => {
    const c = await caseInMediation(t);
    const id = await finalised(c);
    await sign(c.applicant, id);
    const staleCode = await codeFor(c.respondent, id);
    const changed = await t.http.put(`/api/agreements/${id}`).set(c.mediator.auth)
      .send({ obligations: [twoInstalments(c)], terms: '双方就本纠纷再无其他争议，申请人放弃利息。', baseVersion: 1 }).expect(200);
    expect(changed.body).toMatchObject({ status: 'draft', version: 2, signatures: [] });
    expect(await signatureRows(id)).toBe(0);
    await t.http.post(`/api/agreements/${id}/finalize`).set(c.mediator.auth).send({ acknowledged: [] }).expect(200);
    const old = await t.http.post(`/api/agreements/${id}/sign`).set(c.respondent.auth).send({ code: staleCode, signatureImage: pngDataUrl() });
    expect(old.status).toBeGreaterThanOrEqual(400);
    expect(await signatureRows(id)).toBe(0);
  });
});
