#!/usr/bin/env node
// `npm test`: every test on a fresh machine. Installs what the tests need when it is missing (Debian's chromium for
// the browser journeys, poppler-utils for reading PDFs back, redis-server for the tests of several instances, fonts-noto-cjk
// for the documents), builds the SPA, then runs jest's three tiers.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensureFont } from './ensure-font.mjs';

const NEEDS = [
  { command: 'chromium', pkg: 'chromium', why: 'browser tests' },
  { command: 'pdftotext', pkg: 'poppler-utils', why: 'reading generated PDFs back' },
  { command: 'redis-server', pkg: 'redis-server', why: 'tests of several portal instances (they start their own on a free port)' },
];

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function installMissing() {
  const missing = NEEDS.filter((n) => !has(n.command));
  if (!missing.length) return;
  const pkgs = missing.map((n) => n.pkg);
  if (process.getuid?.() !== 0 || !has('apt-get')) {
    console.error(`测试需要以下软件包：${pkgs.join(' ')}（${missing.map((n) => n.why).join('、')}）。\n请先安装：sudo apt-get install -y ${pkgs.join(' ')}`);
    process.exit(1);
  }
  console.log(`[test] 正在安装测试所需的软件包：${pkgs.join(' ')}`);
  const install = () => spawnSync('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...pkgs], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
  if (!install()) {
    execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit' });
    if (!install()) process.exit(1);
  }
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

installMissing();
if (!ensureFont()) process.exit(1);
run('npx', ['vite', 'build', '--config', 'client/vite.config.ts', '--logLevel', 'warn']);
if (!existsSync('client/dist/index.html')) {
  console.error('前端构建失败：client/dist/index.html 不存在');
  process.exit(1);
}
// --forceExit: on 2 cores jest runs the files in its own process, and a handle some test leaves open (not yet found)
// kept it alive after every test had passed; CI must end when the tests do. Finding that handle is on the list.
run('npx', ['jest', '--ci', '--forceExit', ...process.argv.slice(2)]);
