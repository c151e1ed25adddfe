import { readFileSync } from 'node:fs';
import { Page } from 'playwright-core';

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }

const oneLine = (v: AxeViolation) =>
  `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`;

async function axe(page: Page, runOnly: string, within?: string): Promise<AxeViolation[]> {
  if (!(await page.evaluate(`typeof window.axe !== 'undefined'`))) await page.evaluate(AXE);
  const context = within ? JSON.stringify(within) : 'document';
  return (await page.evaluate(`axe.run(${context}, { runOnly: ${runOnly} }).then((r) => r.violations)`)) as AxeViolation[];
}

/**
 * axe-core (WCAG 2.1 A and AA rules) on the page as it is now (or only the part a CSS selector names), keeping the
 * serious and critical violations, one line each. Injected through the DevTools protocol, so the page's CSP is untouched.
 */
export async function seriousViolations(page: Page, within?: string): Promise<string[]> {
  const violations = await axe(page, `{ type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }`, within);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map(oneLine);
}

// What the README promises for 长辈模式 (GB/T 37668 / the MIIT 适老化 rules), measured on what is drawn: visible text
// at least 18 px, every control at least 48 × 48 px, and the enhanced contrast (7:1, axe's color-contrast-enhanced).
const ELDER_SIZES = `(() => {
  const shown = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden'; };
  const name = (el) => el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '') + ' "' + (el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 20) + '"';
  const problems = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const seen = new Set();
  while (walker.nextNode()) {
    const el = walker.currentNode.parentElement;
    if (!el || seen.has(el) || !walker.currentNode.data.trim() || !shown(el) || el.closest('[aria-hidden="true"], svg')) continue;
    seen.add(el);
    const px = parseFloat(getComputedStyle(el).fontSize);
    if (px < 18) problems.push('text ' + px + 'px: ' + name(el));
  }
  const controls = 'button, select, textarea, input:not([type=radio]):not([type=checkbox]):not([type=file]):not([type=hidden]), a.btn, .btn-link, .nav-link, [role=button], [role=switch], [role=tab], summary';
  for (const el of document.querySelectorAll(controls)) {
    if (!shown(el) || el.closest('[aria-hidden="true"]')) continue;
    const r = el.getBoundingClientRect();
    if (r.height < 47.5 || r.width < 47.5) problems.push('target ' + Math.round(r.width) + '×' + Math.round(r.height) + 'px: ' + name(el));
  }
  return problems;
})()`;

/** In 长辈模式: text under 18 px, controls under 48 × 48 px, and text under 7:1 contrast, one line each. */
export async function elderModeProblems(page: Page): Promise<string[]> {
  const sizes = (await page.evaluate(ELDER_SIZES)) as string[];
  const contrast = await axe(page, `{ type: 'rule', values: ['color-contrast-enhanced'] }`);
  return [...sizes, ...contrast.map(oneLine)];
}

/** axe-core's serious and critical violations, plus the 长辈模式 promises when the page is in that mode. */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  const elder = (await page.evaluate(`document.documentElement.classList.contains('elder')`)) as boolean;
  return [...(await seriousViolations(page)), ...(elder ? await elderModeProblems(page) : [])];
}
