import { api, apiFetch } from '../api/http';
import type {
  ConfirmationResponse, ConfirmationStatusResponse, CosignCodeSent, CourtQueueResponse, EligibleCourt,
} from '../../../src/api-contract';

export type { ConfirmationResponse, ConfirmationStatusResponse, CourtQueueResponse, EligibleCourt };

const enc = encodeURIComponent;

/** The court's desk (src/confirmation): the parties' application and the court's queue. */
export const courtApi = {
  eligibleCourts: (agreementId: string, subjectLocation = '') =>
    api<EligibleCourt[]>(`/agreements/${enc(agreementId)}/eligible-courts${subjectLocation ? `?subjectLocation=${enc(subjectLocation)}` : ''}`),
  status: (agreementId: string) => api<ConfirmationStatusResponse>(`/agreements/${enc(agreementId)}/confirmation`),
  apply: (agreementId: string, courtId: string, subjectLocation = '') =>
    api<ConfirmationResponse>(`/agreements/${enc(agreementId)}/confirmation`, { body: subjectLocation ? { courtId, subjectLocation } : { courtId } }),
  get: (id: string) => api<ConfirmationResponse>(`/confirmations/${enc(id)}`),
  cosignCode: (id: string) => api<CosignCodeSent>(`/confirmations/${enc(id)}/cosign/code`, { body: {} }),
  cosign: (id: string, code: string) => api<ConfirmationResponse>(`/confirmations/${enc(id)}/cosign`, { body: { code } }),
  withdraw: (id: string) => api<ConfirmationResponse>(`/confirmations/${enc(id)}/withdraw`, { body: {} }),
  answer: (id: string, body: string) => api<ConfirmationResponse>(`/confirmations/${enc(id)}/answers`, { body: { body } }),
  queue: () => api<CourtQueueResponse>('/court/queue'),
  accept: (id: string, courtCaseNumber?: string) => api<ConfirmationResponse>(`/confirmations/${enc(id)}/accept`, { body: courtCaseNumber ? { courtCaseNumber } : {} }),
  refuse: (id: string, reason: string, text: string) => api<ConfirmationResponse>(`/confirmations/${enc(id)}/refuse`, { body: { reason, text } }),
  extend: (id: string, approverId: string, text: string) => api<ConfirmationResponse>(`/confirmations/${enc(id)}/extend`, { body: { approverId, text } }),
  decide: (id: string, decision: 'confirm' | 'reject', reasons: string[], text: string) =>
    api<ConfirmationResponse>(`/confirmations/${enc(id)}/decide`, { body: { decision, reasons, text } }),
  ask: (id: string, body: string) => api<ConfirmationResponse>(`/confirmations/${enc(id)}/questions`, { body: { body } }),
  hearing: (id: string) => api<{ sessionId: string }>(`/confirmations/${enc(id)}/hearing`, { body: {} }),
  register: (id: string) => api<ConfirmationResponse>(`/court/items/${enc(id)}/register`, { body: {} }),
  returnItem: (id: string, text: string) => api<ConfirmationResponse>(`/court/items/${enc(id)}/return`, { body: { text } }),
  handOff: (caseId: string) => api<ConfirmationResponse>(`/cases/${enc(caseId)}/litigation-handoff`, { body: {} }),
  enforcement: (agreementId: string, obligations: number[], text: string) =>
    api<ConfirmationResponse>(`/agreements/${enc(agreementId)}/enforcement`, { body: { obligations, text } }),
  file: async (url: string) => (await apiFetch(url.replace(/^\/api/, ''))).blob(),
};

export const REFUSAL_OPTIONS = [
  { value: 'personal_status', label: '确认身份关系、收养关系、婚姻关系等' },
  { value: 'ownership', label: '涉及确认物权、知识产权归属' },
  { value: 'not_this_court', label: '不属于本院受理范围或管辖' },
  { value: 'other', label: '其他不予受理的情形' },
];

export const REJECTION_OPTIONS = [
  { value: 'violates_law', label: '违反法律强制性规定' },
  { value: 'harms_others', label: '损害国家利益、社会公共利益或案外人合法权益' },
  { value: 'public_order', label: '违背公序良俗' },
  { value: 'unclear', label: '内容不明确' },
  { value: 'not_voluntary', label: '违反自愿原则' },
  { value: 'other', label: '其他不能司法确认的情形' },
];
