import { pngDataUrl } from '../factories/png';
import { Session, staff } from '../factories/factories';
import { TestApp } from '../support/test-app';
import { AgreementCase, caseInMediation, twoInstalments } from './agreements.helpers';

export interface EffectiveCase extends AgreementCase {
  agreementId: string;
  courtId: string;
}

const DAY = 86_400_000;

export async function courtByName(t: TestApp, name = '重庆市合川区人民法院'): Promise<string> {
  return (await t.dataSource.query(`SELECT id FROM organizations WHERE kind = 'court' AND name = $1`, [name]))[0].id;
}

/** A court staff member with a title (法官 judge, 书记员 clerk, 院长 president). */
export async function courtStaff(t: TestApp, courtId: string, title: 'judge' | 'clerk' | 'president', name: string): Promise<Session> {
  const s = await staff(t, 'court_staff', courtId, name);
  await t.dataSource.query(`UPDATE users SET court_title = $2 WHERE id = $1`, [s.user.id, title]);
  return s;
}

export async function signCode(t: TestApp, who: Session): Promise<string> {
  const outbox = await t.http.get('/api/dev/outbox').query({ phone: who.user.phone }).expect(200);
  return outbox.body.items.find((m: { purpose: string }) => m.purpose === 'sign').code;
}

/**
 * A lending case whose agreement took effect on `effectiveOn` (Asia/Shanghai; the test clock is put at 10:00 that day),
 * its committee's own court the Hechuan court (reference data). `inMediation` runs while the case is still open (e.g.
 * to name agents, which a settled case no longer takes).
 */
export async function effectiveAgreement(t: TestApp, effectiveOn: string, inMediation?: (c: AgreementCase) => Promise<void>): Promise<EffectiveCase> {
  const c = await caseInMediation(t);
  await inMediation?.(c);
  const courtId = await courtByName(t);
  await t.dataSource.query('UPDATE organizations SET court_id = $2 WHERE id = $1', [c.committee.id, courtId]);
  const { body } = await t.http.post(`/api/cases/${c.caseId}/agreements`).set(c.mediator.auth)
    .send({ obligations: [twoInstalments(c)], terms: '双方就本纠纷再无其他争议。' }).expect(201);
  await t.http.post(`/api/agreements/${body.id}/finalize`).set(c.mediator.auth).send({ acknowledged: [] }).expect(200);
  for (const who of [c.applicant, c.respondent, c.mediator]) {
    await t.http.post(`/api/agreements/${body.id}/sign/code`).set(who.auth).expect(200);
    await t.http.post(`/api/agreements/${body.id}/sign`).set(who.auth).send({ code: await signCode(t, who), signatureImage: pngDataUrl() }).expect(200);
  }
  const at = new Date(`${effectiveOn}T10:00:00+08:00`);
  await t.dataSource.query('UPDATE agreements SET effective_at = $2 WHERE id = $1', [body.id, at]);
  t.clock.set(at);
  return { ...c, agreementId: body.id, courtId };
}

/** The co-signer asks for a code: the minute since the agreement's signing code is taken as passed. */
export async function askCosignCode(t: TestApp, who: Session, id: string, http = t.http): Promise<void> {
  await t.dataSource.query(`UPDATE throttle_counters SET expires_at = now() WHERE key = $1`, [`code:resend:${who.user.phone}:sign`]);
  await http.post(`/api/confirmations/${id}/cosign/code`).set(who.auth).expect(200);
}

/** The applicant applies to the court, the respondent co-signs with a code: the application reaches the court. */
export async function submitted(t: TestApp, c: EffectiveCase): Promise<string> {
  const applied = await t.http.post(`/api/agreements/${c.agreementId}/confirmation`).set(c.applicant.auth).send({ courtId: c.courtId }).expect(201);
  await askCosignCode(t, c.respondent, applied.body.id);
  const res = await t.http.post(`/api/confirmations/${applied.body.id}/cosign`).set(c.respondent.auth).send({ code: await signCode(t, c.respondent) }).expect(200);
  return res.body.id;
}

export const days = (n: number) => n * DAY;
