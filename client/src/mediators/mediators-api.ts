// The mediators feature's endpoints (src/mediators, src/sessions bookings); shapes from the one contract.
import type {
  CourtGuidanceThread, MediationClock, MediatorChoice, MediatorPage, MediatorProfileDetail, MediatorQueue, MediatorRanking,
  MediatorSlots, OverrunCase, SessionSummary,
} from '../../../src/api-contract';
import { api, apiFetch } from '../api/http';
import type { Id } from '../api/types';

const enc = encodeURIComponent;

export interface DirectoryFilter {
  category?: string;
  affiliation?: string;
  language?: string;
  availableOn?: string;
  name?: string;
  organizationId?: string;
  page?: number;
}

export interface Booking {
  startsAt: string;
  durationMinutes: number;
  mode: 'online' | 'in_person';
  officeId?: string;
}

export const mediatorsApi = {
  directory: (f: DirectoryFilter = {}) => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(f)) if (v !== undefined && v !== '') p.set(k, String(v));
    return api<MediatorPage>(`/mediators?${p}`);
  },
  profile: (id: Id) => api<MediatorProfileDetail>(`/mediators/${enc(id)}`),
  update: (id: Id, body: Record<string, unknown>) => api<MediatorProfileDetail>(`/mediators/${enc(id)}`, { method: 'PATCH', body }),
  setAvailability: (id: Id, weeklyHours: { weekday: number; start: string; end: string }[]) =>
    api<MediatorProfileDetail>(`/mediators/${enc(id)}/availability`, { method: 'PUT', body: { weeklyHours } }),
  addLeave: (id: Id, body: { startsAt: string; endsAt: string; reason: string }) =>
    api<MediatorProfileDetail>(`/mediators/${enc(id)}/leave`, { body }),
  deleteLeave: (id: Id, leaveId: Id) => api<MediatorProfileDetail>(`/mediators/${enc(id)}/leave/${enc(leaveId)}`, { method: 'DELETE' }),
  setPhoto: (id: Id, dataUrl: string) => api<MediatorProfileDetail>(`/mediators/${enc(id)}/photo`, { method: 'PUT', body: { dataUrl } }),
  slots: (id: Id, from?: string, days = 7) => api<MediatorSlots>(`/mediators/${enc(id)}/slots?days=${days}${from ? `&from=${from}` : ''}`),
  queue: () => api<MediatorQueue>('/mediators/me/queue'),
  overruns: () => api<OverrunCase[]>('/mediation-clock/overruns'),
  ranking: (caseId: Id, languages?: string) =>
    api<MediatorRanking>(`/cases/${enc(caseId)}/mediator-ranking${languages ? `?languages=${enc(languages)}` : ''}`),
  choice: (caseId: Id) => api<MediatorChoice>(`/cases/${enc(caseId)}/mediator-choice`),
  propose: (caseId: Id, mediatorId: Id) => api<MediatorChoice>(`/cases/${enc(caseId)}/mediator-proposals`, { body: { mediatorId } }),
  acceptOffer: (caseId: Id) => api<MediatorChoice>(`/cases/${enc(caseId)}/mediator-offer/accept`, { body: {} }),
  declineOffer: (caseId: Id, reason: string) => api<MediatorChoice>(`/cases/${enc(caseId)}/mediator-offer/decline`, { body: { reason } }),
  requestReplacement: (caseId: Id, reason: string) => api<MediatorChoice>(`/cases/${enc(caseId)}/mediator-replacements`, { body: { reason } }),
  decideReplacement: (caseId: Id, id: Id, grant: boolean, note?: string) =>
    api<MediatorChoice>(`/cases/${enc(caseId)}/mediator-replacements/${enc(id)}/decision`, { body: { grant, ...(note ? { note } : {}) } }),
  clock: (caseId: Id) => api<MediationClock>(`/cases/${enc(caseId)}/mediation-clock`),
  requestExtension: (caseId: Id, days: number, reason: string) =>
    api<MediationClock>(`/cases/${enc(caseId)}/mediation-extensions`, { body: { days, reason } }),
  answerExtension: (caseId: Id, id: Id, agree: boolean) =>
    api<MediationClock>(`/cases/${enc(caseId)}/mediation-extensions/${enc(id)}/answer`, { body: { agree } }),
  guidance: (caseId: Id) => api<CourtGuidanceThread>(`/cases/${enc(caseId)}/court-guidance`),
  postGuidance: (caseId: Id, body: string) => api<CourtGuidanceThread>(`/cases/${enc(caseId)}/court-guidance`, { body: { body } }),
  book: (caseId: Id, body: Booking) => api<SessionSummary>(`/cases/${enc(caseId)}/bookings`, { body: body as unknown as Record<string, unknown> }),
  sessions: (caseId: Id) => api<SessionSummary[]>(`/cases/${enc(caseId)}/sessions`),
  cancel: (sessionId: Id, reason: string) => api<SessionSummary>(`/sessions/${enc(sessionId)}/cancel`, { body: { reason } }),
  ics: (sessionId: Id) => apiFetch(`/sessions/${enc(sessionId)}/calendar.ics`).then((r) => r.blob()),
};
