import { shanghaiToday } from '../../src/common/shanghai-date';
import { Session, registerParty } from '../factories/factories';
import { TestApp } from '../support/test-app';
import { MediationCase, caseWithMediator } from './sessions.helpers';

export interface AgreementCase extends MediationCase {
  applicantPartyId: string;
  respondentPartyId: string;
}

/** A lending case in mediation (调解中) whose parties gave their domicile and address for service. */
export async function caseInMediation(t: TestApp, options: { details?: boolean } = {}): Promise<AgreementCase> {
  const c = await caseWithMediator(t);
  await t.http.post(`/api/cases/${c.caseId}/start-mediation`).set(c.mediator.auth).send({}).expect(200);
  const detail = await t.http.get(`/api/cases/${c.caseId}`).set(c.mediator.auth).expect(200);
  const partyId = (side: string) => detail.body.parties.find((p: { side: string }) => p.side === side).id as string;
  const result = { ...c, applicantPartyId: partyId('applicant'), respondentPartyId: partyId('respondent') };
  if (options.details !== false) {
    await giveDetails(t, c.caseId, result.applicantPartyId, c.applicant, '重庆市合川区南津街1号');
    await giveDetails(t, c.caseId, result.respondentPartyId, c.respondent, '重庆市合川区钓鱼城街道2号');
  }
  return result;
}

export function giveDetails(t: TestApp, caseId: string, partyId: string, who: Session, address: string) {
  return t.http.put(`/api/cases/${caseId}/parties/${partyId}/details`).set(who.auth)
    .send({ domicile: address, serviceAddress: address, eServiceConsent: true }).expect(200);
}

/** The date `days` after today in Asia/Shanghai, YYYY-MM-DD. */
export function daysFromToday(days: number): string {
  return shanghaiToday(new Date(Date.now() + days * 86_400_000));
}

/** 300,000 yuan owed by the respondent to the applicant, in two instalments (in about three and six months). */
export function twoInstalments(c: AgreementCase, second = 15_000_000) {
  return {
    kind: 'payment', debtorPartyId: c.respondentPartyId, creditorPartyId: c.applicantPartyId, amountFen: 30_000_000, dueDate: daysFromToday(180),
    instalments: [{ amountFen: 15_000_000, dueDate: daysFromToday(90) }, { amountFen: second, dueDate: daysFromToday(180) }],
  };
}

export { registerParty };
