import { t } from '../i18n';
import type { LintFinding } from './agreements-api';

/** The enforceability check beside the draft: errors block finalising, warnings need the mediator's acknowledgement. */
export function LintList({ lint, acknowledged = [], onAcknowledge }: { lint: LintFinding[]; acknowledged?: string[]; onAcknowledge?: (codes: string[]) => void }) {
  if (!lint.length) return <p class="lint-ok" data-testid="lint-ok">✓ {t('可执行性检查通过')}</p>;
  return (
    <ul class="lint" aria-label={t('可执行性检查')} data-testid="lint">
      {lint.map((f, i) => (
        <li key={`${f.code}-${i}`} class={`lint-${f.level}`} data-code={f.code}>
          <strong>{f.level === 'error' ? t('必须修改') : t('提醒')}</strong> {f.message}
          {f.basis && <span class="muted small">（{t('依据')}：{f.basis}）</span>}
          {f.level === 'warning' && onAcknowledge && (
            <label class="ack">
              <input type="checkbox" checked={acknowledged.includes(f.code)}
                onChange={(e) => onAcknowledge(e.currentTarget.checked ? [...acknowledged, f.code] : acknowledged.filter((c) => c !== f.code))} />
              {t('我已知悉并与当事人确认')}
            </label>
          )}
        </li>
      ))}
    </ul>
  );
}
