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

export async function registerParty(t: TestApp, name = '张三'): Promise<Session> {
  const phone = uniquePhone();
  const res = await t.http.post('/api/auth/register').send({ phone, password: PASSWORD, name }).expect(201);
  return toSession(res.body);
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
