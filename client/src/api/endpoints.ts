import { api, apiFetch } from './http';
import { uploadForm, type Progress } from './upload';
import type {
  AuthTokens,
  CaseDetail,
  CaseGuidance,
  CourtFee,
  CaseSummary,
  Committee,
  CreatedInvitation,
  Evidence,
  Id,
  Invitation,
  Me,
  NewCase,
  Page,
  SimilarCases,
  TimelineEvent,
} from './types';
import type { OutboxResponse, PhoneCodeSentResponse } from '../../../src/api-contract';

const enc = (id: Id | string) => encodeURIComponent(String(id));

export type CodePurpose = 'register' | 'invitation' | 'reset' | 'unlock';

export type { OutboxItem } from '../../../src/api-contract';

export const authApi = {
  register: (body: { phone: string; code: string; password: string; name: string }) =>
    api<AuthTokens>('/auth/register', { body }),
  sendCode: (phone: string, purpose: CodePurpose) =>
    api<PhoneCodeSentResponse>('/auth/phone-codes', { body: { phone, purpose } }),
  resetPassword: (body: { phone: string; code: string; password: string }) => api<void>('/auth/password-reset', { body }),
  unlock: (body: { phone: string; code: string }) => api<void>('/auth/unlock', { body }),
  outbox: (phone?: string) => api<OutboxResponse>(`/dev/outbox${phone ? `?phone=${enc(phone)}` : ''}`),
  login: (body: { phone: string; password: string }) => api<AuthTokens>('/auth/login', { body }),
  logout: (refreshToken: string) => api<void>('/auth/logout', { body: { refreshToken } }),
  me: () => api<Me>('/me'),
  setPreferences: (body: { elderMode: boolean }) => api<Me>('/me/preferences', { method: 'PATCH', body }),
};

export const metaApi = {
  categories: () => api<string[]>('/meta/categories'),
  committees: () => api<Committee[]>('/committees'),
};

export const casesApi = {
  list: (q: { status?: string; page?: number; pageSize?: number } = {}) => {
    const p = new URLSearchParams();
    if (q.status) p.set('status', q.status);
    p.set('page', String(q.page ?? 1));
    p.set('pageSize', String(q.pageSize ?? 20));
    return api<Page<CaseSummary>>(`/cases?${p}`);
  },
  create: (body: NewCase, idempotencyKey: string) =>
    api<CaseDetail>('/cases', { body: body as unknown as Record<string, unknown>, headers: { 'Idempotency-Key': idempotencyKey } }),
  get: (id: Id) => api<CaseDetail>(`/cases/${enc(id)}`),
  timeline: (id: Id) => api<TimelineEvent[]>(`/cases/${enc(id)}/timeline`),
  invite: (id: Id, partyId: Id) => api<CreatedInvitation>(`/cases/${enc(id)}/invitations`, { body: { partyId } }),
  accept: (id: Id, note?: string) => api<CaseDetail>(`/cases/${enc(id)}/accept`, { body: note ? { note } : {} }),
  decline: (id: Id, reason: string) => api<CaseDetail>(`/cases/${enc(id)}/decline`, { body: { reason } }),
  assign: (id: Id, mediatorId: Id) => api<CaseDetail>(`/cases/${enc(id)}/assign`, { body: { mediatorId } }),
  withdraw: (id: Id, reason?: string) =>
    api<CaseDetail>(`/cases/${enc(id)}/withdraw`, { body: reason ? { reason } : {} }),
  startMediation: (id: Id, note?: string) =>
    api<CaseDetail>(`/cases/${enc(id)}/start-mediation`, { body: note ? { note } : {} }),
  close: (id: Id, outcome: 'settled' | 'failed', note: string, oral: { withoutWrittenAgreement?: boolean; reason?: string } = {}) =>
    api<CaseDetail>(`/cases/${enc(id)}/close`, { body: { outcome, note, ...oral } }),
  uploadEvidence: (id: Id, file: File, description: string, onProgress: Progress) => {
    const form = new FormData();
    form.append('file', file, file.name);
    if (description.trim()) form.append('description', description.trim());
    return uploadForm<Evidence>(`/cases/${enc(id)}/evidence`, form, onProgress);
  },
  downloadEvidence: (id: Id, evidenceId: Id) =>
    apiFetch(`/cases/${enc(id)}/evidence/${enc(evidenceId)}/download`).then((r) => r.blob()),
  giveStatement: (id: Id, text: string) => api<CaseDetail>(`/cases/${enc(id)}/statement`, { method: 'PUT', body: { text } }),
};

export const invitationsApi = {
  downloadEvidence: (code: string, evidenceId: Id) =>
    apiFetch(`/invitations/${enc(code)}/evidence/${enc(evidenceId)}/download`).then((r) => r.blob()),
  get: (code: string) => api<Invitation>(`/invitations/${enc(code)}`),
  accept: (code: string, phoneCode: string) =>
    api<CaseDetail>(`/invitations/${enc(code)}/accept`, { body: { code: phoneCode } }),
  decline: (code: string, reason: string, phoneCode: string) =>
    api<unknown>(`/invitations/${enc(code)}/decline`, { body: { reason, code: phoneCode } }),
};

export interface GuidanceDraft {
  category: string;
  facts: string;
  claims: string;
  claimAmountFen: number;
  disputeDate: string;
  loan?: NewCase['loan'];
  evidenceNames?: string[];
}

export interface SimilarQuery {
  q: string;
  category?: string;
  minFen?: number;
  maxFen?: number;
  from?: string;
  to?: string;
}

export const guidanceApi = {
  courtFee: (claimAmountFen: number, category?: string) =>
    api<CourtFee>(`/guidance/court-fee?claimAmountFen=${claimAmountFen}${category ? `&category=${enc(category)}` : ''}`),
  amountInWords: (fen: number) => api<{ text: string }>(`/guidance/amount-in-words?fen=${fen}`),
  forCase: (id: Id) => api<CaseGuidance>(`/cases/${enc(id)}/guidance`),
  preview: (draft: GuidanceDraft) => api<CaseGuidance>('/guidance/preview', { body: draft as unknown as Record<string, unknown> }),
  similar: (q: SimilarQuery) => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== '') p.set(k, String(v));
    return api<SimilarCases>(`/guidance/similar-cases?${p}`);
  },
  reportPdf: async (id: Id) => (await apiFetch(`/cases/${enc(id)}/guidance/pdf`)).blob(),
  summaryConsent: (caseId: Id, partyId: Id, consent: boolean) =>
    api<{ partyId: string; summaryReuseConsent: boolean }>(`/cases/${enc(caseId)}/parties/${enc(partyId)}/summary-consent`, { method: 'PUT', body: { consent } }),
  refer: (id: Id, body: string, note?: string) => api<unknown>(`/cases/${enc(id)}/referrals`, { body: { body, ...(note ? { note } : {}) } }),
};
