// One benchmark worker: parses the font once, then renders the final (signed, sealed, QR-coded, digitally signed)
// agreements it is handed and reports each one's time.
import { parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { DocumentFont } from '../src/documents/document-font';
import { DocumentRenderer } from '../src/documents/document-renderer';
import type { SigningIdentity } from '../src/documents/committee-certificate';
import { corpusContext } from './pdf-corpus';

const { identity, signature, fontPath } = workerData as { identity: SigningIdentity; signature: Uint8Array; fontPath: string };
const renderer = new DocumentRenderer(new DocumentFont(fontPath));
const image = Buffer.from(signature);

parentPort!.on('message', async (indices: number[]) => {
  const results: { i: number; ms: number; bytes: number; pages: number }[] = [];
  for (const i of indices) {
    const start = performance.now();
    const context = corpusContext(i);
    const model = renderer.model('agreement', context);
    const pdf = await renderer.pdf('agreement', model, {
      signatures: Object.fromEntries(context.signers.map((s) => [s.slot, image])), drawCommitteeSeal: true,
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
