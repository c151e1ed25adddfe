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

  describe('the reminder before a booked session', () => {
    const reminder = { sessionId: 's', caseId: 'c1', startsAt: '2026-12-03T02:00:00Z', endsAt: '2026-12-03T03:30:00Z', userIds: ['a', 'b'], hoursBefore: 24, mediatorName: '王桂兰' };
    const smsOf = (n: { title: string; body: string }) => `【合舟调解】${n.title}。${n.body}`; // as SmsChannel sends it

    it('reminds exactly the users it names', () => {
      const [notice] = noticesFor('session.reminder', { ...reminder, mode: 'online', location: null }, context);
      expect(notice.audience).toEqual({ of: 'users', ids: ['a', 'b'] });
    });

    it('says when (Beijing time), that it is online and how to join, and who mediates', () => {
      const [notice] = noticesFor('session.reminder', { ...reminder, mode: 'online', location: null }, context);
      expect(notice.title).toBe('调解会议提醒：12月3日 10:00');
      expect(smsOf(notice)).toBe('【合舟调解】调解会议提醒：12月3日 10:00。案件：合阳调字〔2026〕第0012号（民间借贷）；时间：2026年12月3日（周四）10:00–11:30（北京时间）；'
        + '方式：线上视频调解，届时打开下方链接，在案件页点击「进入视频调解」；调解员：王桂兰。请按时参加。');
      expect(notice.link).toBe('/cases/c1');
    });

    it('gives the office and its address of an in-person session', () => {
      const [notice] = noticesFor('session.reminder', { ...reminder, mode: 'in_person', location: '合阳城街道调解室（合川区合阳大道1号3楼）' }, context);
      expect(notice.body).toContain('方式：线下调解，地点：合阳城街道调解室（合川区合阳大道1号3楼）；调解员：王桂兰。');
      expect(notice.body).toContain('2026年12月3日（周四）10:00–11:30（北京时间）');
    });

    it('keeps the title within the 20 characters a provider template may carry, with the date and time in it', () => {
      const [notice] = noticesFor('session.reminder', { ...reminder, startsAt: '2026-12-31T01:00:00Z', endsAt: '2026-12-31T02:00:00Z', mode: 'online', location: null }, context);
      expect(notice.title).toBe('调解会议提醒：12月31日 09:00');
      expect(notice.title.length).toBeLessThanOrEqual(20);
    });
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
