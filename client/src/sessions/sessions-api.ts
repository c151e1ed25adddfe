import { api } from '../api/http';
import type { PartySide } from '../../../src/sessions/signaling/protocol';

// The REST side of a video mediation session (src/sessions/sessions.controller.ts). The shapes mirror
// src/sessions/dto/session.response.ts; only what the session page reads is typed here.

export type SessionStatus = 'scheduled' | 'live' | 'ended';
export type ParticipantRole = 'host' | 'party' | 'guide';

export interface SessionSummary {
  id: string;
  caseId: string;
  status: SessionStatus;
  statusLabel: string;
  createdAt: string;
  startedAt: string | null;
  endedAt: string | null;
}

export interface SessionRecord {
  version: number;
  body: string;
  authorName: string | null;
  savedAt: string;
}

export interface RecordConfirmation {
  version: number;
  userId: string;
  name: string | null;
  side: string;
  confirmedAt: string;
}

export interface SessionDetail extends SessionSummary {
  caseNumber: string | null;
  /** How I take part; null: may read the file but not enter the room. */
  myRole: ParticipantRole | null;
  /** A party's side (申请人 / 被申请人). */
  mySide: PartySide | null;
  chat: { id: string; authorId: string; authorName: string | null; text: string; private: boolean; at: string }[];
  /** More log and chat follow: pass it as `?after=` (the page reads them all, see `get`). */
  next: string | null;
  record: SessionRecord | null;
  confirmations: RecordConfirmation[];
}

const enc = encodeURIComponent;

/** The session's file with all its chat: the server answers 200 messages a page, the pages are read in turn. */
async function getAll(id: string): Promise<SessionDetail> {
  let detail = await api<SessionDetail>(`/sessions/${enc(id)}`);
  for (let pages = 1; detail.next && pages < 50; pages++) {
    const page = await api<SessionDetail>(`/sessions/${enc(id)}?after=${enc(detail.next)}`);
    detail = { ...page, chat: [...detail.chat, ...page.chat] };
  }
  return detail;
}

export const sessionsApi = {
  get: getAll,
  listOfCase: (caseId: string) => api<SessionSummary[]>(`/cases/${enc(caseId)}/sessions`),
  open: (caseId: string) => api<SessionDetail>(`/cases/${enc(caseId)}/sessions`, { body: {} }),
  saveRecord: (id: string, body: string, baseVersion: number) =>
    api<SessionRecord>(`/sessions/${enc(id)}/record`, { method: 'PUT', body: { body, baseVersion } }),
  confirmRecord: (id: string, version: number) =>
    api<RecordConfirmation[]>(`/sessions/${enc(id)}/record/confirm`, { body: { version } }),
};
