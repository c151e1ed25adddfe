import { addDays, shanghaiInstant, shanghaiParts, slotsOf, TimeRange } from '../../src/mediators/availability';
import { Session } from '../factories/factories';
import { TestApp, startTestApp } from '../support/test-app';
import { AcceptedCase, Committee, acceptedCase, committeeWithCourt, mediatorWith, tomorrowAt } from './mediators.helpers';

const WEEK = 7 * 86_400_000;
const HORIZON_DAYS = 9;

// Each profile keeps the starts of the mediator's free slots of the coming days (migration 1765064000000), rewritten in
// the transaction that changes his hours, leave or sessions; the ranking counts them. The stored list must be the week
// view's own rule (slotsOf), and a leave taken back must free its slots again, for the ranking and for booking.
describe('free slots kept on the mediator profile, leave taken back (e2e)', () => {
  let t: TestApp;
  let c: Committee;
  let mediator: Session;
  let k: AcceptedCase;

  beforeAll(async () => {
    t = await startTestApp();
    c = await committeeWithCourt(t);
    mediator = await mediatorWith(t, c.committee.id, '排班调解员', {}, [1, 3, 6].map((weekday) => ({ weekday, start: '09:00', end: '12:30' })));
    k = await acceptedCase(t, c);
  });
  afterAll(() => t.close());

  // The triggers stamp the list with the database's own date (the e2e clock runs years ahead of it).
  const dbToday = async (): Promise<string> => (await t.dataSource.query(`SELECT (now() AT TIME ZONE 'Asia/Shanghai')::date::text AS d`))[0].d;
  const stored = async () => {
    const [row] = await t.dataSource.query('SELECT free_slots_from::text AS "from", free_slots AS slots FROM mediator_profiles WHERE user_id = $1', [mediator.user.id]);
    return { from: row.from as string, slots: (row.slots as Date[]).map((d) => new Date(d).toISOString()) };
  };
  const expected = (fromDate: string, leave: TimeRange[], busy: TimeRange[]) =>
    slotsOf({ hours: [1, 3, 6].map((weekday) => ({ weekday, startMinute: 540, endMinute: 750 })), leave, busy, fromDate, days: HORIZON_DAYS, now: new Date(0) })
      .filter((s) => s.free).map((s) => s.start.toISOString());

  it('stores the free slots of the coming days as the week view cuts them, minus leave and booked sessions, in the same transaction', async () => {
    const today = await dbToday();
    expect(await stored()).toEqual({ from: today, slots: expected(today, [], []) });
    // Leave over two slots of the third day, and a session holding an hour of the fourth.
    const leave = { start: shanghaiInstant(addDays(today, 2), 0), end: shanghaiInstant(addDays(today, 3), 0) };
    await t.http.post(`/api/mediators/${mediator.user.id}/leave`).set(mediator.auth)
      .send({ startsAt: leave.start.toISOString(), endsAt: leave.end.toISOString(), reason: '外出培训' }).expect(201);
    const busy = { start: shanghaiInstant(addDays(today, 3), 600), end: shanghaiInstant(addDays(today, 3), 660) };
    await t.dataSource.query(
      `INSERT INTO mediation_sessions (case_id, status, mode, created_by, mediator_id, starts_at, ends_at) VALUES ($1, 'booked', 'online', $2, $2, $3, $4)`,
      [k.caseId, mediator.user.id, busy.start, busy.end],
    );
    expect(await stored()).toEqual({ from: today, slots: expected(today, [leave], [busy]) });
    // A cancelled session gives its hour back.
    await t.dataSource.query(`UPDATE mediation_sessions SET status = 'cancelled', cancel_reason = '改期' WHERE case_id = $1`, [k.caseId]);
    expect(await stored()).toEqual({ from: today, slots: expected(today, [leave], []) });
    // New weekly hours replace the list as a whole.
    await t.http.put(`/api/mediators/${mediator.user.id}/availability`).set(mediator.auth).send({ weeklyHours: [] }).expect(200);
    expect(await stored()).toEqual({ from: today, slots: [] });
    await t.http.put(`/api/mediators/${mediator.user.id}/availability`).set(mediator.auth)
      .send({ weeklyHours: [1, 3, 6].map((weekday) => ({ weekday, start: '09:00', end: '12:30' })) }).expect(200);
    expect(await stored()).toEqual({ from: today, slots: expected(today, [leave], []) });
  });

  it('renews the lists computed on an earlier day (an hourly durable job, one across all processes)', async () => {
    const today = await dbToday();
    await t.dataSource.query(`UPDATE mediator_profiles SET free_slots = '{}', free_slots_from = $2::date - 2 WHERE user_id = $1`, [mediator.user.id, today]);
    await t.dataSource.query(`SELECT graphile_worker.add_job('mediators.renew-free-slots', '{}'::json, job_key => 'mediators:renew-free-slots', run_at => now())`);
    await t.jobs.runDue();
    const [next] = await t.dataSource.query(`SELECT run_at > now() + interval '50 minutes' AS later FROM graphile_worker.jobs WHERE key = 'mediators:renew-free-slots'`);
    expect(next).toEqual({ later: true }); // queued again for the next hour, once
    const renewed = await stored();
    expect(renewed.from).toBe(today);
    expect(renewed.slots.length).toBeGreaterThan(0);
  });

  it('ranks with the free slots of the 7 days from now, the count the week view shows', async () => {
    const now = t.clock.now();
    const week = await t.http.get(`/api/mediators/${mediator.user.id}/slots`).query({ days: 8 }).set(k.applicant.auth).expect(200);
    const free = week.body.slots.filter((s: { free: boolean; endsAt: string }) => s.free && new Date(s.endsAt).getTime() <= now.getTime() + WEEK).length;
    const ranking = await t.http.get(`/api/cases/${k.caseId}/mediator-ranking`).set(k.applicant.auth).expect(200);
    const mine = ranking.body.ranked.find((r: { mediator: { id: string } }) => r.mediator.id === mediator.user.id);
    expect(mine.factors.find((f: { key: string }) => f.key === 'availability').detail).toBe(`未来7天${free}个空闲时段`);
    expect(free).toBeGreaterThan(0);
  });

  it('lets the mediator take a leave back: its slots are free and bookable again, for the ranking too', async () => {
    const slot = tomorrowAt(t, 10);
    const day = shanghaiParts(new Date(slot)).date;
    // Open hours on every day so tomorrow is a working day whatever the clock's weekday.
    await t.http.put(`/api/mediators/${mediator.user.id}/availability`).set(mediator.auth)
      .send({ weeklyHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '09:00', end: '12:00' })) }).expect(200);
    const withLeave = await t.http.post(`/api/mediators/${mediator.user.id}/leave`).set(mediator.auth)
      .send({ startsAt: shanghaiInstant(day, 0).toISOString(), endsAt: shanghaiInstant(addDays(day, 1), 0).toISOString(), reason: '家中有事' }).expect(201);
    const leave = withLeave.body.leave.find((l: { reason: string }) => l.reason === '家中有事');
    const slotsOfDay = async () => (await t.http.get(`/api/mediators/${mediator.user.id}/slots`).query({ from: day, days: 1 }).set(k.applicant.auth).expect(200))
      .body.slots.map((s: { free: boolean }) => s.free);
    const freeInRanking = async () => (await t.http.get(`/api/cases/${k.caseId}/mediator-ranking`).set(k.applicant.auth).expect(200))
      .body.ranked.find((r: { mediator: { id: string } }) => r.mediator.id === mediator.user.id).factors.find((f: { key: string }) => f.key === 'availability').detail;
    expect(await slotsOfDay()).toEqual([false, false, false]);
    const before = await freeInRanking();

    // Only the mediator himself (or an admin) takes it back.
    await t.http.delete(`/api/mediators/${mediator.user.id}/leave/${leave.id}`).set(k.applicant.auth).expect(403);
    const after = await t.http.delete(`/api/mediators/${mediator.user.id}/leave/${leave.id}`).set(mediator.auth).expect(200);
    expect(after.body.leave.map((l: { id: string }) => l.id)).not.toContain(leave.id);
    expect(await slotsOfDay()).toEqual([true, true, true]);
    expect(await freeInRanking()).not.toBe(before);
    await t.http.delete(`/api/mediators/${mediator.user.id}/leave/${leave.id}`).set(mediator.auth).expect(404);

    // The freed hour can be booked once the mediator is in charge.
    await t.http.post(`/api/cases/${k.caseId}/assign`).set(c.clerk.auth).send({ mediatorId: mediator.user.id }).expect(200);
    await t.http.post(`/api/cases/${k.caseId}/bookings`).set(k.applicant.auth).send({ startsAt: slot, durationMinutes: 60, mode: 'online' }).expect(201);
  });
});
