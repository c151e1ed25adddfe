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

export const sessionsApi = {
  get: (id: string) => api<SessionDetail>(`/sessions/${enc(id)}`),
  listOfCase: (caseId: string) => api<SessionSummary[]>(`/cases/${enc(caseId)}/sessions`),
  open: (caseId: string) => api<SessionDetail>(`/cases/${enc(caseId)}/sessions`, { body: {} }),
  saveRecord: (id: string, body: string, baseVersion: number) =>
    api<RecordResponse>(`/sessions/${enc(id)}/record`, { method: 'PUT', body: { body, baseVersion } }),
  confirmRecord: (id: string, version: number) =>
    api<RecordConfirmationResponse[]>(`/sessions/${enc(id)}/record/confirm`, { body: { version } }),
};
