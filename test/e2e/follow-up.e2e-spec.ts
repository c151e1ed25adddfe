import { shanghaiToday } from '../../src/common/shanghai-date';
import { pngDataUrl } from '../factories/png';
import { registerParty } from '../factories/factories';
import { binary } from '../support/binary';
import { TestApp, startTestApp } from '../support/test-app';
import { EffectiveCase, effectiveAgreement } from './court.helpers';
import { settle } from './loop.helpers';

// Follow-up (src/follow-up) and electronic service (src/notifications/electronic-service.ts): an agreement in effect
// is served to the parties who consented and followed up at its instalments' due dates; the parties rate the mediation.

const DAY = 86_400_000;
const png = () => Buffer.from(pngDataUrl().split(',')[1], 'base64');

describe('follow-up (e2e)', () => {
  let t: TestApp;
  let c: EffectiveCase;
  const tasks = async (who = c.mediator) => (await t.http.get(`/api/cases/${c.caseId}/follow-ups`).set(who.auth).expect(200)).body;
  const titles = async (who = c.mediator) => (await t.http.get('/api/notifications').set(who.auth)).body.items.map((n: { title: string }) => n.title);

  beforeAll(async () => {
    t = await startTestApp();
    c = await effectiveAgreement(t, shanghaiToday());
    await settle(t);
  });
  afterAll(() => t.close());

  it('serves the agreement in effect to the parties who consented, and records when each opened it', async () => {
    const records = (await t.http.get(`/api/cases/${c.caseId}/service-records`).set(c.mediator.auth).expect(200)).body;
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({ deliveredAt: expect.any(String), openedAt: null });
    expect(await titles(c.applicant)).toContainEqual(expect.stringContaining('电子送达'));
    const applicantRecord = (await t.dataSource.query(`SELECT id FROM service_records WHERE user_id = $1`, [c.applicant.user.id]))[0].id;
    await t.http.post(`/api/service-records/${applicantRecord}/open`).set(c.respondent.auth).expect(404);
    const opened = await t.http.post(`/api/service-records/${applicantRecord}/open`).set(c.applicant.auth).expect(200);
    expect(opened.body.openedAt).toEqual(expect.any(String));
  });

  it('follows up each instalment at its due date: payment reported with a receipt, recorded by the committee', async () => {
    const scheduled = await tasks();
    expect(scheduled.map((x: { status: string; amountFen: number }) => [x.status, x.amountFen])).toEqual([['scheduled', 15_000_000], ['scheduled', 15_000_000]]);
    await t.http.put(`/api/follow-ups/${scheduled[0].id}`).set(c.mediator.auth).send({ outcome: 'unpaid' }).expect(409);
    await t.http.put(`/api/follow-ups/${scheduled[0].id}`).set(c.applicant.auth).send({ outcome: 'on_time' }).expect(403);

    t.clock.advance(91 * DAY);
    await settle(t);
    expect((await tasks()).map((x: { status: string }) => x.status)).toEqual(['due', 'scheduled']);
    expect(await titles()).toContainEqual(expect.stringContaining('履行期限已到，请回访'));

    const reported = await t.http.post(`/api/follow-ups/${scheduled[0].id}/payments`).set(c.respondent.auth)
      .field('paidOn', shanghaiToday(t.clock.now())).field('amountFen', '15000000').field('note', '银行转账')
      .attach('receipt', png(), { filename: '回单.png', contentType: 'image/png' }).expect(201);
    expect(reported.body.payments).toEqual([expect.objectContaining({ amountFen: 15_000_000, hasReceipt: true, note: '银行转账' })]);
    // The creditor and the mediator open the receipt as it was uploaded; anyone else is told it does not exist.
    const paymentId = reported.body.payments[0].id;
    for (const reader of [c.applicant, c.mediator]) {
      const file = await t.http.get(`/api/follow-up-payments/${paymentId}/receipt`).set(reader.auth).buffer(true).parse(binary as never).expect(200);
      expect(file.headers['content-type']).toBe('image/png');
      expect(Buffer.compare(file.body, png())).toBe(0);
    }
    const stranger = await registerParty(t, '路人甲');
    expect((await t.http.get(`/api/follow-up-payments/${paymentId}/receipt`).set(stranger.auth).expect(404)).body.code).toBe('RECEIPT_NOT_FOUND');
    expect((await t.http.get('/api/follow-up-payments/not-a-uuid/receipt').set(c.applicant.auth).expect(404)).body.code).toBe('RECEIPT_NOT_FOUND');
    await settle(t);
    expect(await titles()).toContainEqual(expect.stringContaining('当事人报告付款'));

    const recorded = await t.http.put(`/api/follow-ups/${scheduled[0].id}`).set(c.mediator.auth)
      .send({ outcome: 'on_time', performedOn: shanghaiToday(t.clock.now()), note: '电话回访，申请人确认收到' }).expect(200);
    expect(recorded.body).toMatchObject({ status: 'on_time', statusLabel: '按期履行' });
  });

  it('offers the creditor the enforcement application when an instalment of a confirmed agreement is unpaid', async () => {
    t.clock.advance(90 * DAY);
    await settle(t);
    const second = (await tasks())[1];
    expect(second.status).toBe('due');
    await t.http.put(`/api/follow-ups/${second.id}`).set(c.mediator.auth).send({ outcome: 'unpaid', note: '被申请人称资金困难' }).expect(200);
    expect((await tasks(c.applicant))[1].enforcement).toBeNull(); // not judicially confirmed
    await t.dataSource.query(`UPDATE cases SET status = 'confirmed' WHERE id = $1`, [c.caseId]);
    expect((await tasks(c.applicant))[1].enforcement).toEqual({ href: `/api/agreements/${c.agreementId}/enforcement` });
    expect((await tasks(c.respondent))[1].enforcement).toBeNull(); // the debtor is not offered it
    // partly performed (部分履行): the rest can still be enforced
    await t.http.put(`/api/follow-ups/${second.id}`).set(c.mediator.auth).send({ outcome: 'partly', note: '已付五万元，余款未付' }).expect(200);
    expect((await tasks(c.applicant))[1]).toMatchObject({ status: 'partly', statusLabel: '部分履行', enforcement: { href: `/api/agreements/${c.agreementId}/enforcement` } });
  });

  it('lets each party rate the mediation once, after it ended', async () => {
    await t.dataSource.query(`UPDATE cases SET status = 'in_mediation' WHERE id = $1`, [c.caseId]);
    await t.http.post(`/api/cases/${c.caseId}/satisfaction`).set(c.applicant.auth).send({ score: 5 }).expect(409);
    await t.http.post(`/api/cases/${c.caseId}/close`).set(c.mediator.auth).send({ outcome: 'settled', note: '双方达成一致' }).expect(200);
    const rated = await t.http.post(`/api/cases/${c.caseId}/satisfaction`).set(c.applicant.auth).send({ score: 5, comment: '调解员很耐心' }).expect(201);
    expect(rated.body).toEqual({ mine: expect.objectContaining({ score: 5, comment: '调解员很耐心' }), canRate: false });
    await t.http.post(`/api/cases/${c.caseId}/satisfaction`).set(c.applicant.auth).send({ score: 1 }).expect(409);
    await t.http.post(`/api/cases/${c.caseId}/satisfaction`).set(c.respondent.auth).send({ score: 6 }).expect(400);
    await t.http.post(`/api/cases/${c.caseId}/satisfaction`).set(c.mediator.auth).send({ score: 3 }).expect(403);
    expect((await t.http.get(`/api/cases/${c.caseId}/satisfaction`).set(c.respondent.auth)).body).toEqual({ mine: null, canRate: true });
  });
});
