import { randomInt } from 'node:crypto';
import { DataSource } from 'typeorm';
import { hashPassword } from '../../src/auth/password';
import { Organization } from '../../src/organizations/entities/organization.entity';
import { Role, User } from '../../src/users/entities/user.entity';
import type { TestApp } from '../support/test-app';

export const PASSWORD = 'Passw0rd2026';
let hashed: Promise<string> | undefined;

/** A mobile number no other test uses (the test database is shared by the run). */
export function uniquePhone(): string {
  return `1${randomInt(3, 10)}${String(randomInt(0, 1e9)).padStart(9, '0')}`;
}

export interface Session {
  token: string;
  refreshToken: string;
  user: { id: string; phone: string; name: string; role: Role };
  auth: { Authorization: string };
}

export type CodePurpose = 'register' | 'invitation' | 'reset' | 'unlock';

/** Asks for a code as a person would, and reads it where a developer would: the outbox behind /dev/outbox. */
export async function phoneCode(t: TestApp, phone: string, purpose: CodePurpose): Promise<string> {
  await t.http.post('/api/auth/phone-codes').send({ phone, purpose }).expect(202);
  return latestCode(t, phone, purpose);
}

/** Moves a phone's resend window to its end, as if the minute between two codes had passed. */
export async function letAMinutePass(t: TestApp, phone: string, purpose: CodePurpose): Promise<void> {
  await t.dataSource.query(`UPDATE throttle_counters SET expires_at = now() WHERE key = $1`, [`code:resend:${phone}:${purpose}`]);
}

/** The newest code the development outbox holds for a phone and purpose. */
export async function latestCode(t: TestApp, phone: string, purpose: CodePurpose): Promise<string> {
  const res = await t.http.get('/api/dev/outbox').query({ phone }).expect(200);
  const item = (res.body.items as { purpose: string; code: string }[]).find((i) => i.purpose === purpose);
  if (!item) throw new Error(`no ${purpose} code in the outbox for ${phone}`);
  return item.code;
}

export async function registerParty(t: TestApp, name = '张三', phone = uniquePhone()): Promise<Session> {
  const code = await phoneCode(t, phone, 'register');
  const res = await t.http.post('/api/auth/register').send({ phone, code, password: PASSWORD, name }).expect(201);
  return toSession(res.body);
}

/** The respondent agrees to mediate, with a code sent to the invited phone. */
export async function acceptInvitation(t: TestApp, respondent: Session, invitationCode: string) {
  const code = await phoneCode(t, respondent.user.phone, 'invitation');
  return t.http.post(`/api/invitations/${invitationCode}/accept`).set(respondent.auth).send({ code }).expect(200);
}

export async function login(t: TestApp, phone: string, password = PASSWORD): Promise<Session> {
  const res = await t.http.post('/api/auth/login').send({ phone, password }).expect(200);
  return toSession(res.body);
}

function toSession(body: { accessToken: string; refreshToken: string; user: Session['user'] }): Session {
  return { token: body.accessToken, refreshToken: body.refreshToken, user: body.user, auth: { Authorization: `Bearer ${body.accessToken}` } };
}

export async function createOrganization(dataSource: DataSource, kind: 'committee' | 'court', name?: string): Promise<Organization> {
  const suffix = randomInt(1e9).toString(36);
  const org = dataSource.getRepository(Organization).create({
    kind, name: name ?? `${kind === 'committee' ? '测试调委会' : '测试法院'}-${suffix}`,
    seriesCode: kind === 'committee' ? `测${suffix}调字` : '渝0117', region: '重庆市合川区',
  });
  return dataSource.getRepository(Organization).save(org);
}

/** A staff account made directly (as an admin would), then logged in through the API. */
export async function staff(t: TestApp, role: Role, organizationId: string | null, name = '王调解'): Promise<Session> {
  const phone = uniquePhone();
  await t.dataSource.getRepository(User).insert({ phone, name, role, organizationId, passwordHash: await (hashed ??= hashPassword(PASSWORD)) });
  return login(t, phone);
}

export function lendingCase(respondentPhone: string, overrides: Record<string, unknown> = {}) {
  return {
    category: '民间借贷',
    facts: '2025年3月被申请人向申请人借款30万元，约定一年内归还，到期未还。',
    claims: '请求被申请人归还借款人民币30万元。',
    claimAmountFen: 30_000_000,
    disputeDate: '2025-03-01',
    respondents: [{ type: 'person', name: '李四', phone: respondentPhone, idNumber: '11010519491231002X' }],
    ...overrides,
  };
}
