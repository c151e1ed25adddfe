#!/usr/bin/env node
// Documents embed a Chinese font that a fresh Debian machine lacks (fonts-noto-cjk, ~56 MB). `npm start` and `npm test`
// make sure it is there: installed through apt when running as root, otherwise a message saying how.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

export const FONT_PATH = process.env.DOCUMENT_FONT_PATH || '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc';

export function ensureFont() {
  if (existsSync(FONT_PATH)) return true;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (process.getuid?.() !== 0 || !hasApt || process.env.DOCUMENT_FONT_PATH) {
    console.error(`找不到文书所用的中文字体：${FONT_PATH}\n请安装：sudo apt-get install -y fonts-noto-cjk\n（或设置 DOCUMENT_FONT_PATH 指向一个含简体中文的 TTC/OTF 字体）`);
    return false;
  }
  console.log('[合舟] 正在安装文书所需的中文字体 fonts-noto-cjk …');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () => spawnSync('apt-get', ['install', '-y', '-q', '--no-install-recommends', 'fonts-noto-cjk'], { stdio: 'inherit', env }).status === 0;
  if (!install()) {
    spawnSync('apt-get', ['update', '-q'], { stdio: 'inherit', env });
    if (!install()) return false;
  }
  return existsSync(FONT_PATH);
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(ensureFont() ? 0 : 1);
