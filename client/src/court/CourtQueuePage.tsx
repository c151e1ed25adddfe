import { t } from '../i18n';
import { formatDateTime } from '../ui/format';
import { Loading, LoadError } from '../ui/Notice';
import { useAsync } from '../ui/useAsync';
import { usePageTitle } from '../ui/usePageTitle';
import { courtApi } from './court-api';

const TITLES = { judge: '法官', clerk: '书记员', president: '院长' } as const;

/** The court's queue: counts on top, every item with its statutory clock, the most urgent first; overdue and
 * due-within-a-day items stand out; reminders and escalations below. */
export function CourtQueuePage() {
  usePageTitle(t('法院工作台'));
  const queue = useAsync(() => courtApi.queue(), []);
  const q = queue.data;
  if (queue.error && !q) return <LoadError message={queue.error.message} onRetry={queue.reload} />;
  if (!q) return <Loading />;
  const counts: [string, number][] = [
    ['待受理', q.counts.submitted], ['审查中', q.counts.accepted], ['已逾期', q.counts.overdue], ['一日内到期', q.counts.dueSoon],
    ['已确认', q.counts.confirmed], ['已驳回', q.counts.rejected], ['不予受理', q.counts.refused], ['已立案', q.counts.registered],
  ];
  return (
    <div class="court-queue">
      <h1>{t('法院工作台')}</h1>
      <p class="muted">{q.viewerTitle ? t('您的职务：{t}', { t: t(TITLES[q.viewerTitle]) }) : t('未设置职务（请管理员设置）')}</p>
      <ul class="counts" aria-label={t('各状态数量')}>
        {counts.map(([label, n]) => (
          <li key={label} class={label === '已逾期' && n ? 'count overdue' : 'count'} data-testid={`count-${label}`}>
            <span class="count-n">{n}</span> {t(label)}
          </li>
        ))}
      </ul>
      <section class="card section" aria-label={t('待办事项')}>
        <h2>{t('待办事项')}</h2>
        {q.items.length === 0 && <p class="muted">{t('暂无事项。')}</p>}
        <ul class="queue-list">
          {q.items.map((i) => (
            <li key={i.id} class={`queue-item${i.overdue ? ' overdue' : ''}${i.dueSoon ? ' due-soon' : ''}`} data-testid="queue-item">
              <a href={`/court/items/${i.id}`}>
                <strong>{i.kindLabel}</strong> · {i.caseNumber} · {i.partyNames}
              </a>
              <div class="small">
                <span data-testid="queue-status">{i.statusLabel}</span>
                {i.courtCaseNumber && <> · {i.courtCaseNumber}</>}
                {' · '}{t('收到 {at}', { at: formatDateTime(i.receivedAt) })}
                {i.status === 'submitted' && <> · {t('受理期限 {d}', { d: i.acceptBy })}</>}
                {i.status === 'accepted' && i.decideBy && <> · {t('审查期限 {d}', { d: i.extendedTo ?? i.decideBy })}</>}
                {i.overdue && <strong class="tag tag-danger"> {t('已逾期')}</strong>}
                {i.dueSoon && <strong class="tag tag-warn"> {t('即将到期')}</strong>}
              </div>
            </li>
          ))}
        </ul>
      </section>
      {q.notices.length > 0 && (
        <section class="card section" aria-label={t('期限提醒')}>
          <h2>{t('期限提醒')}</h2>
          <ul>
            {q.notices.map((n) => (
              <li key={n.id} class={n.kind === 'overdue' ? 'overdue' : ''}>
                {n.kind === 'overdue' ? t('【逾期】') : t('【提醒】')} {n.caseNumber} {n.deadline === 'accept' ? t('受理期限') : t('审查期限')} {n.due}
                <span class="muted small"> {formatDateTime(n.at)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
