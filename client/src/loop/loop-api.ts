import { api, apiFetch } from '../api/http';
import type {
  AuditPage, AuditVerification, FollowUpTaskResponse, MySatisfaction, NotificationList, PartnerReferralResponse, StatisticsResponse,
  UnreadCount,
} from '../../../src/api-contract';
import { saveBlob } from '../ui/save-blob';
import { uploadForm } from '../api/upload';

const enc = (id: string) => encodeURIComponent(id);

export const notificationsApi = {
  list: () => api<NotificationList>('/notifications'),
  unread: () => api<UnreadCount>('/notifications/unread-count'),
  read: (id: string) => api<void>(`/notifications/${enc(id)}/read`, { method: 'POST' }),
  readAll: () => api<void>('/notifications/read-all', { method: 'POST' }),
};

export const statisticsApi = {
  get: (query: string) => api<StatisticsResponse>(`/statistics${query}`),
  async download(query: string, format: 'csv' | 'xlsx'): Promise<void> {
    const res = await apiFetch(`/statistics/export${query ? `${query}&` : '?'}format=${format}`);
    saveBlob(await res.blob(), `调解统计.${format}`);
  },
};

export interface ReferralInput {
  committeeId: string;
  category: string;
  facts: string;
  claims: string;
  claimAmountFen: number;
  disputeDate: string;
  referenceId?: string;
  applicant: { name: string; phone: string };
  respondents: { name: string; phone: string }[];
}

/** Referrals in (转办 / 分流): partners file theirs; the committee routes them. */
export const referralsApi = {
  list: () => api<PartnerReferralResponse[]>('/referrals'),
  file: (body: ReferralInput) => api<PartnerReferralResponse>('/referrals', { body: body as unknown as Record<string, unknown> }),
  attach: (id: string, file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return uploadForm<PartnerReferralResponse>(`/referrals/${enc(id)}/attachments`, form, () => undefined);
  },
  accept: (id: string) => api<PartnerReferralResponse>(`/referrals/${enc(id)}/accept`, { body: {} }),
  forward: (id: string, body: { committeeId?: string; body?: string; note?: string }) =>
    api<PartnerReferralResponse>(`/referrals/${enc(id)}/forward`, { body }),
  decline: (id: string, reason: string) => api<PartnerReferralResponse>(`/referrals/${enc(id)}/decline`, { body: { reason } }),
  async download(id: string, attachmentId: string, fileName: string): Promise<void> {
    const res = await apiFetch(`/referrals/${enc(id)}/attachments/${enc(attachmentId)}`);
    saveBlob(await res.blob(), fileName);
  },
};

/** Follow-up (回访) of an agreement in effect, and the parties' satisfaction (满意度). */
export const followUpApi = {
  ofCase: (caseId: string) => api<FollowUpTaskResponse[]>(`/cases/${enc(caseId)}/follow-ups`),
  record: (id: string, body: { outcome: 'on_time' | 'late' | 'partly' | 'unpaid'; performedOn?: string; note?: string }) =>
    api<FollowUpTaskResponse>(`/follow-ups/${enc(id)}`, { method: 'PUT', body }),
  reportPayment: (id: string, input: { paidOn: string; amountFen: number; note?: string; receipt?: File }) => {
    const form = new FormData();
    form.append('paidOn', input.paidOn);
    form.append('amountFen', String(input.amountFen));
    if (input.note) form.append('note', input.note);
    if (input.receipt) form.append('receipt', input.receipt, input.receipt.name);
    return uploadForm<FollowUpTaskResponse>(`/follow-ups/${enc(id)}/payments`, form, () => undefined);
  },
  /** Downloads a payment's receipt (付款凭证) as the file it was uploaded as. */
  saveReceipt: async (paymentId: string, baseName: string) => {
    const blob = await (await apiFetch(`/follow-up-payments/${enc(paymentId)}/receipt`)).blob();
    saveBlob(blob, `${baseName}.${{ 'application/pdf': 'pdf', 'image/png': 'png' }[blob.type] ?? 'jpg'}`);
  },
  mySatisfaction: (caseId: string) => api<MySatisfaction>(`/cases/${enc(caseId)}/satisfaction`),
  rate: (caseId: string, body: { score: number; comment?: string }) => api<MySatisfaction>(`/cases/${enc(caseId)}/satisfaction`, { body }),
};

export interface AuditFilters {
  actorId?: string;
  action?: string;
  entity?: string;
  entityId?: string;
  from?: string;
  to?: string;
  before?: string;
}

const auditQuery = (f: AuditFilters) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v) p.set(k, v);
  const s = p.toString();
  return s ? `?${s}` : '';
};

/** The admin's audit log (审计日志): browse with filters, export, check the hash chain. */
export const auditApi = {
  page: (f: AuditFilters) => api<AuditPage>(`/admin/audit${auditQuery(f)}`),
  verify: () => api<AuditVerification>('/admin/audit/verify', { body: {} }),
  async export(f: AuditFilters): Promise<void> {
    const res = await apiFetch(`/admin/audit/export${auditQuery({ ...f, before: undefined })}`);
    saveBlob(await res.blob(), '审计日志.csv');
  },
};
