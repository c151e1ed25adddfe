// What a reminder before a booked session tells each participant (in the app, and by SMS: 【合舟调解】title。body 详情：link):
// when, online or where, and who mediates. Pure, so its wording is unit-tested.
import { SHANGHAI_OFFSET_MS } from '../mediators/availability';

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

export interface SessionReminderFacts {
  startsAt: string;
  endsAt: string;
  mode: 'online' | 'in_person';
  /** The office's name and address, for an in-person session. */
  location: string | null;
  mediatorName: string;
}

const local = (iso: string) => new Date(Date.parse(iso) + SHANGHAI_OFFSET_MS);
const hhmm = (d: Date) => d.toISOString().slice(11, 16);

/** 2026年12月3日（周四）10:00–11:30（北京时间） */
export function sessionTimeText(startsAt: string, endsAt: string): string {
  const start = local(startsAt);
  return `${start.getUTCFullYear()}年${start.getUTCMonth() + 1}月${start.getUTCDate()}日（周${WEEKDAYS[start.getUTCDay()]}）${hhmm(start)}–${hhmm(local(endsAt))}（北京时间）`;
}

/** At most 20 characters: a provider's notification template may carry only the title (see SmsNoticeKind). */
export function sessionReminderTitle(f: Pick<SessionReminderFacts, 'startsAt'>): string {
  const start = local(f.startsAt);
  return `调解会议提醒：${start.getUTCMonth() + 1}月${start.getUTCDate()}日 ${hhmm(start)}`;
}

export function sessionReminderBody(f: SessionReminderFacts, caseLabel: string): string {
  const how = f.mode === 'online'
    ? '线上视频调解，届时打开下方链接，在案件页点击「进入视频调解」'
    : `线下调解，地点：${f.location}`;
  return `案件：${caseLabel}；时间：${sessionTimeText(f.startsAt, f.endsAt)}；方式：${how}；调解员：${f.mediatorName}。请按时参加。`;
}
