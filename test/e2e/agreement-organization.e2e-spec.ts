import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { acceptInvitation, createOrganization, lendingCase, registerParty, staff } from '../factories/factories';
import type { Session } from '../factories/factories';
import { makeSignaturePng, pngDataUrl } from '../factories/png';
import { compact, pdfText } from '../support/poppler';
import { TestApp, startTestApp } from '../support/test-app';
import { daysFromToday, giveDetails } from './agreements.helpers';
import { binary } from '../support/binary';

// An organisation (公司) is a party that cannot hold a pen: it signs through its legal representative or an employee it
// authorises, with its seal beside the signature. Without both, it is asked for them before any code is sent.
jest.setTimeout(120_000);

const COMPANY = '重庆𫓧堃建材有限公司';

describe('agreements: an organisation signs through its representative, with its seal', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function sign(who: Session, id: string) {
    await t.http.post(`/api/agreements/${id}/sign/code`).set(who.auth).expect(200);
    const outbox = await t.http.get('/api/dev/outbox').query({ phone: who.user.phone }).expect(200);
    const { code } = outbox.body.items.find((m: { purpose: string }) => m.purpose === 'sign');
    return t.http.post(`/api/agreements/${id}/sign`).set(who.auth).send({ code, signatureImage: pngDataUrl(makeSignaturePng(300, 120, 5)) }).expect(200);
  }

  it('asks for the representative and seal, then signs as “company (representative)” with the seal in the PDF', async () => {
    const committee = await createOrganization(t.dataSource, 'committee');
    const applicant = await registerParty(t, '张三');
    const clerk = await registerParty(t, '钱桂英');
    const mediator = await staff(t, 'mediator', committee.id, '王桂兰');
    const filed = await t.http.post('/api/cases').set(applicant.auth).send(lendingCase(clerk.user.phone, {
      committeeId: committee.id, respondents: [{ type: 'organization', name: COMPANY, creditCode: '91350100M000100Y43', phone: clerk.user.phone }],
    })).expect(201);
    const caseId: string = filed.body.id;
    const invitation = await t.http.post(`/api/cases/${caseId}/invitations`).set(applicant.auth).send({}).expect(201);
    await acceptInvitation(t, clerk, invitation.body.code);
    await t.http.post(`/api/cases/${caseId}/accept`).set(mediator.auth).send({}).expect(200);
    await t.http.post(`/api/cases/${caseId}/assign`).set(mediator.auth).send({ mediatorId: mediator.user.id }).expect(200);
    await t.http.post(`/api/cases/${caseId}/start-mediation`).set(mediator.auth).send({}).expect(200);
    const detail = await t.http.get(`/api/cases/${caseId}`).set(clerk.auth).expect(200);
    const party = (side: string) => detail.body.parties.find((p: { side: string }) => p.side === side);
    expect(party('respondent')).toMatchObject({ type: 'organization', isMe: true, hasSeal: false, representativeName: null });
    await giveDetails(t, caseId, party('applicant').id, applicant, '重庆市合川区南津街1号');
    await giveDetails(t, caseId, party('respondent').id, clerk, '重庆市合川区草街街道8号');

    const drafted = await t.http.post(`/api/cases/${caseId}/agreements`).set(mediator.auth).send({
      obligations: [{ kind: 'payment', debtorPartyId: party('respondent').id, creditorPartyId: party('applicant').id, amountFen: 12_000_000, dueDate: daysFromToday(60) }],
      terms: '双方就本纠纷再无其他争议。',
    }).expect(201);
    const id: string = drafted.body.id;
    await t.http.post(`/api/agreements/${id}/finalize`).set(mediator.auth).send({ acknowledged: [] }).expect(200);
    await sign(applicant, id);

    // No representative, no seal: refused before a code is sent or anything is written.
    const refused = await t.http.post(`/api/agreements/${id}/sign/code`).set(clerk.auth).expect(409);
    expect(refused.body.code).toBe('AGREEMENT_ORGANIZATION_SEAL_REQUIRED');
    expect(refused.body.message).toContain('单位印章');
    const outbox = await t.http.get('/api/dev/outbox').query({ phone: clerk.user.phone }).expect(200);
    expect(outbox.body.items.filter((m: { purpose: string }) => m.purpose === 'sign')).toEqual([]);

    // The representative and the seal change the agreement's text: drafting re-opens, the applicant signs again.
    const seal = makeSignaturePng(240, 240, 77);
    await t.http.put(`/api/cases/${caseId}/parties/${party('respondent').id}/details`).set(clerk.auth).send({
      domicile: '重庆市合川区草街街道8号', serviceAddress: '重庆市合川区草街街道8号', eServiceConsent: true,
      representativeName: '钱桂英', representativeTitle: '授权代表', sealImage: pngDataUrl(seal),
    }).expect(200);
    const after = await t.http.get(`/api/cases/${caseId}`).set(mediator.auth).expect(200);
    expect(after.body.parties.find((p: { side: string }) => p.side === 'respondent'))
      .toMatchObject({ hasSeal: true, representativeName: '钱桂英', representativeTitle: '授权代表' });
    expect((await t.http.get(`/api/agreements/${id}`).set(mediator.auth).expect(200)).body).toMatchObject({ status: 'draft', signatures: [] });
    await t.http.post(`/api/agreements/${id}/finalize`).set(mediator.auth).send({ acknowledged: [] }).expect(200);
    // The applicant asks for a second code: as if the one-minute resend interval had passed.
    await t.dataSource.query(`DELETE FROM throttle_counters WHERE key = $1`, [`code:resend:${applicant.user.phone}:sign`]);
    await sign(applicant, id);
    const signed = await sign(clerk, id);
    expect(signed.body.signatures[1]).toMatchObject({ role: 'respondent', name: `${COMPANY}（钱桂英）` });
    const done = await sign(mediator, id);
    expect(done.body.status).toBe('effective');

    const docs = await t.http.get(`/api/cases/${caseId}/documents`).set(clerk.auth).expect(200);
    const pdf: Buffer = (await t.http.get(docs.body[0].versions[0].downloadUrl).set(clerk.auth).buffer(true).parse(binary as never).expect(200)).body;
    const text = compact(pdfText(pdf));
    for (const s of [COMPANY, '被申请人（盖章）：', '授权代表：钱桂英', '统一社会信用代码：91350100M000100Y43']) expect(text).toContain(s);
    // Every handwritten signature and the company's seal are images in the file: the seal is the 240 × 240 one.
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'org-')), 'agreement.pdf');
    writeFileSync(file, pdf);
    const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean)
      .map((row) => row.trim().split(/\s+/)).filter((cols) => cols[2] === 'image').map((cols) => `${cols[3]}x${cols[4]}`);
    expect(images.filter((size) => size === '300x120')).toHaveLength(3);
    expect(images).toContain('240x240');
  });
});
