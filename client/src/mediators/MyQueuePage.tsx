import { useSession } from '../auth/session';
import { t } from '../i18n';
import { caseNo, formatDateTime } from '../ui/format';
import { Loading, LoadError, Notice } from '../ui/Notice';
import { useAsync } from '../ui/useAsync';
import { usePageTitle } from '../ui/usePageTitle';
import { mediatorsApi } from './mediators-api';
import './mediators.css';

/** The mediator's own desk: cases both sides chose him for, his cases, and his coming sessions (his calendar). */
export function MyQueuePage() {
  usePageTitle(t('我的调解日程'));
  const { user } = useSession();
  const queue = useAsync(() => mediatorsApi.queue(), []);
  if (queue.error) return <LoadError message={queue.error.message} onRetry={queue.reload} />;
  if (!queue.data) return <Loading />;
  const q = queue.data;
  return (
    <section data-testid="my-queue">
      <div class="page-head">
        <h1>{t('我的调解日程')}</h1>
        {user && <a class="btn btn-small" href={`/mediators/${user.id}`}>{t('我的资料与可预约时段')}</a>}
      </div>
      <section class="card section">
        <h2>{t('当事人选定我调解的案件')}</h2>
        {q.offered.length === 0 && <p class="muted">{t('暂无')}</p>}
        <ul>{q.offered.map((o) => <li key={o.caseId}><a href={`/cases/${o.caseId}`}>{caseNo(o.caseNumber)}</a> · {o.category}</li>)}</ul>
      </section>
      <section class="card section">
        <h2>{t('即将进行的调解会议')}</h2>
        {q.sessions.length === 0 && <Notice>{t('暂无预约')}</Notice>}
        <ul>
          {q.sessions.map((s) => (
            <li key={s.id}>
              <strong>{formatDateTime(s.startsAt!)}</strong> · {s.mode === 'online' ? t('线上视频') : t('线下：{place}', { place: s.location ?? '' })} ·{' '}
              <a href={`/cases/${s.caseId}`}>{t('查看案件')}</a>
            </li>
          ))}
        </ul>
      </section>
      <section class="card section">
        <h2>{t('我正在办理的案件')}</h2>
        <ul>{q.cases.map((c) => <li key={c.caseId}><a href={`/cases/${c.caseId}`}>{caseNo(c.caseNumber)}</a> · {c.category} · {t(c.statusLabel)}</li>)}</ul>
      </section>
    </section>
  );
}
