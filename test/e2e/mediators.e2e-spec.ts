import { createOrganization, registerParty, staff } from '../factories/factories';
import { TestApp, startTestApp } from '../support/test-app';
import { AcceptedCase, Committee, acceptedCase, committeeWithCourt, mediatorWith } from './mediators.helpers';

const DAY = 86_400_000;

describe('mediators: directory, explained ranking, both sides choose, 回避 (e2e)', () => {
  let t: TestApp;
  let c: Committee;

  beforeAll(async () => {
    t = await startTestApp();
    c = await committeeWithCourt(t);
  });
  afterAll(() => t.close());

  describe('the directory', () => {
    it('shows parties a paginated, filterable directory with figures computed from cases', async () => {
      const m = await mediatorWith(t, c.committee.id, '罗渝川', { specialties: ['邻里纠纷'], languages: ['普通话', '重庆话'], yearsOfExperience: 12, introduction: '社区调解十二年', offices: [{ name: '合阳城调解室', address: '合川区合阳大道1号' }] });
      const party = await registerParty(t, '路人甲');
      const page = await t.http.get('/api/mediators').query({ organizationId: c.committee.id, language: '重庆话', category: '邻里纠纷', pageSize: 5 }).set(party.auth).expect(200);
      expect(page.body).toMatchObject({ total: 1, page: 1, pageSize: 5 });
      expect(page.body.items[0]).toMatchObject({
        id: m.user.id, name: '罗渝川', affiliation: 'committee', affiliationLabel: '人民调解委员会', yearsOfExperience: 12,
        offices: [{ name: '合阳城调解室' }], figures: { casesHandled: 0, settlementRate: null, openCaseload: 0, satisfaction: null },
      });
      expect(page.body.items[0]).not.toHaveProperty('phone');
      const none = await t.http.get('/api/mediators').query({ organizationId: c.committee.id, language: '粤语' }).set(party.auth).expect(200);
      expect(none.body.total).toBe(0);
      const bad = await t.http.get('/api/mediators').query({ category: '星际纠纷' }).set(party.auth).expect(400);
      expect(bad.body.code).toBe('VALIDATION_FAILED');
    });

    it('lets a mediator edit only his own profile, and only an admin make him court-invited', async () => {
      const a = await staff(t, 'mediator', c.committee.id, '甲调解员');
      const b = await staff(t, 'mediator', c.committee.id, '乙调解员');
      const other = await t.http.patch(`/api/mediators/${b.user.id}`).set(a.auth).send({ introduction: '改别人的' }).expect(403);
      expect(other.body.code).toBe('MEDIATOR_PROFILE_FORBIDDEN');
      await t.http.patch(`/api/mediators/${a.user.id}`).set(a.auth).send({ affiliation: 'court_invited', invitedByCourtId: c.court.id }).expect(403);
      const admin = await staff(t, 'admin', null, '管理员');
      const made = await t.http.patch(`/api/mediators/${a.user.id}`).set(admin.auth).send({ affiliation: 'court_invited', invitedByCourtId: c.court.id }).expect(200);
      expect(made.body).toMatchObject({ affiliation: 'court_invited', affiliationLabel: '法院特邀调解员', calendarFeedUrl: null });
      const own = await t.http.get(`/api/mediators/${a.user.id}`).set(a.auth).expect(200);
      expect(own.body.calendarFeedUrl).toMatch(/^\/api\/calendar\/[0-9a-f]{64}\.ics$/);
    });

    it('takes an optional PNG/JPEG photo from the mediator, served publicly for the directory; anything else is refused', async () => {
      const m = await staff(t, 'mediator', c.committee.id, '有照片');
      const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6360000002000100' + 'ffff03000006000557bfabd40000000049454e44ae426082', 'hex');
      const bad = await t.http.put(`/api/mediators/${m.user.id}/photo`).set(m.auth).send({ dataUrl: `data:image/png;base64,${Buffer.from('not a png').toString('base64')}` }).expect(422);
      expect(bad.body.code).toBe('PHOTO_INVALID');
      const set = await t.http.put(`/api/mediators/${m.user.id}/photo`).set(m.auth).send({ dataUrl: `data:image/png;base64,${png.toString('base64')}` }).expect(200);
      expect(set.body.photoUrl).toBe(`/api/mediators/${m.user.id}/photo`);
      const served = await t.http.get(set.body.photoUrl).expect(200);
      expect(served.headers['content-type']).toBe('image/png');
    });

    it('refuses weekly hours that overlap or end before they start, writing nothing', async () => {
      const m = await mediatorWith(t, c.committee.id, '丙调解员');
      const bad = await t.http.put(`/api/mediators/${m.user.id}/availability`).set(m.auth)
        .send({ weeklyHours: [{ weekday: 1, start: '09:00', end: '12:00' }, { weekday: 1, start: '11:00', end: '13:00' }] }).expect(422);
      expect(bad.body.code).toBe('AVAILABILITY_INVALID');
      const profile = await t.http.get(`/api/mediators/${m.user.id}`).set(m.auth).expect(200);
      expect(profile.body.weeklyHours).toHaveLength(7);
    });
  });

  describe('ranking and choosing', () => {
    let k: AcceptedCase;
    let expert: Awaited<ReturnType<typeof mediatorWith>>;
    let generalist: Awaited<ReturnType<typeof mediatorWith>>;
    let related: Awaited<ReturnType<typeof mediatorWith>>;

    beforeAll(async () => {
      const fresh = await committeeWithCourt(t);
      c = fresh;
      k = await acceptedCase(t, c);
      expert = await mediatorWith(t, c.committee.id, '借贷专家', { specialties: ['民间借贷'] });
      generalist = await mediatorWith(t, c.committee.id, '综合调解员', { specialties: ['婚姻家庭'] });
      related = await mediatorWith(t, c.committee.id, '表哥', { specialties: ['民间借贷'], declaredConflicts: [k.respondent.user.phone] });
    });

    it('ranks the candidates with the reasons, leaving out a mediator related to a party', async () => {
      const ranking = await t.http.get(`/api/cases/${k.caseId}/mediator-ranking`).set(k.applicant.auth).expect(200);
      const names = ranking.body.ranked.map((r: { mediator: { name: string } }) => r.mediator.name);
      expect(names[0]).toBe('借贷专家');
      expect(names).not.toContain('表哥');
      expect(ranking.body).toMatchObject({ category: '民间借贷', languages: ['普通话'], excludedCount: 1, excluded: [] });
      expect(ranking.body.ranked[0].factors.map((f: { key: string }) => f.key)).toEqual(['specialty', 'language', 'caseload', 'availability', 'settlement']);
      expect(ranking.body.ranked[0].factors[0]).toMatchObject({ weight: 0.3, score: 1, detail: '擅长民间借贷' });
      const forCommittee = await t.http.get(`/api/cases/${k.caseId}/mediator-ranking`).set(c.clerk.auth).expect(200);
      expect(forCommittee.body.excluded).toEqual([{ mediatorId: related.user.id, name: '表哥', reason: '与当事人存在利害关系（已申报）' }]);
    });

    it('refuses a mediator of another committee or one with a conflict, writing nothing', async () => {
      const elsewhere = await createOrganization(t.dataSource, 'committee');
      const outsider = await staff(t, 'mediator', elsewhere.id, '外会调解员');
      const res = await t.http.post(`/api/cases/${k.caseId}/mediator-proposals`).set(k.applicant.auth).send({ mediatorId: outsider.user.id }).expect(422);
      expect(res.body.code).toBe('MEDIATOR_NOT_CANDIDATE');
      const conflict = await t.http.post(`/api/cases/${k.caseId}/mediator-proposals`).set(k.applicant.auth).send({ mediatorId: related.user.id }).expect(422);
      expect(conflict.body.code).toBe('MEDIATOR_CONFLICT_OF_INTEREST');
      const choice = await t.http.get(`/api/cases/${k.caseId}/mediator-choice`).set(k.applicant.auth).expect(200);
      expect(choice.body.proposals).toEqual([]);
    });

    it('offers the case to the mediator both sides chose; he accepts and the timeline shows every step', async () => {
      const first = await t.http.post(`/api/cases/${k.caseId}/mediator-proposals`).set(k.applicant.auth).send({ mediatorId: expert.user.id }).expect(200);
      expect(first.body).toMatchObject({ chooser: 'parties', offeredMediator: null, mayPropose: true });
      expect(new Date(first.body.dueAt).getTime() - t.clock.now().getTime()).toBeGreaterThan(2.9 * DAY);
      await t.http.post(`/api/cases/${k.caseId}/mediator-proposals`).set(k.respondent.auth).send({ mediatorId: generalist.user.id }).expect(200);
      const agreed = await t.http.post(`/api/cases/${k.caseId}/mediator-proposals`).set(k.respondent.auth).send({ mediatorId: expert.user.id }).expect(200);
      expect(agreed.body).toMatchObject({ offeredMediator: { id: expert.user.id, name: '借贷专家' }, mayPropose: false });
      const again = await t.http.post(`/api/cases/${k.caseId}/mediator-proposals`).set(k.applicant.auth).send({ mediatorId: generalist.user.id }).expect(409);
      expect(again.body.code).toBe('MEDIATOR_OFFER_PENDING');

      // Another mediator cannot answer for him; he sees the case he is offered.
      await t.http.post(`/api/cases/${k.caseId}/mediator-offer/accept`).set(generalist.auth).expect(403);
      const queue = await t.http.get('/api/mediators/me/queue').set(expert.auth).expect(200);
      expect(queue.body.offered.map((o: { caseId: string }) => o.caseId)).toEqual([k.caseId]);
      const accepted = await t.http.post(`/api/cases/${k.caseId}/mediator-offer/accept`).set(expert.auth).expect(200);
      expect(accepted.body).toMatchObject({ mediator: { id: expert.user.id }, offeredMediator: null });
      const theCase = await t.http.get(`/api/cases/${k.caseId}`).set(k.applicant.auth).expect(200);
      expect(theCase.body.status).toBe('mediator_assigned');
      const timeline = await t.http.get(`/api/cases/${k.caseId}/timeline`).set(k.respondent.auth).expect(200);
      expect(timeline.body.map((e: { type: string }) => e.type).slice(-5)).toEqual([
        'mediator_proposed', 'mediator_proposed', 'mediator_proposed', 'mediator_agreed', 'accept_assignment',
      ]);
    });

    it('lets a party ask for the mediator to be replaced (回避); the committee grants and the choosing starts again', async () => {
      const forbidden = await t.http.post(`/api/cases/${k.caseId}/mediator-replacements`).set(expert.auth).send({ reason: 'x' }).expect(403);
      expect(forbidden.body.code).toBe('CASE_ACTION_FORBIDDEN');
      await t.http.post(`/api/cases/${k.caseId}/mediator-replacements`).set(k.respondent.auth).send({ reason: '调解员与申请人是同学' }).expect(201);
      const twice = await t.http.post(`/api/cases/${k.caseId}/mediator-replacements`).set(k.applicant.auth).send({ reason: '再申请' }).expect(409);
      expect(twice.body.code).toBe('MEDIATOR_REPLACEMENT_PENDING');
      const choice = await t.http.get(`/api/cases/${k.caseId}/mediator-choice`).set(c.clerk.auth).expect(200);
      expect(choice.body).toMatchObject({ mayDecideReplacement: true, replacements: [{ status: 'pending', reason: '调解员与申请人是同学', requestedByName: '李四' }] });
      const decided = await t.http.post(`/api/cases/${k.caseId}/mediator-replacements/${choice.body.replacements[0].id}/decision`)
        .set(c.clerk.auth).send({ grant: true, note: '同意回避' }).expect(200);
      expect(decided.body).toMatchObject({ mediator: null, chooser: 'parties', proposals: [], replacements: [{ status: 'granted', statusLabel: '已同意更换' }] });
      const theCase = await t.http.get(`/api/cases/${k.caseId}`).set(k.applicant.auth).expect(200);
      expect(theCase.body.status).toBe('accepted');
      // The replaced mediator no longer sees the case.
      await t.http.get(`/api/cases/${k.caseId}/mediator-choice`).set(expert.auth).expect(200); // same committee: still a colleague
    });

    it('hands the choice to the committee when the parties do not agree within 3 days (a durable job)', async () => {
      const late = await acceptedCase(t, c);
      await t.http.post(`/api/cases/${late.caseId}/mediator-proposals`).set(late.applicant.auth).send({ mediatorId: expert.user.id }).expect(200);
      t.clock.advance(3 * DAY + 60_000);
      await t.jobs.runDue();
      const choice = await t.http.get(`/api/cases/${late.caseId}/mediator-choice`).set(late.applicant.auth).expect(200);
      expect(choice.body).toMatchObject({ chooser: 'committee', mayPropose: false, dueAt: null });
      const closed = await t.http.post(`/api/cases/${late.caseId}/mediator-proposals`).set(late.respondent.auth).send({ mediatorId: expert.user.id }).expect(409);
      expect(closed.body.code).toBe('MEDIATOR_CHOICE_CLOSED');
      const timeline = await t.http.get(`/api/cases/${late.caseId}/timeline`).set(late.applicant.auth).expect(200);
      expect(timeline.body.at(-1)).toMatchObject({ type: 'mediator_choice_lapsed', label: '双方未在期限内选定调解员，由调委会指派' });
      await t.http.post(`/api/cases/${late.caseId}/assign`).set(c.clerk.auth).send({ mediatorId: generalist.user.id }).expect(200);
    });

    it('refuses to replace a mediator after the outcome', async () => {
      const done = await acceptedCase(t, c);
      await t.http.post(`/api/cases/${done.caseId}/assign`).set(c.clerk.auth).send({ mediatorId: generalist.user.id }).expect(200);
      await t.http.post(`/api/cases/${done.caseId}/start-mediation`).set(generalist.auth).send({}).expect(200);
      await t.http.post(`/api/cases/${done.caseId}/close`).set(generalist.auth).send({ outcome: 'failed', note: '分歧太大' }).expect(200);
      const late = await t.http.post(`/api/cases/${done.caseId}/mediator-replacements`).set(done.applicant.auth).send({ reason: '不满意' }).expect(409);
      expect(late.body.code).toBe('CASE_STATE_CONFLICT');
      const rows = await t.dataSource.query('SELECT 1 FROM mediator_replacements WHERE case_id = $1', [done.caseId]);
      expect(rows).toHaveLength(0);
    });
  });
});
