import { api, apiFetch } from '../api/http';
import type {
  AgreementResponse, CaseDocumentResponse, DocBlockResponse, LintFinding, Obligation, VerificationResponse,
} from '../../../src/api-contract';

export type { AgreementResponse, CaseDocumentResponse, DocBlockResponse, LintFinding, Obligation, VerificationResponse };

/** An obligation being edited: any field may still be missing (the lint says which). */
export type DraftObligation = Partial<Obligation> & { kind: Obligation['kind'] } & Record<string, unknown>;

export interface Draft {
  obligations: DraftObligation[];
  terms: string;
  /** 民间借贷: when the loan contract was made (the interest cap's date). */
  loanContractDate?: string;
}

const enc = encodeURIComponent;

export const agreementsApi = {
  ofCase: async (caseId: string) => (await api<{ agreement: AgreementResponse | null }>(`/cases/${enc(caseId)}/agreement`)).agreement,
  create: (caseId: string, draft: Draft) => api<AgreementResponse>(`/cases/${enc(caseId)}/agreements`, { body: draft as never }),
  check: (caseId: string, draft: Draft) =>
    api<Pick<AgreementResponse, 'lint' | 'preview'>>(`/cases/${enc(caseId)}/agreements/check`, { body: draft as never }),
  update: (id: string, draft: Draft, baseVersion: number) =>
    api<AgreementResponse>(`/agreements/${enc(id)}`, { method: 'PUT', body: { ...draft, baseVersion } as never }),
  finalize: (id: string, acknowledged: string[]) => api<AgreementResponse>(`/agreements/${enc(id)}/finalize`, { body: { acknowledged } }),
  comment: (id: string, body: string) => api<AgreementResponse>(`/agreements/${enc(id)}/comments`, { body: { body } }),
  sendCode: (id: string) => api<{ phone: string; expiresInSeconds: number; resendAfterSeconds: number }>(`/agreements/${enc(id)}/sign/code`, { body: {} }),
  sign: (id: string, code: string, signatureImage: string) => api<AgreementResponse>(`/agreements/${enc(id)}/sign`, { body: { code, signatureImage } }),
  pdf: async (id: string) => (await apiFetch(`/agreements/${enc(id)}/pdf`)).blob(),
  saveDetails: (caseId: string, partyId: string, body: { domicile: string; serviceAddress: string; eServiceConsent: boolean; representativeName?: string; representativeTitle?: string; sealImage?: string }) =>
    api<{ saved: boolean }>(`/cases/${enc(caseId)}/parties/${enc(partyId)}/details`, { method: 'PUT', body }),
  documents: (caseId: string) => api<CaseDocumentResponse[]>(`/cases/${enc(caseId)}/documents`),
  downloadDocument: async (url: string) => (await apiFetch(url.replace(/^\/api/, ''))).blob(),
};

export const verifyApi = {
  byCode: (code: string) => api<VerificationResponse>(`/verify/${enc(code.trim())}`),
  byFile: async (file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    const res = await apiFetch('/verify', { method: 'POST', body: form });
    return (await res.json()) as VerificationResponse;
  },
};
