import { randomBytes } from 'node:crypto';
import type { LiveCaseChanged, LiveHello, LiveMessage } from '../../src/api-contract';
import { Organization } from '../../src/organizations/entities/organization.entity';
import { Session, acceptInvitation, createOrganization, lendingCase, registerParty, staff } from '../factories/factories';
import { LiveStreamClient, openLiveStream } from '../support/live-stream';
import { TestApp, startTestApp } from '../support/test-app';

const hello = (m: LiveMessage): m is LiveHello => m.type === 'hello';
const changed = (caseId: string, reason: string) => (m: LiveMessage): m is LiveCaseChanged =>
  m.type === 'case.changed' && m.caseId === caseId && m.reason === reason;

// The live stream (GET /api/live): each user hears, without reloading, about the cases he may read — also when the
// change was made through another portal process — and about nothing else.
describe('the live stream (e2e)', () => {
  let a: TestApp;
  let b: TestApp;
  let committee: Organization;
  let applicant: Session;
  let respondent: Session;
  let stranger: Session;
  let mediator: Session;
  const streams: LiveStreamClient[] = [];

  beforeAll(async () => {
    // Two portal processes share their secrets (as real ones do) and their database.
    const secrets = { JWT_SECRET: randomBytes(32).toString('base64url'), DATA_KEY: randomBytes(32).toString('base64url') };
    a = await startTestApp(secrets);
    b = await startTestApp(secrets, { databaseUrl: a.databaseUrl });
    committee = await createOrganization(a.dataSource, 'committee');
    applicant = await registerParty(a, '张三');
    respondent = await registerParty(a, '李四');
    stranger = await registerParty(a, '王五');
    mediator = await staff(a, 'mediator', committee.id, '王桂兰');
  });
  afterAll(async () => {
    streams.forEach((s) => s.close());
    await b.close();
    await a.close();
  });

  const open = async (t: TestApp, who: Session) => {
    const stream = await openLiveStream(t.app, who.token);
    streams.push(stream);
    await stream.next(hello, 'the hello');
    return stream;
  };

  it('needs a valid access token', async () => {
    await a.http.get('/api/live').expect(401);
  });

  it('tells the applicant on process A that the respondent agreed through process B, and the committee that it may accept', async () => {
    const applicantStream = await open(a, applicant);
    const mediatorStream = await open(a, mediator);
    const strangerStream = await open(a, stranger);
    expect(applicantStream.messages[0]).toMatchObject({ type: 'hello', userId: applicant.user.id });

    const filed = await b.http.post('/api/cases').set(applicant.auth)
      .send(lendingCase(respondent.user.phone, { committeeId: committee.id })).expect(201);
    const caseId = filed.body.id as string;
    await mediatorStream.next(changed(caseId, 'case.filed'), 'the committee to hear of the filing');

    const invitation = await b.http.post(`/api/cases/${caseId}/invitations`).set(applicant.auth).send({}).expect(201);
    // The invitation really goes to the respondent's phone (development outbox here), with the link.
    expect(invitation.body).toMatchObject({ sms: 'queued', smsTo: `${respondent.user.phone.slice(0, 3)}****${respondent.user.phone.slice(-4)}` });
    await b.jobs.runDue();
    const outbox = await a.http.get('/api/dev/outbox').query({ phone: respondent.user.phone }).expect(200);
    expect(outbox.body.items).toContainEqual(expect.objectContaining({
      purpose: 'notice:invitation', text: expect.stringMatching(new RegExp(`张三申请与您调解一宗民间借贷纠纷，请在14日内打开 https?://\\S+/invitations/${invitation.body.code} `)),
    }));
    await acceptInvitation(b, respondent, invitation.body.code);
    const agreed = await applicantStream.next(changed(caseId, 'invitation.answered'), 'the applicant to hear of the consent');
    expect(agreed).toMatchObject({ summary: '被申请人已同意调解', actorId: respondent.user.id });
    await mediatorStream.next(changed(caseId, 'invitation.answered'), 'the committee to hear of the consent');

    await b.http.post(`/api/cases/${caseId}/accept`).set(mediator.auth).send({}).expect(200);
    const accepted = await applicantStream.next(changed(caseId, 'case.transitioned'), 'the applicant to hear of the acceptance');
    expect(accepted).toMatchObject({ action: 'accept', summary: '调委会受理' });

    // The stranger heard nothing about a case that is not his.
    expect(strangerStream.messages.filter((m) => m.type === 'case.changed')).toEqual([]);
  });

  it('reaches a user through every stream he has open (LiveService.sendToUser, for other features)', async () => {
    const first = await open(a, stranger);
    const second = await open(b, stranger);
    const { LiveService } = await import('../../src/live/live.service');
    for (const t of [a, b]) t.app.get(LiveService).sendToUser(stranger.user.id, { type: 'hello', userId: stranger.user.id, expiresAt: 'x' });
    await first.next((m): m is LiveHello => m.type === 'hello' && m.expiresAt === 'x', 'the pushed message');
    await second.next((m): m is LiveHello => m.type === 'hello' && m.expiresAt === 'x', 'the pushed message');
  });
});
