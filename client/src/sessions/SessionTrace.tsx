import { useState } from 'preact/hooks';
import type { CaseDetail } from '../api/types';
import { t } from '../i18n';
import { formatDateTime } from '../ui/format';
import { Loading, LoadError } from '../ui/Notice';
import { useAsync } from '../ui/useAsync';
import { confirmationLine } from './RecordConfirmations';
import { type SessionSummary, sessionsApi } from './sessions-api';

/** Who took part: the people the log shows entering (online), or the attendance the mediator recorded (in person). */
function attendees(detail: Awaited<ReturnType<typeof sessionsApi.get>>): string[] {
  if (detail.attendance) return detail.attendance.present.map((p) => p.name);
  const names = detail.events.filter((e) => e.type === 'joined' || e.type === 'opened').map((e) => e.actorName);
  return [...new Set(names.filter((n): n is string => !!n))];
}

function SessionFile({ c, s }: { c: CaseDetail; s: SessionSummary }) {
  const detail = useAsync(() => sessionsApi.get(s.id), [s.id]);
  if (detail.error) return <LoadError message={detail.error.message} onRetry={detail.reload} />;
  if (!detail.data) return <Loading />;
  const d = detail.data;
  const people = attendees(d);
  const linked = c.parties.filter((p) => p.userId);
  return (
    <div class="session-file">
      <dl class="kv kv-compact">
        <dt>{t('参加人')}</dt>
        <dd data-testid="session-attendees">{people.length ? people.join('、') : t('无记录')}</dd>
        {d.attendance && d.attendance.absent.length > 0 && (
          <>
            <dt>{t('缺席')}</dt>
            <dd>{d.attendance.absent.join('、')}</dd>
          </>
        )}
      </dl>
      <h4>{t('调解笔录')}</h4>
      {d.record ? (
        <>
          <p class="muted small">
            {t('第{v}版（最终版）', { v: d.record.version })} · {d.record.authorName ?? t('调解员')} · {formatDateTime(d.record.savedAt)}
          </p>
          {/* Scrolls when the session page's styles are loaded (coming back from the session): focusable, for the keyboard. */}
          <div class="record-text prewrap" data-testid="session-record" tabIndex={0} role="region" aria-label={t('笔录全文')}>
            {d.record.body}
          </div>
          <ul class="record-confirmations" data-testid="session-confirmations">
            {linked.map((p) => (
              <li key={p.id}>{confirmationLine(p, d.confirmations, d.record!.version, p.userId!)}</li>
            ))}
          </ul>
        </>
      ) : (
        <p class="muted">{t('本次调解没有笔录')}</p>
      )}
      <h4>{t('文字交流')}</h4>
      {d.chat.length ? (
        <ol class="plain-list session-chat" data-testid="session-chat">
          {d.chat.map((m) => (
            <li key={m.id}>
              <span class="muted small">{formatDateTime(m.at)}</span> <strong>{m.authorName ?? '—'}</strong>
              {m.private && <span class="tag">{t('背对背')}</span>}：{m.text}
            </li>
          ))}
        </ol>
      ) : (
        <p class="muted">{t('没有文字消息')}</p>
      )}
    </div>
  );
}

/** The case's sessions and what each left behind (when, who attended, the final 笔录 and who confirmed it, the chat). */
export function SessionTrace({ c, reloadKey }: { c: CaseDetail; reloadKey: number }) {
  const list = useAsync(() => sessionsApi.listOfCase(String(c.id)), [c.id, reloadKey]);
  const [open, setOpen] = useState<string | null>(null);
  if (list.error) return <LoadError message={list.error.message} onRetry={list.reload} />;
  if (!list.data) return <Loading />;
  const sessions = list.data.filter((s) => s.status !== 'cancelled');
  if (!sessions.length) return <p class="muted">{t('尚无调解会议')}</p>;
  return (
    <ul class="plain-list session-trace" data-testid="session-trace">
      {sessions.map((s) => {
        const when = s.startedAt ?? s.startsAt ?? s.createdAt;
        return (
          <li key={s.id} class="session-trace-item">
            <p class="session-trace-head">
              <strong>{formatDateTime(when)}</strong>
              {s.endedAt && ` – ${formatDateTime(s.endedAt)}`} · {t(s.mode === 'in_person' ? '线下调解' : '视频调解')} ·{' '}
              <span class="badge badge-info">{t(s.statusLabel)}</span>
              {s.location && <span class="muted small"> · {s.location}</span>}
            </p>
            {(s.status === 'ended' || s.status === 'live' || s.attendance) && (
              <button
                type="button"
                class="btn btn-small"
                aria-expanded={open === s.id}
                onClick={() => setOpen(open === s.id ? null : s.id)}
              >
                {open === s.id ? t('收起') : t('查看笔录和记录')}
              </button>
            )}
            {open === s.id && <SessionFile c={c} s={s} />}
          </li>
        );
      })}
    </ul>
  );
}
