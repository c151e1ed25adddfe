import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { AuditSealer } from '../../src/audit/audit-sealer';
import { Session, createOrganization, lendingCase, registerParty, staff, uniquePhone } from '../factories/factories';
import { TestApp, startTestApp } from '../support/test-app';

// The audit log you can check (src/audit): append-only, views of personal data logged, sealed after commit into a
// hash chain; the admin filters and exports it; `npm run audit:verify` names the first broken record.

const run = promisify(execFile);

describe('audit chain (e2e)', () => {
  let t: TestApp;
  let admin: Session;
  let applicant: Session;
  let caseId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const committeeId = (await createOrganization(t.dataSource, 'committee')).id;
    admin = await staff(t, 'admin', null, '管理员');
    applicant = await registerParty(t, '张三');
    caseId = (await t.http.post('/api/cases').set(applicant.auth).send(lendingCase(uniquePhone(), { committeeId })).expect(201)).body.id;
  });
  afterAll(() => t.close());

  it('logs who viewed personal data, and refuses to change or delete a record', async () => {
    await t.http.get(`/api/cases/${caseId}`).set(applicant.auth).expect(200);
    const page = await t.http.get(`/api/admin/audit?entity=personal_data&entityId=${caseId}`).set(admin.auth).expect(200);
    expect(page.body.items).toEqual([expect.objectContaining({ action: 'case.viewed', actorId: applicant.user.id, actorName: '张三', ip: expect.any(String) })]);
    await expect(t.dataSource.query(`UPDATE audit_log SET action = 'x' WHERE entity_id = $1`, [caseId])).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`DELETE FROM audit_log WHERE entity_id = $1`, [caseId])).rejects.toThrow(/append-only/);
    await t.http.get('/api/admin/audit').set(applicant.auth).expect(403);
  });

  it('seals committed records into a chain the check accepts, and the export lists them', async () => {
    const sealer = t.app.get(AuditSealer);
    expect(await sealer.seal()).toBeGreaterThan(0);
    await t.http.get(`/api/cases/${caseId}`).set(applicant.auth).expect(200); // a later record: the next batch
    expect(await sealer.seal()).toBeGreaterThan(0);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_seals`);
    expect(n).toBeGreaterThanOrEqual(2);
    expect((await t.http.post('/api/admin/audit/verify').set(admin.auth).expect(200)).body).toMatchObject({ ok: true, firstBreak: null });
    const csv = await t.http.get(`/api/admin/audit/export?entityId=${caseId}`).set(admin.auth).expect(200);
    expect(csv.text).toContain('"case.filed"');
    expect(csv.text).toContain('"是"');
  });

  it('names the first broken record when a row is edited in the database behind the app', async () => {
    const [victim] = await t.dataSource.query(`SELECT id::text FROM audit_log WHERE entity = 'case' AND entity_id = $1 AND action = 'case.filed'`, [caseId]);
    const superuser = new Client({ connectionString: t.databaseUrl });
    await superuser.connect();
    try {
      // what an intruder with the database password could do: switch the triggers off and edit
      await superuser.query(`SET session_replication_role = replica`);
      await superuser.query(`UPDATE audit_log SET data = '{"toStatus":"withdrawn"}' WHERE id = $1`, [victim.id]);
    } finally {
      await superuser.end();
    }
    const check = (await t.http.post('/api/admin/audit/verify').set(admin.auth).expect(200)).body;
    expect(check).toMatchObject({ ok: false, recordId: victim.id, firstBreak: expect.stringContaining(`审计记录 #${victim.id}`) });

    const cli = await run(process.execPath, ['-r', path.join(__dirname, '../support/swc-register.js'), path.join(__dirname, '../../src/cli/audit-verify.ts')], {
      env: { ...process.env, DATABASE_URL: t.databaseUrl, DATA_DIR: t.config.dataDir, NODE_ENV: 'test' },
    }).then(() => ({ code: 0, stderr: '' }), (error: { code: number; stderr: string }) => error);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain(`审计记录 #${victim.id}`);
    expect(cli.stderr).toContain('内容被修改');
  }, 60_000);
});
