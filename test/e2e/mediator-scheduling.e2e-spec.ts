import { Session, createOrganization, registerParty, staff } from '../factories/factories';
import { TestApp, startTestApp } from '../support/test-app';
import { AcceptedCase, Committee, acceptedCase, committeeWithCourt, mediatorWith, tomorrowAt } from './mediators.helpers';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('scheduling sessions online or in person, the mediation clock, court guidance (e2e)', () => {
  let t: TestApp;
  let c: Committee;
  let mediator: Session;
  let k: AcceptedCase;
  let officeId: string;

  beforeAll(async () => {
    t = await startTestApp();
    c = await committeeWithCourt(t);
    mediator = await mediatorWith(t, c.committee.id, '王桂兰', { offices: [{ name: '合阳城街道调解室', address: '合川区合阳大道1号3楼' }] });
    const profile = await t.http.get(`/api/mediators/${mediator.user.id}`).set(mediator.auth).expect(200);
    officeId = profile.body.offices[0].id;
    k = await acceptedCase(t, c);
    await t.http.post(`/api/cases/${k.caseId}/assign`).set(c.clerk.auth).send({ mediatorId: mediator.user.id }).expect(200);
  });
  afterAll(() => t.close());

  const book = (who: Session, body: Record<string, unknown>, caseId = k.caseId) => t.http.post(`/api/cases/${caseId}/bookings`).set(who.auth).send(body);
  const sessionRows = async () => Number((await t.dataSource.query('SELECT count(*) AS n FROM mediation_sessions WHERE case_id = $1', [k.caseId]))[0].n);

  it('shows the week of free slots in Asia/Shanghai', async () => {
    const week = await t.http.get(`/api/mediators/${mediator.user.id}/slots`).set(k.applicant.auth).expect(200);
    expect(week.body).toMatchObject({ days: 7, slotMinutes: 60 });
    expect(week.body.slots.length).toBeGreaterThanOrEqual(6 * 8);
    const tomorrowTen = week.body.slots.find((s: { startsAt: string }) => s.startsAt === tomorrowAt(t, 10));
    expect(tomorrowTen).toMatchObject({ free: true });
  });

  it('books exactly one of two truly concurrent requests for the same slot; the other gets a clear 409', async () => {
    const slot = { startsAt: tomorrowAt(t, 10), durationMinutes: 60, mode: 'online' };
    const [a, b] = await Promise.all([book(k.applicant, slot), book(k.respondent, slot)]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const loser = a.status === 409 ? a : b;
    expect(loser.body).toMatchObject({ code: 'BOOKING_SLOT_TAKEN', message: '该时段已被预约，请选择其他时段' });
    const winner = a.status === 201 ? a : b;
    expect(winner.body).toMatchObject({ status: 'booked', statusLabel: '已预约', mode: 'online', startsAt: slot.startsAt });
    expect(await sessionRows()).toBe(1);
    const week = await t.http.get(`/api/mediators/${mediator.user.id}/slots`).set(k.applicant.auth).expect(200);
    expect(week.body.slots.find((s: { startsAt: string }) => s.startsAt === slot.startsAt).free).toBe(false);
    // An overlapping range of another case of the same mediator is refused by the database too.
    const other = await acceptedCase(t, c);
    await t.http.post(`/api/cases/${other.caseId}/assign`).set(c.clerk.auth).send({ mediatorId: mediator.user.id }).expect(200);
    const overlap = await book(other.applicant, { startsAt: tomorrowAt(t, 10, 30), durationMinutes: 60, mode: 'online' }, other.caseId).expect(409);
    expect(overlap.body.code).toBe('BOOKING_SLOT_TAKEN');
  });

  it('refuses bookings outside availability, in the past, without an office, or on a case you are not part of — writing nothing', async () => {
    const before = await sessionRows();
    expect((await book(k.applicant, { startsAt: tomorrowAt(t, 20), durationMinutes: 60, mode: 'online' }).expect(422)).body.code).toBe('BOOKING_OUTSIDE_AVAILABILITY');
    expect((await book(k.applicant, { startsAt: new Date(t.clock.now().getTime() - HOUR).toISOString(), durationMinutes: 60, mode: 'online' }).expect(422)).body.code).toBe('BOOKING_IN_PAST');
    expect((await book(k.applicant, { startsAt: tomorrowAt(t, 14), durationMinutes: 60, mode: 'in_person' }).expect(422)).body.code).toBe('BOOKING_OFFICE_INVALID');
    const stranger = await registerParty(t, '路人');
    expect((await book(stranger, { startsAt: tomorrowAt(t, 14), durationMinutes: 60, mode: 'online' }).expect(404)).body.code).toBe('CASE_NOT_FOUND');
    expect((await book(k.applicant, { startsAt: 'tomorrow', durationMinutes: 7, mode: 'video' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    await t.http.post(`/api/mediators/${mediator.user.id}/leave`).set(mediator.auth)
      .send({ startsAt: tomorrowAt(t, 15), endsAt: tomorrowAt(t, 17), reason: '外出培训' }).expect(201);
    expect((await book(k.applicant, { startsAt: tomorrowAt(t, 15), durationMinutes: 60, mode: 'online' }).expect(422)).body.code).toBe('BOOKING_OUTSIDE_AVAILABILITY');
    expect(await sessionRows()).toBe(before);
  });

  it('books in person at an office, reschedules and cancels with a reason recorded, with an .ics per session and the mediator’s feed', async () => {
    const booked = await book(k.respondent, { startsAt: tomorrowAt(t, 13), durationMinutes: 90, mode: 'in_person', officeId }).expect(201);
    expect(booked.body).toMatchObject({ mode: 'in_person', location: '合阳城街道调解室（合川区合阳大道1号3楼）' });
    const id = booked.body.id;
    const ics = await t.http.get(`/api/sessions/${id}/calendar.ics`).set(k.applicant.auth).buffer(true).parse((res, cb) => {
      let data = ''; res.on('data', (chunk: Buffer) => (data += chunk.toString())); res.on('end', () => cb(null, data));
    }).expect(200);
    expect(ics.headers['content-type']).toMatch(/^text\/calendar/);
    expect(ics.body).toContain('BEGIN:VEVENT');
    expect(ics.body).toContain('LOCATION:合阳城街道调解室（合川区合阳大道1号3楼）');

    const noReason = await t.http.post(`/api/sessions/${id}/reschedule`).set(k.applicant.auth).send({ startsAt: tomorrowAt(t, 11), durationMinutes: 60 }).expect(400);
    expect(noReason.body.code).toBe('VALIDATION_FAILED');
    const moved = await t.http.post(`/api/sessions/${id}/reschedule`).set(k.applicant.auth).send({ startsAt: tomorrowAt(t, 11), durationMinutes: 60, reason: '申请人上午有空' }).expect(200);
    expect(moved.body.startsAt).toBe(tomorrowAt(t, 11));
    const cancelled = await t.http.post(`/api/sessions/${id}/cancel`).set(mediator.auth).send({ reason: '当事人临时有事' }).expect(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelReason: '当事人临时有事' });
    const timeline = await t.http.get(`/api/cases/${k.caseId}/timeline`).set(k.applicant.auth).expect(200);
    expect(timeline.body.slice(-3).map((e: { type: string; note: string | null }) => [e.type, e.note])).toEqual([
      ['session_booked', expect.stringContaining('线下调解')], ['session_rescheduled', '申请人上午有空'], ['session_cancelled', '当事人临时有事'],
    ]);
    // The slot is free again.
    await book(k.applicant, { startsAt: tomorrowAt(t, 11), durationMinutes: 60, mode: 'online' }).expect(201);

    const profile = await t.http.get(`/api/mediators/${mediator.user.id}`).set(mediator.auth).expect(200);
    const feed = await t.http.get(profile.body.calendarFeedUrl).buffer(true).parse((res, cb) => {
      let data = ''; res.on('data', (chunk: Buffer) => (data += chunk.toString())); res.on('end', () => cb(null, data));
    }).expect(200);
    expect(feed.body).toContain('X-WR-CALNAME:王桂兰的调解日程');
    expect(feed.body.match(/BEGIN:VEVENT/g)?.length).toBeGreaterThanOrEqual(3);
    expect(feed.body).toContain('STATUS:CANCELLED');
    await t.http.get(`/api/calendar/${'0'.repeat(64)}.ics`).expect(404);
  });

  it('reminds everyone in the app before a booked session (durable jobs)', async () => {
    const reminders: { userIds: string[]; hoursBefore: number; mediatorName: string; mode: string }[] = [];
    t.events.on('session.reminder', (payload) => {
      reminders.push(payload);
    });
    t.clock.advance(DAY - 30 * 60_000); // half an hour before tomorrow's sessions
    await t.jobs.runDue();
    await new Promise((r) => setTimeout(r, 300));
    t.clock.advance(-(DAY - 30 * 60_000));
    expect(reminders.length).toBeGreaterThanOrEqual(1);
    expect(reminders[0].userIds).toEqual(expect.arrayContaining([mediator.user.id, k.applicant.user.id, k.respondent.user.id]));
    // What the SMS says (src/sessions/session-reminder-text.ts): when, online or where, and who mediates.
    expect(reminders[0]).toMatchObject({ mediatorName: '王桂兰', mode: expect.stringMatching(/^(online|in_person)$/) });
  });

  it('records an in-person session’s attendance and record afterwards; the case moves to 调解中 when it took place', async () => {
    const other = await acceptedCase(t, c);
    await t.http.post(`/api/cases/${other.caseId}/assign`).set(c.clerk.auth).send({ mediatorId: mediator.user.id }).expect(200);
    const booked = await book(other.applicant, { startsAt: tomorrowAt(t, 16), durationMinutes: 60, mode: 'in_person', officeId }, other.caseId);
    // 15:00–17:00 tomorrow is on leave (above): book the day after instead when needed.
    const id = booked.status === 201 ? booked.body.id
      : (await book(other.applicant, { startsAt: new Date(new Date(tomorrowAt(t, 9)).getTime() + DAY).toISOString(), durationMinutes: 60, mode: 'in_person', officeId }, other.caseId).expect(201)).body.id;
    const early = await t.http.post(`/api/sessions/${id}/attendance`).set(mediator.auth).send({ present: [], absent: [], record: '笔录' }).expect(409);
    expect(early.body.code).toBe('SESSION_NOT_YET_HELD');
    expect((await t.http.get(`/api/cases/${other.caseId}`).set(other.applicant.auth).expect(200)).body.status).toBe('mediator_assigned');
    t.clock.advance(3 * DAY);
    const held = await t.http.post(`/api/sessions/${id}/attendance`).set(mediator.auth).send({
      present: [{ name: '张三', side: 'applicant' }, { name: '李四', side: 'respondent' }], absent: [], record: '双方到场，陈述了借款经过。',
    }).expect(200);
    t.clock.advance(-3 * DAY);
    expect(held.body).toMatchObject({ status: 'ended', attendance: { present: [{ name: '张三' }, { name: '李四' }] } });
    const detail = await t.http.get(`/api/sessions/${id}`).set(other.respondent.auth).expect(200);
    expect(detail.body.record).toMatchObject({ version: 1, body: '双方到场，陈述了借款经过。' });
    expect((await t.http.get(`/api/cases/${other.caseId}`).set(other.applicant.auth).expect(200)).body.status).toBe('in_mediation');
  });

  it('opens the booked online session at its time; the case moves to 调解中 then', async () => {
    const fresh = await acceptedCase(t, c);
    const m2 = await mediatorWith(t, c.committee.id, '周调解员');
    await t.http.post(`/api/cases/${fresh.caseId}/assign`).set(c.clerk.auth).send({ mediatorId: m2.user.id }).expect(200);
    const booked = await book(fresh.applicant, { startsAt: tomorrowAt(t, 9), durationMinutes: 60, mode: 'online' }, fresh.caseId).expect(201);
    t.clock.set(new Date(new Date(tomorrowAt(t, 9)).getTime() - 10 * 60_000));
    const opened = await t.http.post(`/api/cases/${fresh.caseId}/sessions`).set(m2.auth).send({}).expect(201);
    t.clock.set(new Date());
    expect(opened.body).toMatchObject({ id: booked.body.id, status: 'scheduled', startsAt: tomorrowAt(t, 9) });
    expect((await t.http.get(`/api/cases/${fresh.caseId}`).set(fresh.applicant.auth).expect(200)).body.status).toBe('in_mediation');
  });

  it('runs the mediation clock: extended only when every party consents; an overrun shows on the committee desk', async () => {
    const clock = await t.http.get(`/api/cases/${k.caseId}/mediation-clock`).set(k.applicant.auth).expect(200);
    expect(clock.body).toMatchObject({ daysLeft: 30, overrun: false, mayRequestExtension: false, extensions: [] });
    const asked = await t.http.post(`/api/cases/${k.caseId}/mediation-extensions`).set(mediator.auth).send({ days: 15, reason: '等待鉴定结果' }).expect(201);
    const extensionId = asked.body.extensions[0].id;
    expect(asked.body.extensions[0]).toMatchObject({ status: 'pending', waitingFor: expect.arrayContaining(['张三', '李四']) });
    await t.http.post(`/api/cases/${k.caseId}/mediation-extensions/${extensionId}/answer`).set(mediator.auth).send({ agree: true }).expect(403);
    await t.http.post(`/api/cases/${k.caseId}/mediation-extensions/${extensionId}/answer`).set(k.applicant.auth).send({ agree: true }).expect(200);
    t.clock.advance(31 * DAY);
    const desk = await t.http.get('/api/mediation-clock/overruns').set(c.clerk.auth).expect(200);
    expect(desk.body.map((o: { caseId: string }) => o.caseId)).toContain(k.caseId);
    const agreed = await t.http.post(`/api/cases/${k.caseId}/mediation-extensions/${extensionId}/answer`).set(k.respondent.auth).send({ agree: true }).expect(200);
    expect(agreed.body).toMatchObject({ overrun: false, extensions: [{ status: 'agreed' }] });
    const deskAfter = await t.http.get('/api/mediation-clock/overruns').set(c.clerk.auth).expect(200);
    expect(deskAfter.body.map((o: { caseId: string }) => o.caseId)).not.toContain(k.caseId);
    t.clock.set(new Date());
  });

  it('lets the mediator ask the court; court staff read the case read-only and answer in the thread', async () => {
    const judge = await staff(t, 'court_staff', c.court.id, '陈法官');
    await t.http.get(`/api/cases/${k.caseId}`).set(judge.auth).expect(404);
    await t.http.post(`/api/cases/${k.caseId}/court-guidance`).set(k.applicant.auth).send({ body: '我也想问' }).expect(403);
    const asked = await t.http.post(`/api/cases/${k.caseId}/court-guidance`).set(mediator.auth).send({ body: '借条利息约定不明，如何认定？' }).expect(201);
    expect(asked.body).toMatchObject({ courtId: c.court.id, mayAsk: true, messages: [{ authorName: '王桂兰', body: '借条利息约定不明，如何认定？' }] });
    const seen = await t.http.get(`/api/cases/${k.caseId}`).set(judge.auth).expect(200);
    expect(seen.body.allowedActions).toEqual([]);
    const cases = await t.http.get('/api/cases').set(judge.auth).expect(200);
    expect(cases.body.items.map((i: { id: string }) => i.id)).toContain(k.caseId);
    await t.http.post(`/api/cases/${k.caseId}/evidence`).set(judge.auth).attach('file', Buffer.from('%PDF-1.4\n'), 'a.pdf').expect(403);
    const answered = await t.http.post(`/api/cases/${k.caseId}/court-guidance`).set(judge.auth).send({ body: '视为没有约定利息（民间借贷规定第24条）。' }).expect(201);
    expect(answered.body.messages.map((m: { authorRole: string }) => m.authorRole)).toEqual(['mediator', 'court_staff']);
    const otherCourt = await createOrganization(t.dataSource, 'court');
    const stranger = await staff(t, 'court_staff', otherCourt.id, '别的法官');
    await t.http.get(`/api/cases/${k.caseId}/court-guidance`).set(stranger.auth).expect(404);
    const timeline = await t.http.get(`/api/cases/${k.caseId}/timeline`).set(k.applicant.auth).expect(200);
    expect(timeline.body.slice(-2).map((e: { type: string }) => e.type)).toEqual(['court_guidance_asked', 'court_guidance_answered']);
  });
});
