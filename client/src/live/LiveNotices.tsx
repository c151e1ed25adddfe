import { useState } from 'preact/hooks';
import type { LiveCaseChanged } from '../../../src/api-contract';
import { useSession } from '../auth/session';
import { t } from '../i18n';
import { useLive } from './live';

const SHOWN_MS = 12_000;

/**
 * What others just did on the user's cases, said in one line each (被申请人已同意调解 · 查看): nobody has to reload to
 * learn it. Polite live region: screen readers read it without interrupting; one's own actions are not repeated.
 */
export function LiveNotices() {
  const { user } = useSession();
  const [items, setItems] = useState<LiveCaseChanged[]>([]);
  useLive((m) => {
    if (m.type !== 'case.changed' || !m.summary || (m.actorId && m.actorId === user?.id)) return;
    setItems((list) => [...list.filter((i) => !(i.caseId === m.caseId && i.summary === m.summary)), m].slice(-3));
    setTimeout(() => setItems((list) => list.filter((i) => i !== m)), SHOWN_MS);
  });
  const onCase = (caseId: string) => window.location.pathname === `/cases/${caseId}`;
  return (
    <div class="live-notices" role="status" aria-live="polite" data-testid="live-notices">
      {items.map((m) => (
        <p class="live-notice" key={`${m.caseId}${m.at}${m.reason}`}>
          <span>{t(m.summary!)}</span>
          {!onCase(m.caseId) && (
            <a href={`/cases/${m.caseId}`} class="live-notice-link">
              {t('查看')}
            </a>
          )}
          <button type="button" class="live-notice-close" aria-label={t('关闭')} onClick={() => setItems((l) => l.filter((i) => i !== m))}>
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
