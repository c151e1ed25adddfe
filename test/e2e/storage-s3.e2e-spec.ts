import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import path from 'node:path';
import type { S3Settings } from '../../src/config/app-config';
import { Organization } from '../../src/organizations/entities/organization.entity';
import { BLOB_STORE, BlobStore } from '../../src/storage/blob-store';
import { S3Store } from '../../src/storage/s3-store';
import { StoredFilesService } from '../../src/storage/stored-files.service';
import { Session, createOrganization, lendingCase, registerParty, uniquePhone } from '../factories/factories';
import { binary } from '../support/binary';
import { S3Server, startS3Server } from '../support/s3-server';
import { TcpProxy } from '../support/tcp-proxy';
import { TestApp, startTestApp } from '../support/test-app';
import { caseWithMediator } from './sessions.helpers';

// Several instances share evidence through an S3-compatible bucket (s3rver: a real S3 API on a free loopback port).
describe('evidence in an S3-compatible bucket, shared by two instances (e2e)', () => {
  let s3: S3Server;
  let proxy: TcpProxy; // instance a reaches the bucket through it, to cut it off
  let a: TestApp;
  let b: TestApp;
  let committee: Organization;
  let applicant: Session;
  let caseId: string;

  beforeAll(async () => {
    s3 = await startS3Server();
    const settings = { ...s3.env, JWT_SECRET: 'j'.repeat(40), DATA_KEY: 'k'.repeat(40) }; // one token works on both
    const endpoint = new URL(s3.env.S3_ENDPOINT);
    proxy = new TcpProxy({ host: endpoint.hostname, port: Number(endpoint.port) });
    await proxy.start();
    a = await startTestApp({ ...settings, S3_ENDPOINT: `http://127.0.0.1:${proxy.port}` });
    b = await startTestApp(settings, { databaseUrl: a.databaseUrl }); // a second portal process on the same database
    committee = await createOrganization(a.dataSource, 'committee');
    applicant = await registerParty(a, '张三');
    caseId = (await a.http.post('/api/cases').set(applicant.auth).send(lendingCase('13911114444', { committeeId: committee.id })).expect(201)).body.id;
  });
  afterAll(async () => {
    await b.close();
    await a.close();
    await proxy.stop();
    await s3.stop();
  });

  const pdf = (text: string) => Buffer.from(`%PDF-1.4\n${text}\n%%EOF\n`);
  const upload = (t: TestApp, bytes: Buffer, filename: string) =>
    t.http.post(`/api/cases/${caseId}/evidence`).set(applicant.auth).attach('file', bytes, { filename, contentType: 'application/pdf' }).expect(201);
  const download = (t: TestApp, id: string) =>
    t.http.get(`/api/cases/${caseId}/evidence/${id}/download`).set(applicant.auth).buffer(true).parse(binary as never).expect(200);

  it('serves on one instance what was uploaded on the other, both ways, byte for byte', async () => {
    const onA = pdf('借条（实例一上传）');
    const onB = pdf('转账记录（实例二上传）');
    const upA = await upload(a, onA, '借条.pdf');
    const upB = await upload(b, onB, '转账记录.pdf');
    expect(Buffer.compare((await download(b, upA.body.id)).body, onA)).toBe(0);
    expect(Buffer.compare((await download(a, upB.body.id)).body, onB)).toBe(0);
    const detail = await a.http.get(`/api/cases/${caseId}`).set(applicant.auth).expect(200);
    expect(detail.body.evidence.map((e: { id: string }) => e.id)).toEqual(expect.arrayContaining([upA.body.id, upB.body.id]));
    expect(await s3.keys()).toEqual(expect.arrayContaining([`${caseId}/${upA.body.id}`, `${caseId}/${upB.body.id}`]));
  });

  it('keeps an agent’s power of attorney in the bucket too: named on one instance, opened by the mediator on the other', async () => {
    const c = await caseWithMediator(a);
    const detail = await a.http.get(`/api/cases/${c.caseId}`).set(c.mediator.auth).expect(200);
    const partyId = detail.body.parties.find((p: { side: string }) => p.side === 'respondent').id;
    const poa = pdf('授权委托书：兹委托赵六为本人的代理人。');
    const added = await a.http.post(`/api/cases/${c.caseId}/agents`).set(c.respondent.auth)
      .field('partyId', partyId).field('name', '赵六').field('phone', uniquePhone()).field('idNumber', '11010519491231002X')
      .field('relation', 'relative').field('authority', 'general')
      .attach('file', poa, { filename: '授权委托书.pdf', contentType: 'application/pdf' }).expect(201);
    expect(await s3.keys()).toContain(`${c.caseId}/agents/${added.body.id}`);
    const file = await b.http.get(`/api/agents/${added.body.id}/power-of-attorney`).set(c.mediator.auth).buffer(true).parse(binary as never).expect(200);
    expect(Buffer.compare(file.body, poa)).toBe(0);
  });

  it('keeps no blob when the rows pointing at it fail to commit, and removes the temporary file', async () => {
    const files = a.app.get(StoredFilesService);
    const received = receivedFile(a, pdf('未提交'));
    const key = `${caseId}/${randomUUID()}`;
    await expect(files.storeAndRecord(key, received, 'application/pdf', async () => { throw new Error('事务失败'); })).rejects.toThrow('事务失败');
    expect(await s3.keys()).not.toContain(key);
    expect(existsSync(received.path)).toBe(false);
    expect(await a.dataSource.query(`SELECT 1 FROM graphile_worker.jobs WHERE key = $1`, [`blob-orphan:${key}`])).toHaveLength(0);
  });

  it('deletes, by its durable guard job, a blob whose process died before the commit; committed uploads stay', async () => {
    const kept = await upload(a, pdf('已确认的证据'), '保留.pdf');
    const store = a.app.get<BlobStore>(BLOB_STORE);
    // The immediate clean-up fails as if the process had died there: only the guard job is left to do it.
    const spy = jest.spyOn(store, 'delete').mockRejectedValueOnce(new Error('进程中断'));
    const key = `${caseId}/${randomUUID()}`;
    await expect(a.app.get(StoredFilesService).storeAndRecord(key, receivedFile(a, pdf('孤儿')), 'application/pdf', async () => {
      throw new Error('提交前中断');
    })).rejects.toThrow();
    spy.mockRestore();
    expect(await s3.keys()).toContain(key);

    a.clock.advance(2 * 3600_000); // past the guard's grace period
    await a.jobs.runDue();
    expect(await s3.keys()).not.toContain(key);
    expect(await s3.keys()).toContain(`${caseId}/${kept.body.id}`);
    await download(b, kept.body.id);
  });

  it('refuses bytes that do not match their SHA-256, and sends Content-MD5 and the signed SHA-256 for the bucket to check', async () => {
    const store = a.app.get<BlobStore>(BLOB_STORE);
    const key = `${caseId}/${randomUUID()}`;
    await expect(store.put(key, pdf('被改动'), { sha256: sha256('原文'), contentType: 'application/pdf' }))
      .rejects.toMatchObject({ code: 'BLOB_CHECKSUM_MISMATCH' });
    expect(await s3.keys()).not.toContain(key);

    const recorder = await recordingProxy(s3.env.S3_ENDPOINT);
    const watched = new S3Store({ ...(a.config.storage as S3Settings), endpoint: recorder.url });
    const bytes = pdf('收据');
    await watched.put(key, bytes, { sha256: sha256(bytes), contentType: 'application/pdf' });
    await recorder.close();
    expect(recorder.puts).toEqual([expect.objectContaining({
      'content-md5': createHash('md5').update(bytes).digest('base64'),
      'x-amz-content-sha256': sha256(bytes),
      'content-type': 'application/pdf',
    })]);
    expect(Buffer.compare(await s3.read(key), bytes)).toBe(0);
  });

  it('sends a received file again when the bucket answers a passing 503, and stores it whole', async () => {
    const recorder = await recordingProxy(s3.env.S3_ENDPOINT, 1);
    const store = new S3Store({ ...(a.config.storage as S3Settings), endpoint: recorder.url });
    const bytes = pdf('第二次才收到');
    const received = receivedFile(a, bytes);
    const key = `${caseId}/${randomUUID()}`;
    await store.put(key, received.path, { sha256: received.sha256, contentType: 'application/pdf' });
    await recorder.close();
    expect(recorder.puts).toHaveLength(2);
    expect(Buffer.compare(await s3.read(key), bytes)).toBe(0);
  });

  it('answers 503 STORAGE_UNAVAILABLE in Chinese while the bucket is out of reach, recording nothing, and works again after', async () => {
    await proxy.stop();
    const res = await a.http.post(`/api/cases/${caseId}/evidence`).set(applicant.auth)
      .attach('file', pdf('存储不可用'), { filename: '不可用.pdf', contentType: 'application/pdf' }).expect(503);
    expect(res.body).toEqual({ statusCode: 503, code: 'STORAGE_UNAVAILABLE', message: '文件存储暂时不可用，请稍后重试' });
    expect(await a.dataSource.query(`SELECT 1 FROM evidence WHERE file_name = '不可用.pdf'`)).toHaveLength(0);
    await proxy.start();
    const back = await upload(a, pdf('存储恢复'), '恢复.pdf');
    await download(b, back.body.id);
  });
});

