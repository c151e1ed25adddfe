import { t } from '../i18n';
import { caseNo, formatDateTime } from '../ui/format';
import { useAsync } from '../ui/useAsync';
import { mediatorsApi } from './mediators-api';
import './mediators.css';

/** The committee desk's warning: cases past their mediation period without the parties' consent to extend. */
export function OverrunList() {
  const overruns = useAsync(() => mediatorsApi.overruns(), []);
  if (!overruns.data?.length) return null;
  return (
    <section class="card section" role="alert" data-testid="overruns">
      <h2 class="clock-overrun">{t('超过调解期限未经同意延长的案件（{n}）', { n: overruns.data.length })}</h2>
      <ul>
        {overruns.data.map((o) => (
          <li key={o.caseId}>
            <a href={`/cases/${o.caseId}`}>{caseNo(o.caseNumber)}</a> · {o.mediatorName ?? t('未指派')} ·{' '}
            {t('期限 {at}，已超 {n} 天', { at: formatDateTime(o.dueAt), n: o.daysOver })}
          </li>
        ))}
      </ul>
    </section>
  );
}
