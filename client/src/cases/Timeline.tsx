import type { TimelineEvent } from '../api/types';
import { ROLE_LABELS } from '../auth/session';
import { t } from '../i18n';
import { formatDateTime } from '../ui/format';

export function Timeline({ events }: { events: TimelineEvent[] }) {
  if (events.length === 0) return <p class="muted">{t('暂无记录')}</p>;
  const sorted = [...events].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return (
    <ol class="timeline">
      {sorted.map((e) => {
        const role = e.actorRole ? ROLE_LABELS[e.actorRole as keyof typeof ROLE_LABELS] : undefined;
        return (
          <li key={e.id} class="timeline-item" data-testid="timeline-item" data-type={e.type}>
            <time dateTime={e.at}>{formatDateTime(e.at)}</time>
            <p class="timeline-label">{t(e.label)}</p>
            {e.detail && <p class="timeline-detail">{e.detail}</p>}
            {e.actorName && (
              <p class="muted small">
                {e.actorName}
                {role && `（${t(role)}）`}
              </p>
            )}
            {e.note && <p class="timeline-note">{e.note}</p>}
            {e.sha256 && (
              <details class="tech-details">
                <summary>{t('详情')}</summary>
                <p class="mono hash">SHA-256 {e.sha256}</p>
              </details>
            )}
          </li>
        );
      })}
    </ol>
  );
}
