import type { CalendarEvent } from '../mediators/calendar';
import type { MediationSession } from './entities';

/** A booked session as a calendar event (one .ics, or a line of the mediator's feed). */
export function sessionCalendarEvent(session: MediationSession, caseNumber: string | null): CalendarEvent {
  const how = session.mode === 'online' ? '线上视频调解：请在预约时间登录合舟平台进入调解会议' : `线下调解：${session.location ?? ''}`;
  return {
    uid: `${session.id}@hezhou`, start: session.startsAt!, end: session.endsAt!, summary: `调解会议 ${caseNumber ?? ''}`.trim(),
    description: how, location: session.mode === 'in_person' ? session.location : null,
    cancelled: session.status === 'cancelled', updatedAt: session.createdAt,
  };
}
