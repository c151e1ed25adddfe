import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import path from 'node:path';
import { Organization } from '../../src/organizations/entities/organization.entity';
import { Session, createOrganization, lendingCase, registerParty, staff } from '../factories/factories';
import { S3Server, startS3Server } from '../support/s3-server';
import { TestApp, startTestApp } from '../support/test-app';

// The same flows on both stores: the upload folder (default) and an S3-compatible bucket (s3rver, a real S3 API).
describe.each(['local', 's3'] as const)('evidence files on %s storage (e2e)', (backend) => {
  let t: TestApp;
  let s3: S3Server | undefined;
  let committee: Organization;
  let applicant: Session;
  let caseId: string;

  beforeAll(async () => {
    if (backend === 's3') s3 = await startS3Server();
    t = await startTestApp({ UPLOAD_MAX_BYTES: String(64 * 1024), ...s3?.env });
    committee = await createOrganization(t.dataSource, 'committee');
    applicant = await registerParty(t, '张三');
    const res = await t.http.post('/api/cases').set(applicant.auth).send(lendingCase('13911112222', { committeeId: committee.id })).expect(201);
    caseId = res.body.id;
  });
  afterAll(async () => {
    await t.close();
    await s3?.stop();
  });

  /** Everything stored: files under the upload folder, and the bucket's objects. */
  const stored = async () => [...filesUnder(t.config.uploadDir), ...((await s3?.keys()) ?? [])];
  const storedBytes = (key: string) => (s3 ? s3.read(key) : Promise.resolve(readFileSync(path.join(t.config.uploadDir, key))));

  const pdf = Buffer.from('%PDF-1.4\n借条：今借到人民币叁拾万元整。\n%%EOF\n');

  it('stores an upload with its SHA-256, shows it on the case and serves it back byte for byte', async () => {
    const up = await t.http.post(`/api/cases/${caseId}/evidence`).set(applicant.auth)
      .field('description', '借条原件扫描').attach('file', pdf, { filename: '借条.pdf', contentType: 'application/pdf' }).expect(201);
    expect(up.body).toMatchObject({ fileName: '借条.pdf', mimeType: 'application/pdf', sizeBytes: pdf.length, description: '借条原件扫描', uploadedByName: '张三' });
    expect(up.body.sha256).toBe(createHash('sha256').update(pdf).digest('hex'));

    const detail = await t.http.get(`/api/cases/${caseId}`).set(applicant.auth).expect(200);
    expect(detail.body.evidence.map((e: { id: string }) => e.id)).toContain(up.body.id);

    const down = await t.http.get(`/api/cases/${caseId}/evidence/${up.body.id}/download`).set(applicant.auth)
      .buffer(true).parse((res, cb) => { const chunks: Buffer[] = []; res.on('data', (c: Buffer) => chunks.push(c)); res.on('end', () => cb(null, Buffer.concat(chunks))); })
      .expect(200);
    expect(Buffer.compare(down.body, pdf)).toBe(0);
    expect(down.headers['content-disposition']).toContain("filename*=UTF-8''%E5%80%9F%E6%9D%A1.pdf");
    const timeline = await t.http.get(`/api/cases/${caseId}/timeline`).set(applicant.auth).expect(200);
    expect(timeline.body.at(-1)).toMatchObject({ type: 'evidence_added', label: '提交证据材料' });
  });

  it('refuses a disallowed type and an oversized file, storing nothing', async () => {
    const count = async () => Number((await t.dataSource.query('SELECT count(*) FROM evidence WHERE case_id = $1', [caseId]))[0].count);
    const before = await count();
    const exe = await t.http.post(`/api/cases/${caseId}/evidence`).set(applicant.auth).attach('file', Buffer.from('MZ'), 'tool.exe').expect(415);
    expect(exe.body.code).toBe('FILE_TYPE_NOT_ALLOWED');
    const big = await t.http.post(`/api/cases/${caseId}/evidence`).set(applicant.auth)
      .attach('file', Buffer.concat([pdf, Buffer.alloc(65 * 1024, 0x20)]), { filename: 'big.pdf', contentType: 'application/pdf' }).expect(413);
    expect(big.body).toMatchObject({ code: 'FILE_TOO_LARGE' });
    const none = await t.http.post(`/api/cases/${caseId}/evidence`).set(applicant.auth).field('description', 'x').expect(400);
    expect(none.body.code).toBe('FILE_REQUIRED');
    expect(await count()).toBe(before);
    expect(filesUnder(path.join(t.config.uploadDir, '.incoming'))).toEqual([]); // the cut-off big one was removed
  });

  it('refuses a PNG named .pdf with a clear 415, writing nothing', async () => {
    const before = await stored();
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2048, 7)]);
    const res = await t.http.post(`/api/cases/${caseId}/evidence`).set(applicant.auth)
      .attach('file', png, { filename: '借条.pdf', contentType: 'application/pdf' }).expect(415);
    expect(res.body).toEqual({
      statusCode: 415, code: 'FILE_CONTENT_MISMATCH',
      message: '文件内容与扩展名不符：扩展名为 .pdf，内容是PNG 图片。请上传原始文件，不要修改扩展名',
    });
    const english = await t.http.post(`/api/cases/${caseId}/evidence`).set(applicant.auth).set('Accept-Language', 'en')
      .attach('file', png, { filename: 'iou.pdf', contentType: 'application/pdf' }).expect(415);
    expect(english.body.message).toBe('The file content does not match its extension and type');
    expect(await stored()).toEqual(before);
    const rows = await t.dataSource.query(`SELECT 1 FROM evidence WHERE case_id = $1 AND file_name IN ('借条.pdf', 'iou.pdf') AND size_bytes = $2`, [caseId, png.length]);
    expect(rows).toHaveLength(0);
  });

  it('stores evidence in full (several chunks), on disk readable by the portal only (0600)', async () => {
    const photo = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(60 * 1024, 0x42)]); // several chunks
    const up = await t.http.post(`/api/cases/${caseId}/evidence`).set(applicant.auth)
      .attach('file', photo, { filename: '转账截图.jpg', contentType: 'image/jpeg' }).expect(201);
    expect(up.body).toMatchObject({ mimeType: 'image/jpeg', sizeBytes: photo.length, sha256: createHash('sha256').update(photo).digest('hex') });
    expect(Buffer.compare(await storedBytes(`${caseId}/${up.body.id}`), photo)).toBe(0);
    if (backend === 'local') {
      const file = path.join(t.config.uploadDir, caseId, up.body.id);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
    } else {
      expect(filesUnder(t.config.uploadDir)).toEqual([]); // in the bucket only, not left on this instance's disk
    }
  });

  it('answers a stranger before reading the body of the upload', async () => {
    const stranger = await registerParty(t, '赵六');
    const server = t.app.getHttpServer() as http.Server;
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const boundary = 'x-boundary';
    // Announces 10 MB but sends only the start: an answer can only come from a check made before the body.
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request({
        host: '127.0.0.1', port: (server.address() as AddressInfo).port, method: 'POST', path: `/api/cases/${caseId}/evidence`,
        headers: { ...stranger.auth, 'Content-Type': `multipart/form-data; boundary=${boundary}`, 'Content-Length': String(10 * 1024 * 1024) },
      }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, body }));
      });
      req.on('error', reject);
      req.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`);
    });
    expect(answer.status).toBe(404);
    expect(JSON.parse(answer.body).code).toBe('CASE_NOT_FOUND');
  });

  it('keeps files from strangers and from committee members not in charge of the case', async () => {
    const up = await t.http.post(`/api/cases/${caseId}/evidence`).set(applicant.auth).attach('file', pdf, { filename: 'a.pdf', contentType: 'application/pdf' }).expect(201);
    const stranger = await registerParty(t, '王五');
    await t.http.get(`/api/cases/${caseId}/evidence/${up.body.id}/download`).set(stranger.auth).expect(404);
    await t.http.post(`/api/cases/${caseId}/evidence`).set(stranger.auth).attach('file', pdf, { filename: 'b.pdf', contentType: 'application/pdf' }).expect(404);
    const member = await staff(t, 'mediator', committee.id);
    const res = await t.http.get(`/api/cases/${caseId}/evidence/${up.body.id}/download`).set(member.auth).expect(403);
    expect(res.body.code).toBe('CASE_ACTION_FORBIDDEN');
  });

  it('answers a committee member not in charge who uploads with 403 (not 409), storing nothing', async () => {
    const count = async () => Number((await t.dataSource.query('SELECT count(*) FROM evidence WHERE case_id = $1', [caseId]))[0].count);
    const before = await count();
    const member = await staff(t, 'mediator', committee.id);
    const res = await t.http.post(`/api/cases/${caseId}/evidence`).set(member.auth)
      .attach('file', pdf, { filename: 'c.pdf', contentType: 'application/pdf' }).expect(403);
    expect(res.body).toMatchObject({ statusCode: 403, code: 'CASE_ACTION_FORBIDDEN' });
    expect(await count()).toBe(before);
  });

  it('answers an upload to a closed case with 409, storing nothing', async () => {
    const res = await t.http.post('/api/cases').set(applicant.auth).send(lendingCase('13911113333', { committeeId: committee.id })).expect(201);
    await t.http.post(`/api/cases/${res.body.id}/withdraw`).set(applicant.auth).send({}).expect(200);
    const refused = await t.http.post(`/api/cases/${res.body.id}/evidence`).set(applicant.auth)
      .attach('file', pdf, { filename: 'd.pdf', contentType: 'application/pdf' }).expect(409);
    expect(refused.body.code).toBe('CASE_STATE_CONFLICT');
    expect((await t.dataSource.query('SELECT count(*) FROM evidence WHERE case_id = $1', [res.body.id]))[0].count).toBe('0');
  });
});

function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)).sort();
  } catch {
    return [];
  }
}
