import { Session, createOrganization, staff } from '../factories/factories';
import { TestApp, startTestApp } from '../support/test-app';
import { caseWithMediator, openSession } from './sessions.helpers';

// 法官指导: who may be invited into a session as a guide.
describe('guides of a mediation session (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  const invite = (sessionId: string, host: Session, userId: string) =>
    t.http.post(`/api/sessions/${sessionId}/guests`).set(host.auth).send({ userId });

  it('admits staff of the committee’s own court and mediators of the committee, nobody else', async () => {
    const c = await caseWithMediator(t);
    const ownCourt = await createOrganization(t.dataSource, 'court');
    await t.dataSource.query('UPDATE organizations SET court_id = $1 WHERE id = $2', [ownCourt.id, c.committee.id]);
    const sessionId = await openSession(t, c);

    const ownJudge = await staff(t, 'court_staff', ownCourt.id, '陈法官');
    const colleague = await staff(t, 'mediator', c.committee.id, '刘建国');
    const otherJudge = await staff(t, 'court_staff', (await createOrganization(t.dataSource, 'court')).id, '外院法官');
    const otherMediator = await staff(t, 'mediator', (await createOrganization(t.dataSource, 'committee')).id, '外会调解员');

    for (const outsider of [otherJudge, otherMediator]) {
      const res = await invite(sessionId, c.mediator, outsider.user.id).expect(400);
      expect(res.body).toMatchObject({ code: 'SESSION_GUEST_INVALID', message: '只能邀请本调委会所属法院的工作人员或本调委会的调解员参加指导' });
    }
    await invite(sessionId, c.mediator, ownJudge.user.id).expect(200);
    const both = await invite(sessionId, c.mediator, colleague.user.id).expect(200);
    expect(both.body.guests.map((g: { name: string }) => g.name).sort()).toEqual(['刘建国', '陈法官'].sort());
    const guests = await t.dataSource.query('SELECT user_id FROM session_guests WHERE session_id = $1', [sessionId]);
    expect(guests).toHaveLength(2);
  });

  it('admits no judge while the committee has no court of its own', async () => {
    const c = await caseWithMediator(t);
    const sessionId = await openSession(t, c);
    const judge = await staff(t, 'court_staff', (await createOrganization(t.dataSource, 'court')).id, '陈法官');
    await invite(sessionId, c.mediator, judge.user.id).expect(400);
    expect(await t.dataSource.query('SELECT 1 FROM session_guests WHERE session_id = $1', [sessionId])).toEqual([]);
  });
});
