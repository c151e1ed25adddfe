// npm run bench:pdf — the final agreement (every signature image, the drawn seal, QR and verification code, the
// committee's PAdES-style digital signature) for 1,000 different cases, rendered by the portal's own path
// (templates → blocks → pdfkit) over a worker pool, then the same documents as HTML printed to PDF by Chromium
// (playwright-core, Debian chromium, one page reused) with the same font. Prints docs/s, p50/p99 and the ratio.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { chromium } from 'playwright-core';
import { makeSignaturePng } from '../test/factories/png';
import { generateCommitteeIdentity } from '../src/documents/committee-certificate';
import { DEFAULT_FONT_PATH } from '../src/documents/document-font';
import { DocumentTemplates } from '../src/documents/document-templates';
import { renderHtml } from '../src/documents/html-render';
import { corpusContext } from './pdf-corpus';

const DOCS = Number(process.env.BENCH_DOCS ?? 1000);
const CHROMIUM_DOCS = Number(process.env.BENCH_CHROMIUM_DOCS ?? DOCS);
const WORKERS = Number(process.env.BENCH_WORKERS ?? Math.max(1, cpus().length));
const FONT = process.env.DOCUMENT_FONT_PATH ?? DEFAULT_FONT_PATH;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const fmt = (n: number) => n.toFixed(1);

async function pdfkitRun() {
  const identity = generateCommitteeIdentity('合川区合阳城街道人民调解委员会');
  const workers = await Promise.all(Array.from({ length: WORKERS }, () => new Promise<Worker>((resolve) => {
    const w = new Worker(path.join(__dirname, 'pdf-worker.js'), { workerData: { identity, fontPath: FONT } });
    w.once('message', () => resolve(w));
  })));
  // Warm-up (font parse, JIT) outside the measurement: one document per worker.
  await Promise.all(workers.map((w, k) => run(w, [DOCS + k])));
  const queue = Array.from({ length: DOCS }, (_, i) => i);
  const results: { ms: number; pages: number; bytes: number }[] = [];
  const start = performance.now();
  await Promise.all(workers.map(async (w) => {
    for (let batch = queue.splice(0, 4); batch.length; batch = queue.splice(0, 4)) results.push(...(await run(w, batch)));
  }));
  const wall = performance.now() - start;
  await Promise.all(workers.map((w) => w.terminate()));
  return { wall, results };
}

function run(w: Worker, indices: number[]): Promise<{ ms: number; pages: number; bytes: number }[]> {
  return new Promise((resolve) => {
    w.once('message', resolve);
    w.postMessage(indices);
  });
}

async function chromiumRun() {
  const templates = new DocumentTemplates();
  const dir = mkdtempSync(path.join(tmpdir(), 'pdf-bench-'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--allow-file-access-from-files'],
  });
  const page = await browser.newPage();
  const signature = `data:image/png;base64,${makeSignaturePng(360, 140).toString('base64')}`;
  const render = async (i: number) => {
    const context = corpusContext(i);
    const model = templates.render('agreement', context);
    const file = path.join(dir, `doc-${i % 2}.html`);
    writeFileSync(file, renderHtml(model, FONT, { signatures: Object.fromEntries(context.signers.map((s) => [s.slot, signature])) }));
    await page.goto(`file://${file}`, { waitUntil: 'load' });
    return page.pdf({ format: 'A4', printBackground: true, displayHeaderFooter: true, footerTemplate: '<div style="font-size:9px;width:100%;text-align:center">第 <span class="pageNumber"></span> 页 共 <span class="totalPages"></span> 页</div>', headerTemplate: '<div></div>', margin: { top: '27mm', bottom: '25mm', left: '25mm', right: '25mm' } });
  };
  await render(DOCS); // warm-up: the font is loaded once into the page's process
  const times: number[] = [];
  const start = performance.now();
  for (let i = 0; i < CHROMIUM_DOCS; i++) {
    const t0 = performance.now();
    await render(i);
    times.push(performance.now() - t0);
  }
  const wall = performance.now() - start;
  const sample = await render(0);
  await browser.close();
  return { wall, times, sample };
}

async function main() {
  console.log(`PDF benchmark: ${DOCS} different final agreements, ${WORKERS} worker(s) on ${cpus().length} core(s), font ${FONT}`);
  const kit = await pdfkitRun();
  const ms = kit.results.map((r) => r.ms).sort((a, b) => a - b);
  const pages = kit.results.map((r) => r.pages);
  const kitRate = (DOCS / kit.wall) * 1000;
  console.log(`pdfkit (portal): ${fmt(kitRate)} docs/s · p50 ${fmt(quantile(ms, 0.5))} ms · p99 ${fmt(quantile(ms, 0.99))} ms · max ${fmt(ms[ms.length - 1])} ms per document`);
  console.log(`  pages ${Math.min(...pages)}–${Math.max(...pages)} (mean ${fmt(pages.reduce((a, b) => a + b, 0) / pages.length)}), mean size ${fmt(kit.results.reduce((a, r) => a + r.bytes, 0) / DOCS / 1024)} KB, signed and sealed`);

  const chrome = await chromiumRun();
  const cms = [...chrome.times].sort((a, b) => a - b);
  const chromeRate = (CHROMIUM_DOCS / chrome.wall) * 1000;
  let fonts = '';
  try {
    const file = path.join(tmpdir(), 'pdf-bench-chromium.pdf');
    writeFileSync(file, chrome.sample);
    const rows = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    const types = new Map<string, number>();
    for (const row of rows) {
      const type = /Type 3|CID Type 0C|CID TrueType|TrueType|Type 1C?/.exec(row)?.[0] ?? 'other';
      types.set(type, (types.get(type) ?? 0) + 1);
    }
    fonts = [...types].map(([type, n]) => `${type} ×${n}`).join(', ');
  } catch { /* pdffonts is optional here */ }
  console.log(`Chromium print-to-PDF (one page reused, same template as HTML, same font${fonts ? `: ${fonts}` : ''}): ${fmt(chromeRate)} docs/s · p50 ${fmt(quantile(cms, 0.5))} ms · p99 ${fmt(quantile(cms, 0.99))} ms over ${CHROMIUM_DOCS} docs (no signature, seal or QR)`);
  console.log(`pdfkit / Chromium throughput: ${fmt(kitRate / chromeRate)}× (target ≥ 5×); p99 target < 200 ms: ${quantile(ms, 0.99) < 200 ? 'met' : 'NOT met'}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
