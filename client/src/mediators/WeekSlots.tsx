import { useState } from 'preact/hooks';
import type { MediatorSlots, SlotResponse } from '../../../src/api-contract';
import { t } from '../i18n';
import { Loading, LoadError } from '../ui/Notice';
import { useAsync } from '../ui/useAsync';
import { mediatorsApi } from './mediators-api';

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];
const DAY = 86_400_000;

/** Shanghai local date (YYYY-MM-DD) and HH:mm of an instant. */
function local(iso: string): { date: string; time: string; weekday: number } {
  const d = new Date(new Date(iso).getTime() + 8 * 3_600_000);
  return { date: d.toISOString().slice(0, 10), time: d.toISOString().slice(11, 16), weekday: (d.getUTCDay() + 6) % 7 };
}

function byDay(data: MediatorSlots): [string, SlotResponse[]][] {
  const days = new Map<string, SlotResponse[]>();
  for (let i = 0; i < data.days; i++) days.set(new Date(Date.parse(`${data.fromDate}T00:00:00Z`) + i * DAY).toISOString().slice(0, 10), []);
  for (const s of data.slots) days.get(local(s.startsAt).date)?.push(s);
  return [...days.entries()];
}

/**
 * A week of the mediator's slots (北京时间), one column per day; on a phone the days stack. Free slots are buttons;
 * `onPick` receives the chosen slot.
 */
export function WeekSlots({ mediatorId, onPick, picked, reloadKey }: {
  mediatorId: string; onPick?: (slot: SlotResponse) => void; picked?: string | null; reloadKey?: unknown;
}) {
  const [offset, setOffset] = useState(0);
  const from = new Date(Date.now() + 8 * 3_600_000 + offset * 7 * DAY).toISOString().slice(0, 10);
  const slots = useAsync(() => mediatorsApi.slots(mediatorId, from, 7), [mediatorId, from, reloadKey]);
  if (slots.error) return <LoadError message={slots.error.message} onRetry={slots.reload} />;
  if (!slots.data) return <Loading />;
  return (
    <div class="week" data-testid="week-slots">
      <div class="week-nav">
        <button type="button" class="btn btn-small" disabled={offset === 0} onClick={() => setOffset(offset - 1)}>{t('上一周')}</button>
        <span class="muted">{t('北京时间')}</span>
        <button type="button" class="btn btn-small" onClick={() => setOffset(offset + 1)}>{t('下一周')}</button>
      </div>
      <div class="week-grid">
        {byDay(slots.data).map(([date, list]) => (
          <div class="week-day" key={date}>
            <p class="week-day-head">{date.slice(5)} {t('周{d}', { d: WEEKDAYS[local(`${date}T04:00:00Z`).weekday] })}</p>
            {list.length === 0 && <p class="muted small">{t('不接待')}</p>}
            {list.map((s) => {
              const time = local(s.startsAt).time;
              const chosen = picked === s.startsAt;
              return s.free && onPick ? (
                <button type="button" key={s.startsAt} class={`slot slot-free${chosen ? ' slot-picked' : ''}`} aria-pressed={chosen}
                  data-testid={`slot-${s.startsAt}`} onClick={() => onPick(s)}>{time}</button>
              ) : (
                <span key={s.startsAt} class={`slot ${s.free ? 'slot-free' : 'slot-busy'}`}>{time}{s.free ? '' : ` ${t('已约')}`}</span>
              );
            })}
          </div>
        ))}
      </div>
    </div>
  );
}
