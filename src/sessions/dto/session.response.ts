import type {
  ParticipantRole, PartySide, RecordResponse, RecordConfirmationResponse, RecordingConsentResponse, SessionDetail, SessionSummary,
} from '../../api-contract';
import { LoggedEvent, caucusPeriods } from '../caucus-periods';
import { MediationSession, RecordConfirmation, RecordingConsent, SessionMessage, SessionRecord } from '../entities';
import { SessionEvent } from '../entities/session-event.entity';
import type { Named } from '../sessions.repository';

export type { RecordResponse, SessionDetail, SessionSummary } from '../../api-contract';

export const SESSION_STATUS_LABELS = { booked: '已预约', scheduled: '待开始', live: '进行中', ended: '已结束', cancelled: '已取消' } as const;

const EVENT_LABELS: Record<string, string> = {
  opened: '开启调解会议', waiting: '进入候场区', joined: '进入会议', left: '离开会议', admitted: '准许进入',
  removed: '请出会议', muted: '被主持人静音', caucus_started: '开始背对背调解', caucus_ended: '结束背对背调解',
  reconnecting: '连接中断，正在重连', reconnected: '重新连接', room_closed: '媒体服务重启，参与人重新加入',
  guest_invited: '邀请指导法官', ended: '调解会议结束', unmuted: '主持人解除静音', guest_removed: '取消指导法官邀请',
  booked: '预约调解会议', rescheduled: '调解会议改期', cancelled: '取消调解会议', attendance_recorded: '登记线下调解出席情况',
};

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export function toSessionSummary(s: MediationSession): SessionSummary {
  return {
    id: s.id, caseId: s.caseId, status: s.status, statusLabel: SESSION_STATUS_LABELS[s.status], mode: s.mode,
    createdAt: iso(s.createdAt)!, startedAt: iso(s.startedAt), endedAt: iso(s.endedAt),
    startsAt: iso(s.startsAt), endsAt: iso(s.endsAt), location: s.location, cancelReason: s.cancelReason, attendance: s.attendance,
  };
}

export function toRecordResponse(record: SessionRecord, authorName: string | null): RecordResponse {
  return { version: record.version, body: record.body, authorName, savedAt: iso(record.createdAt)! };
}

export function toConfirmations(rows: Named<RecordConfirmation>[]): RecordConfirmationResponse[] {
  return rows.map((c) => ({ version: c.version, userId: c.userId, name: c.name, side: c.side, confirmedAt: iso(c.confirmedAt)! }));
}

export function toConsents(rows: Named<RecordingConsent>[]): RecordingConsentResponse[] {
  return rows.map((c) => ({ userId: c.userId, name: c.name, purpose: c.purpose, granted: c.granted, at: iso(c.createdAt)! }));
}

export interface SessionDetailParts {
  session: MediationSession;
  caseNumber: string | null;
  myRole: ParticipantRole | null;
  mySide: PartySide | null;
  guests: Named<{ userId: string; invitedAt: Date }>[];
  events: (SessionEvent & { actorName: string | null; subjectName: string | null })[];
  messages: Named<SessionMessage>[];
  caucusEvents: LoggedEvent[];
  next: string | null;
  record: RecordResponse | null;
  confirmations: Named<RecordConfirmation>[];
  consents: Named<RecordingConsent>[];
}

export function toSessionDetail(p: SessionDetailParts): SessionDetail {
  return {
    ...toSessionSummary(p.session),
    caseNumber: p.caseNumber,
    myRole: p.myRole,
    mySide: p.mySide,
    guests: p.guests.map((g) => ({ userId: g.userId, name: g.name, invitedAt: iso(g.invitedAt)! })),
    events: p.events.map((e) => ({
      type: e.type, label: EVENT_LABELS[e.type] ?? e.type, actorName: e.actorName, subjectName: e.subjectName,
      data: e.data, at: iso(e.createdAt)!,
    })),
    caucusPeriods: caucusPeriods(p.caucusEvents),
    next: p.next,
    chat: p.messages.map((m) => ({
      id: m.id, authorId: m.authorId, authorName: m.name, text: m.body, private: m.visibleTo !== null, at: iso(m.createdAt)!,
    })),
    record: p.record,
    confirmations: toConfirmations(p.confirmations),
    recordingConsents: toConsents(p.consents),
  };
}
