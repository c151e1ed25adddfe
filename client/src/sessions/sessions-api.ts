import { api } from '../api/http';
import type {
  RecordConfirmationResponse, RecordResponse, SessionDetail, SessionSummary,
} from '../../../src/api-contract';

// The REST side of a video mediation session (src/sessions/sessions.controller.ts); the shapes are the contract's.
export type {
  ParticipantRole, RecordConfirmationResponse as RecordConfirmation, RecordResponse as SessionRecord, SessionDetail, SessionStatus,
  SessionSummary,
} from '../../../src/api-contract';

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
    api<RecordResponse>(`/sessions/${enc(id)}/record`, { method: 'PUT', body: { body, baseVersion } }),
  confirmRecord: (id: string, version: number) =>
    api<RecordConfirmationResponse[]>(`/sessions/${enc(id)}/record/confirm`, { body: { version } }),
};