const sha256 = (bytes: string | Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * An HTTP forwarder that keeps the headers of every PUT it passes on (the Host header is kept: signatures stay valid);
 * with `refusePuts`, it answers that many PUTs itself with S3's 503 SlowDown instead of passing them on.
 */
async function recordingProxy(target: string, refusePuts = 0) {
  const puts: http.IncomingHttpHeaders[] = [];
  const server = http.createServer((req, res) => {
    if (req.method === 'PUT') puts.push(req.headers);
    if (req.method === 'PUT' && refusePuts-- > 0) {
      req.resume();
      req.on('end', () => res.writeHead(503, { 'Content-Type': 'application/xml' })
        .end('<?xml version="1.0" encoding="UTF-8"?><Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>'));
      return;
    }
    const upstream = http.request(`${target}${req.url}`, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode!, answer.headers);
      answer.pipe(res);
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    puts,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A file as EvidenceStorage leaves it: in the incoming folder, with its SHA-256. */
function receivedFile(t: TestApp, bytes: Buffer): { path: string; sha256: string } {
  mkdirSync(t.config.uploadDir, { recursive: true });
  const file = path.join(t.config.uploadDir, `received-${randomUUID()}`);
  writeFileSync(file, bytes, { mode: 0o600 });
  return { path: file, sha256: createHash('sha256').update(bytes).digest('hex') };
}
