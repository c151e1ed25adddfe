import { Page } from 'playwright-core';
import { Session } from '../factories/factories';
import { BrowserEnv, startBrowserEnv } from '../support/browser';
import { addDays, shanghaiInstant, shanghaiParts } from '../../src/mediators/availability';
import { AcceptedCase, acceptedCase, committeeWithCourt, mediatorWith, tomorrowAt } from '../e2e/mediators.helpers';

// Choosing a mediator and a time, as the people involved live it: the applicant picks from the explained ranking on
// a phone, the respondent agrees, the chosen mediator accepts from his queue, the applicant books a slot in the
// mediator's week, and the mediator finds the session in his calendar.
describe('choosing a mediator and booking a session in the browser', () => {
  let env: BrowserEnv;
  let k: AcceptedCase;
  let expert: Session;

  beforeAll(async () => {
    env = await startBrowserEnv();
    const c = await committeeWithCourt(env.t);
    expert = await mediatorWith(env.t, c.committee.id, '借贷专家', {
      specialties: ['民间借贷'], languages: ['普通话', '重庆话'], yearsOfExperience: 9, introduction: '熟悉借条与利息计算。',
      offices: [{ name: '合阳城街道调解室', address: '合川区合阳大道88号' }],
    });
    await mediatorWith(env.t, c.committee.id, '家事调解员', { specialties: ['婚姻家庭'] });
    k = await acceptedCase(env.t, c);
  });
  afterAll(() => env?.close());

  const loggedIn = (who: Session, path: string, phone = false): Promise<Page> => env.openAs(who, path, { phone });

  it('goes from the ranked list to a booked session on everyone’s calendar', async () => {
    // The applicant, on a phone, sees the ranking with its reasons and proposes the best-placed mediator.
    const applicant = await loggedIn(k.applicant, `/cases/${k.caseId}`, true);
    const ranking = applicant.getByTestId('ranking');
    await ranking.getByTestId('mediator-card').first().waitFor();
    expect(await ranking.getByTestId('mediator-card').first().getByRole('link').textContent()).toBe('借贷专家');
    await ranking.getByText('推荐理由').first().click();
    await ranking.getByText('擅长民间借贷').first().waitFor();
    await env.screenshot(applicant, 'choose-ranking-phone');
    await applicant.getByTestId('propose-借贷专家').click();
    await applicant.getByTestId('proposals').getByText('借贷专家').waitFor();

    // The respondent agrees by proposing the same mediator.
    const respondent = await loggedIn(k.respondent, `/cases/${k.caseId}`, true);
    await respondent.getByTestId('proposals').getByText('借贷专家').waitFor();
    await respondent.getByTestId('propose-借贷专家').getByText('同意此调解员').click();
    await respondent.getByText('双方已选定 借贷专家，等待其接受。').waitFor();

    // The mediator finds the offer in his queue and accepts it.
    const mediator = await loggedIn(expert, '/my-schedule');
    await mediator.getByTestId('my-queue').getByRole('link').filter({ hasText: /调字/ }).first().click();
    await mediator.getByTestId('accept-offer').click();
    await mediator.getByTestId('case-status').and(mediator.locator('[data-status="mediator_assigned"]')).waitFor();

    // The applicant books tomorrow 10:00 (北京时间) in the mediator's week, online.
    await applicant.reload();
    await applicant.getByTestId('week-slots').waitFor();
    await applicant.getByTestId(`slot-${tomorrowAt(env.t, 10)}`).click();
    await env.screenshot(applicant, 'choose-book-week-phone');
    await applicant.getByTestId('book').click();
    await applicant.getByText(/^已预约 \d{4}\//).waitFor(); // the notice, not the timeline's 已预约调解会议
    await applicant.getByTestId('booked-sessions').getByText('线上视频').waitFor();
    const timeline = applicant.getByRole('region', { name: '办理进程' });
    await timeline.getByText('预约调解会议').waitFor();
    await timeline.getByText('调解员接受双方选定').waitFor();

    // The slot is no longer free for anyone, and the mediator has it in his calendar.
    await mediator.goto('/my-schedule');
    await mediator.getByTestId('my-queue').getByText('线上视频').waitFor();
    await env.screenshot(mediator, 'choose-mediator-schedule');
    const week = await env.t.http.get(`/api/mediators/${expert.user.id}/slots`).set(k.respondent.auth).expect(200);
    expect(week.body.slots.find((s: { startsAt: string }) => s.startsAt === tomorrowAt(env.t, 10)).free).toBe(false);
  });

  it('lets the mediator take a leave back on his profile page: its hours are free again', async () => {
    const day = shanghaiParts(new Date(tomorrowAt(env.t, 12))).date;
    const later = addDays(day, 2);
    await env.t.http.post(`/api/mediators/${expert.user.id}/leave`).set(expert.auth)
      .send({ startsAt: shanghaiInstant(later, 0).toISOString(), endsAt: shanghaiInstant(addDays(later, 1), 0).toISOString(), reason: '参加培训' }).expect(201);
    const freeThatDay = async () => (await env.t.http.get(`/api/mediators/${expert.user.id}/slots`).query({ from: later, days: 1 }).set(k.respondent.auth).expect(200))
      .body.slots.filter((s: { free: boolean }) => s.free).length;
    expect(await freeThatDay()).toBe(0);

    const mediator = await loggedIn(expert, `/mediators/${expert.user.id}`);
    const leave = mediator.getByTestId('leave').filter({ hasText: '参加培训' });
    await leave.getByRole('button', { name: '撤销请假' }).click();
    await mediator.getByText('请假已撤销，相应时段可重新预约').waitFor();
    expect(await mediator.getByTestId('leave').filter({ hasText: '参加培训' }).count()).toBe(0);
    expect(await freeThatDay()).toBe(8); // 09:00–17:00 (北京时间)
  });
});
