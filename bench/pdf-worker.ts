// One benchmark worker: parses the font once, then renders the final (signed, sealed, QR-coded, digitally signed)
// agreements it is handed and reports each one's time.
import { parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { DocumentFont } from '../src/documents/document-font';
import { DocumentRenderer } from '../src/documents/document-renderer';
import type { SigningIdentity } from '../src/documents/committee-certificate';
import { makeSignaturePng } from '../test/factories/png';
import { corpusContext } from './pdf-corpus';

const { identity, fontPath } = workerData as { identity: SigningIdentity; fontPath: string };
const renderer = new DocumentRenderer(new DocumentFont(fontPath));
// Organisations' seals come from a small pool (the same company signs many agreements); signatures are new each time.
const orgSeals = Array.from({ length: 20 }, (_, k) => makeSignaturePng(240, 240, 10_000 + k));

parentPort!.on('message', async (indices: number[]) => {
  const results: { i: number; ms: number; bytes: number; pages: number }[] = [];
  for (const i of indices) {
    // Each signer's drawn signature (RGBA with transparency, as the signing pad sends it), made before the clock starts.
    const context = corpusContext(i);
    const signatures = Object.fromEntries(context.signers.map((s, k) => [s.slot, makeSignaturePng(360, 140, i * 10 + k)]));
    const seals = Object.fromEntries(context.parties.flatMap((p, k) => (p.idLabel === '统一社会信用代码' ? [[context.signers[k].slot, orgSeals[i % orgSeals.length]]] : [])));
    const start = performance.now();
    const model = renderer.model('agreement', context);
    const pdf = await renderer.pdf('agreement', model, {
      signatures, seals, drawCommitteeSeal: true,
      verification: { code: 'HZ7K-3M9Q-2XPL', url: `https://hezhou.example/verify/HZ7K3M9Q2XPL${i}` }, createdAt: new Date('2026-12-01T08:00:00Z'),
    }, {
      identity: { p12: Buffer.from(identity.p12), passphrase: identity.passphrase }, name: context.committee.name, reason: '人民调解协议书生效',
      location: '重庆市合川区', contactInfo: '', signingTime: new Date('2026-12-01T08:00:00Z'),
    });
    const pages = (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
    results.push({ i, ms: performance.now() - start, bytes: pdf.length, pages });
  }
  parentPort!.postMessage(results);
});
parentPort!.postMessage('ready');
