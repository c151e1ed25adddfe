import { NOTIFYING_EVENTS, noticesFor } from './notification-rules';

const context = { caseId: 'c1', caseNumber: '合阳调字〔2026〕第0012号', category: '民间借贷' };

describe('notification rules', () => {
  it('tells the parties and the mediator of a court decision, court deadlines as their own kind', () => {
    const notices = noticesFor('confirmation.decided', { applicationId: 'a', caseId: 'c1', courtId: 'k', decision: 'confirm' }, context);
    expect(notices.map((n) => [n.audience.of, n.kind])).toEqual([['parties', 'deadline'], ['mediator', 'case']]);
    expect(notices[0].title).toBe('法院裁定确认调解协议有效：合阳调字〔2026〕第0012号');
  });

  it('does not tell the actor of a move about his own move', () => {
    const notices = noticesFor('case.transitioned', { caseId: 'c1', action: 'accept', from: 'filed', to: 'accepted', actorId: 'u1' }, context);
    expect(notices.every((n) => 'except' in n.audience && n.audience.except === 'u1')).toBe(true);
  });

  it('reminds exactly the users a session reminder names', () => {
    const [notice] = noticesFor('session.reminder', { sessionId: 's', caseId: 'c1', startsAt: '2026-12-03T02:00:00Z', userIds: ['a', 'b'], hoursBefore: 24 }, context);
    expect(notice.audience).toEqual({ of: 'users', ids: ['a', 'b'] });
  });

  it('asks the mediator to check a new power of attorney, and tells the party of the decision', () => {
    const base = { caseId: 'c1', agencyId: 'g', partyId: 'p', principalUserId: 'u1', agentName: '赵六' };
    const [added] = noticesFor('agent.changed', { ...base, actorId: 'u1', change: 'added' }, context);
    expect(added).toMatchObject({ audience: { of: 'mediator' }, title: '授权委托书待审核：合阳调字〔2026〕第0012号' });
    const [approved] = noticesFor('agent.changed', { ...base, actorId: 'm1', change: 'approved' }, context);
    expect(approved).toMatchObject({ audience: { of: 'users', ids: ['u1'] }, body: '您委托的代理人赵六已批准。' });
    // The party revoking his own agent is not told about it.
    expect(noticesFor('agent.changed', { ...base, actorId: 'u1', change: 'revoked' }, context)).toEqual([]);
  });

  it('covers the case events of every feature on main', () => {
    expect(NOTIFYING_EVENTS).toEqual(expect.arrayContaining(['case.filed', 'agreement.effective', 'follow_up.due', 'session.booked', 'confirmation.accepted']));
  });
});
