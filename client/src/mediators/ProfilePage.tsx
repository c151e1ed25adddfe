import { useEffect, useState } from 'preact/hooks';
import type { MediatorProfileDetail } from '../../../src/api-contract';
import { metaApi } from '../api/endpoints';
import { useSession } from '../auth/session';
import { t } from '../i18n';
import { formatDateTime } from '../ui/format';
import { TextArea, TextField } from '../ui/Field';
import { Loading, LoadError, Notice } from '../ui/Notice';
import { useAction } from '../ui/useAction';
import { useAsync } from '../ui/useAsync';
import { usePageTitle } from '../ui/usePageTitle';
import { MediatorCardView } from './MediatorCardView';
import { mediatorsApi } from './mediators-api';
import { WeekSlots } from './WeekSlots';
import './mediators.css';

const WEEKDAYS = ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'];

/** A mediator's profile and free week; the mediator himself (or an admin) edits it and sets his availability. */
export function ProfilePage({ id }: { id: string }) {
  const { user } = useSession();
  const profile = useAsync(() => mediatorsApi.profile(id), [id]);
  usePageTitle(profile.data?.name ?? t('调解员'));
  const mayEdit = !!user && (user.id === id || user.role === 'admin');
  if (profile.error) return <LoadError message={profile.error.message} onRetry={profile.reload} />;
  if (!profile.data) return <Loading />;
  const p = profile.data;
  return (
    <section>
      <a class="back" href="/mediators">← {t('调解员名录')}</a>
      <h1>{p.name}</h1>
      <MediatorCardView m={p} />
      <section class="card section">
        <h2>{t('调解地点')}</h2>
        {p.offices.length ? <ul>{p.offices.map((o) => <li key={o.id}>{o.name}（{o.address}）</li>)}</ul> : <p class="muted">{t('仅线上调解')}</p>}
        <h2>{t('本周可预约时段')}</h2>
        <WeekSlots mediatorId={p.id} />
      </section>
      {mayEdit && <ProfileEditor p={p} onSaved={(next) => profile.setData(next)} />}
    </section>
  );
}

