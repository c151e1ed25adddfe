// Helpers of the mediators e2e tests: a committee with its court, mediators with profiles and hours, accepted cases.
import { Organization } from '../../src/organizations/entities/organization.entity';
import { addDays, shanghaiInstant, shanghaiParts } from '../../src/mediators/availability';
import { Session, acceptInvitation, createOrganization, lendingCase, registerParty, staff } from '../factories/factories';
import { TestApp } from '../support/test-app';

export interface Committee {
  committee: Organization;
  court: Organization;
  clerk: Session;
}

export async function committeeWithCourt(t: TestApp): Promise<Committee> {
  const court = await createOrganization(t.dataSource, 'court');
  const committee = await createOrganization(t.dataSource, 'committee');
  await t.dataSource.query('UPDATE organizations SET court_id = $1 WHERE id = $2', [court.id, committee.id]);
  const clerk = await staff(t, 'mediator', committee.id, '调委会秘书');
  return { committee, court, clerk };
}

/** A mediator of the committee, with a profile and weekly hours (every day 09:00–17:00 unless told). */
export async function mediatorWith(
  t: TestApp, committeeId: string, name: string, profile: Record<string, unknown> = {},
  hours = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '09:00', end: '17:00' })),
): Promise<Session> {
  const mediator = await staff(t, 'mediator', committeeId, name);
  await t.http.patch(`/api/mediators/${mediator.user.id}`).set(mediator.auth).send(profile).expect(200);
  await t.http.put(`/api/mediators/${mediator.user.id}/availability`).set(mediator.auth).send({ weeklyHours: hours }).expect(200);
  return mediator;
}

export interface AcceptedCase {
  caseId: string;
  applicant: Session;
  respondent: Session;
}

/** A lending case the respondent agreed to and the committee accepted (status accepted: choosing the mediator). */
export async function acceptedCase(t: TestApp, c: Committee, overrides: Record<string, unknown> = {}): Promise<AcceptedCase> {
  const applicant = await registerParty(t, '张三');
  const respondent = await registerParty(t, '李四');
  const filed = await t.http.post('/api/cases').set(applicant.auth)
    .send(lendingCase(respondent.user.phone, { committeeId: c.committee.id, ...overrides })).expect(201);
  const caseId = filed.body.id;
  const invitation = await t.http.post(`/api/cases/${caseId}/invitations`).set(applicant.auth).send({}).expect(201);
  await acceptInvitation(t, respondent, invitation.body.code);
  await t.http.post(`/api/cases/${caseId}/accept`).set(c.clerk.auth).send({}).expect(200);
  return { caseId, applicant, respondent };
}

/** Tomorrow (Shanghai) at a local hour, as an ISO instant. */
export function tomorrowAt(t: TestApp, hour: number, minute = 0): string {
  return shanghaiInstant(addDays(shanghaiParts(t.clock.now()).date, 1), hour * 60 + minute).toISOString();
}
