import { useState } from 'preact/hooks';
import type { MediationClock } from '../../../src/api-contract';
import { t } from '../i18n';
import { formatDateTime } from '../ui/format';
import { Notice } from '../ui/Notice';
import { useAction } from '../ui/useAction';
import { useAsync } from '../ui/useAsync';
import { mediatorsApi } from './mediators-api';

/** The mediation period (about a month from acceptance): time left, and extending it with every party's consent. */
export function MediationClockPanel({ caseId, status }: { caseId: string; status: string }) {
  const clock = useAsync(() => mediatorsApi.clock(caseId), [caseId, status]);
  const action = useAction();
  const [days, setDays] = useState('15');
  const [reason, setReason] = useState('');
  const set = (next: MediationClock | undefined) => next && clock.setData(next);
  const k = clock.data;
  if (!k || !k.dueAt || k.daysLeft === null) return null;
  const pending = k.extensions.find((e) => e.status === 'pending');
  return (
    <div class="clock" data-testid="mediation-clock">
      <p class={k.overrun ? 'clock-overrun' : ''}>
        {k.overrun ? t('调解期限已超过 {n} 天（未经双方同意延长）', { n: -k.daysLeft }) : t('调解期限还剩 {n} 天（至 {at}）', { n: k.daysLeft, at: formatDateTime(k.dueAt) })}
      </p>
      {pending && <p class="muted">{t('调解员请求延长 {d} 天：{r}；等待 {who} 同意', { d: pending.days, r: pending.reason, who: pending.waitingFor.join('、') || '—' })}</p>}
      {k.mayAnswerExtension && pending && (
        <div class="row-actions">
          <button type="button" class="btn btn-primary" disabled={action.busy} onClick={async () => set(await action.run(() => mediatorsApi.answerExtension(caseId, pending.id, true)))}>{t('同意延长')}</button>
          <button type="button" class="btn" disabled={action.busy} onClick={async () => set(await action.run(() => mediatorsApi.answerExtension(caseId, pending.id, false)))}>{t('不同意')}</button>
        </div>
      )}
      {k.mayRequestExtension && (
        <details>
          <summary>{t('请求双方同意延长调解期限')}</summary>
          <label class="field">{t('延长天数')}<input type="number" min={1} max={60} value={days} onInput={(e) => setDays(e.currentTarget.value)} /></label>
          <label class="field">{t('理由')}<input value={reason} onInput={(e) => setReason(e.currentTarget.value)} /></label>
          <button type="button" class="btn" disabled={action.busy || !reason.trim()} onClick={async () => set(await action.run(() => mediatorsApi.requestExtension(caseId, Number(days), reason)))}>{t('发送请求')}</button>
        </details>
      )}
      {action.error && <Notice kind="error">{action.error}</Notice>}
    </div>
  );
}