function ProfileEditor({ p, onSaved }: { p: MediatorProfileDetail; onSaved: (p: MediatorProfileDetail) => void }) {
  const categories = useAsync(() => metaApi.categories(), []);
  const [specialties, setSpecialties] = useState(p.specialties);
  const [languages, setLanguages] = useState(p.languages.join('、'));
  const [intro, setIntro] = useState(p.introduction);
  const [years, setYears] = useState(String(p.yearsOfExperience));
  const [office, setOffice] = useState(p.offices[0] ? `${p.offices[0].name}｜${p.offices[0].address}` : '');
  const [hours, setHours] = useState(p.weeklyHours);
  const [leave, setLeave] = useState({ from: '', to: '', reason: '' });
  const [saved, setSaved] = useState<string>();
  const action = useAction();
  useEffect(() => setHours(p.weeklyHours), [p.weeklyHours]);

  const save = async () => {
    const [name, address] = office.split('｜').map((s) => s.trim());
    const next = await action.run(() => mediatorsApi.update(p.id, {
      specialties, languages: languages.split(/[、,，\s]+/).filter(Boolean), introduction: intro, yearsOfExperience: Number(years) || 0,
      offices: name && address ? [{ name, address }] : [],
    }));
    if (next) { onSaved(next); setSaved(t('已保存')); }
  };
  const saveHours = async () => {
    const next = await action.run(() => mediatorsApi.setAvailability(p.id, hours));
    if (next) { onSaved(next); setSaved(t('可预约时段已保存')); }
  };
  const addLeave = async () => {
    const next = await action.run(() => mediatorsApi.addLeave(p.id, {
      startsAt: new Date(`${leave.from}T00:00:00+08:00`).toISOString(), endsAt: new Date(`${leave.to}T23:59:59+08:00`).toISOString(), reason: leave.reason,
    }));
    if (next) { onSaved(next); setLeave({ from: '', to: '', reason: '' }); setSaved(t('请假已登记')); }
  };
  // Taking a leave back makes its slots bookable again at once.
  const deleteLeave = async (leaveId: string) => {
    const next = await action.run(() => mediatorsApi.deleteLeave(p.id, leaveId));
    if (next) { onSaved(next); setSaved(t('请假已撤销，相应时段可重新预约')); }
  };
  const setDay = (weekday: number, field: 'start' | 'end', value: string) => {
    const existing = hours.find((h) => h.weekday === weekday) ?? { weekday, start: '09:00', end: '17:00' };
    setHours([...hours.filter((h) => h.weekday !== weekday), { ...existing, [field]: value }].sort((a, b) => a.weekday - b.weekday));
  };
  const toggleDay = (weekday: number, on: boolean) =>
    setHours(on ? [...hours, { weekday, start: '09:00', end: '17:00' }].sort((a, b) => a.weekday - b.weekday) : hours.filter((h) => h.weekday !== weekday));

  return (
    <section class="card section" data-testid="profile-editor">
      <h2>{t('编辑我的资料')}</h2>
      <fieldset>
        <legend>{t('擅长领域')}</legend>
        {(categories.data ?? []).map((c) => (
          <label key={c} class="inline">
            <input type="checkbox" checked={specialties.includes(c)} onChange={(e) => setSpecialties(e.currentTarget.checked ? [...specialties, c] : specialties.filter((s) => s !== c))} /> {c}
          </label>
        ))}
      </fieldset>
      <TextField label={t('语言/方言（用顿号分隔）')} value={languages} onValue={setLanguages} />
      <TextField label={t('从业年限')} type="number" value={years} onValue={setYears} />
      <TextArea label={t('个人简介')} value={intro} onValue={setIntro} rows={3} />
      <TextField label={t('线下调解地点（名称｜地址）')} value={office} onValue={setOffice} />
      <button type="button" class="btn btn-primary" disabled={action.busy} onClick={save}>{t('保存资料')}</button>
      <label class="field">{t('照片（PNG 或 JPEG，不超过 1MB，选填）')}
        <input type="file" accept="image/png,image/jpeg" onChange={async (e) => {
          const file = e.currentTarget.files?.[0];
          if (!file) return;
          const dataUrl = await new Promise<string>((resolve) => {
            const reader = new FileReader();
            reader.onload = () => resolve(String(reader.result));
            reader.readAsDataURL(file);
          });
          const next = await action.run(() => mediatorsApi.setPhoto(p.id, dataUrl));
          if (next) { onSaved(next); setSaved(t('照片已更新')); }
        }} />
      </label>

      <h2>{t('每周可预约时段（北京时间）')}</h2>
      {WEEKDAYS.map((label, i) => {
        const h = hours.find((x) => x.weekday === i + 1);
        return (
          <div class="row-actions" key={label}>
            <label class="inline"><input type="checkbox" checked={!!h} onChange={(e) => toggleDay(i + 1, e.currentTarget.checked)} /> {t(label)}</label>
            {h && <>
              <input type="time" aria-label={t('{d}开始', { d: t(label) })} value={h.start} onInput={(e) => setDay(i + 1, 'start', e.currentTarget.value)} />
              <span>–</span>
              <input type="time" aria-label={t('{d}结束', { d: t(label) })} value={h.end} onInput={(e) => setDay(i + 1, 'end', e.currentTarget.value)} />
            </>}
          </div>
        );
      })}
      <button type="button" class="btn btn-primary" disabled={action.busy} onClick={saveHours} data-testid="save-hours">{t('保存可预约时段')}</button>

      <h2>{t('请假')}</h2>
      {p.leave.map((l) => (
        <p key={l.id} class="muted" data-testid="leave">
          {formatDateTime(l.startsAt)} – {formatDateTime(l.endsAt)}：{l.reason}{' '}
          <button type="button" class="btn btn-small" disabled={action.busy} onClick={() => deleteLeave(l.id)}>{t('撤销请假')}</button>
        </p>
      ))}
      <div class="row-actions">
        <TextField label={t('开始日期')} type="date" value={leave.from} onValue={(v) => setLeave({ ...leave, from: v })} />
        <TextField label={t('结束日期')} type="date" value={leave.to} onValue={(v) => setLeave({ ...leave, to: v })} />
        <TextField label={t('事由')} value={leave.reason} onValue={(v) => setLeave({ ...leave, reason: v })} />
      </div>
      <button type="button" class="btn" disabled={action.busy || !leave.from || !leave.to || !leave.reason} onClick={addLeave}>{t('登记请假')}</button>

      {p.calendarFeedUrl && (
        <>
          <h2>{t('订阅我的调解日程')}</h2>
          <p class="muted small">{t('在日历应用中订阅此链接（请勿外传）：')}</p>
          <code class="feed-url">{`${window.location.origin}${p.calendarFeedUrl}`}</code>
        </>
      )}
      {saved && <Notice kind="success">{saved}</Notice>}
      {action.error && <Notice kind="error">{action.error}</Notice>}
    </section>
  );
}
