import { useState } from 'preact/hooks';
import type { CaseDetail, SlotResponse } from '../../../src/api-contract';
import { t } from '../i18n';
import { formatDateTime } from '../ui/format';
import { Loading, LoadError, Notice } from '../ui/Notice';
import { saveBlob } from '../ui/save-blob';
import { useAction } from '../ui/useAction';
import { useAsync } from '../ui/useAsync';
import { mediatorsApi } from './mediators-api';
import { WeekSlots } from './WeekSlots';

/** Booking a session in the mediator's free slots, online or in person, and the sessions booked with their .ics. */
export function CaseSchedulingSection({ c, canBook, onChanged }: { c: CaseDetail; canBook: boolean; onChanged: () => void }) {
  const mediatorId = c.mediator?.id ?? null;
  const sessions = useAsync(() => mediatorsApi.sessions(c.id), [c.id, c.status]);
  const profile = useAsync(() => (mediatorId ? mediatorsApi.profile(mediatorId) : Promise.resolve(null)), [mediatorId]);
  const [picked, setPicked] = useState<SlotResponse | null>(null);
  const [mode, setMode] = useState<'online' | 'in_person'>('online');
  const [officeId, setOfficeId] = useState('');
  const [done, setDone] = useState<string>();
  const action = useAction();
  const booked = (sessions.data ?? []).filter((s) => s.startsAt);

  async function book() {
    if (!picked) return;
    const ok = await action.run(() => mediatorsApi.book(c.id, {
      startsAt: picked.startsAt, durationMinutes: 60, mode, ...(mode === 'in_person' ? { officeId } : {}),
    }));
    if (!ok) return;
    setPicked(null);
    setDone(t('已预约 {at}', { at: formatDateTime(ok.startsAt!) }));
    sessions.reload();
    onChanged();
  }

  async function cancel(id: string) {
    const reason = window.prompt(t('请填写取消理由'));
    if (!reason?.trim()) return;
    if (await action.run(() => mediatorsApi.cancel(id, reason.trim()))) {
      sessions.reload();
      onChanged();
    }
  }

  return (
    <div data-testid="scheduling">
      {sessions.error && <LoadError message={sessions.error.message} onRetry={sessions.reload} />}
      {!sessions.data && !sessions.error && <Loading />}
      {booked.length > 0 && (
        <ul class="booked" data-testid="booked-sessions">
          {booked.map((s) => (
            <li key={s.id}>
              <strong>{formatDateTime(s.startsAt!)}</strong> · {s.mode === 'online' ? t('线上视频') : t('线下：{place}', { place: s.location ?? '' })} · {t(s.statusLabel)}
              {s.cancelReason && <span class="muted">（{s.cancelReason}）</span>}{' '}
              {s.status !== 'cancelled' && (
                <button type="button" class="btn-link" onClick={async () => saveBlob(await mediatorsApi.ics(s.id), '调解会议.ics')}>{t('加入日历')}</button>
              )}{' '}
              {canBook && s.status === 'booked' && <button type="button" class="btn-link" onClick={() => cancel(s.id)}>{t('取消')}</button>}
            </li>
          ))}
        </ul>
      )}
      {done && <Notice kind="success">{done}</Notice>}
      {canBook && mediatorId && (
        <div>
          <h3>{t('预约调解时间')}</h3>
          <div class="row-actions" role="radiogroup" aria-label={t('调解方式')}>
            <label><input type="radio" name="mode" checked={mode === 'online'} onChange={() => setMode('online')} /> {t('线上视频调解')}</label>
            <label><input type="radio" name="mode" checked={mode === 'in_person'} onChange={() => setMode('in_person')} /> {t('线下当面调解')}</label>
          </div>
          {mode === 'in_person' && (
            <label class="field">{t('调解地点')}
              <select value={officeId} onChange={(e) => setOfficeId(e.currentTarget.value)}>
                <option value="">{t('请选择')}</option>
                {profile.data?.offices.map((o) => <option key={o.id} value={o.id}>{o.name}（{o.address}）</option>)}
              </select>
            </label>
          )}
          <WeekSlots mediatorId={mediatorId} picked={picked?.startsAt ?? null} onPick={setPicked} reloadKey={sessions.data?.length} />
          <button type="button" class="btn btn-primary" data-testid="book" disabled={!picked || action.busy || (mode === 'in_person' && !officeId)} onClick={book}>
            {picked ? t('预约 {at}（1小时）', { at: formatDateTime(picked.startsAt) }) : t('请选择一个空闲时段')}
          </button>
        </div>
      )}
      {action.error && <Notice kind="error">{action.error}</Notice>}
    </div>
  );
}
