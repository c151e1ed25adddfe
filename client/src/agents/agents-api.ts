import { api, apiFetch } from '../api/http';
import { uploadForm, type Progress } from '../api/upload';
import type { AgencyResponse, AgentAuthority, AgentRelation } from '../../../src/api-contract';

export type { AgencyResponse as Agency, AgentAuthority, AgentRelation } from '../../../src/api-contract';

const enc = (id: string) => encodeURIComponent(id);

/** What the party types to name an agent (the power of attorney travels as the form's file). */
export interface NewAgent {
  partyId: string;
  name: string;
  phone: string;
  idNumber: string;
  relation: AgentRelation;
  licenceNumber: string;
  lawFirm: string;
  authority: AgentAuthority;
}

export const agentsApi = {
  list: (caseId: string) => api<AgencyResponse[]>(`/cases/${enc(caseId)}/agents`),
  add: (caseId: string, agent: NewAgent, poa: File, onProgress: Progress) => {
    const form = new FormData();
    for (const [key, value] of Object.entries(agent)) {
      const lawyerOnly = key === 'licenceNumber' || key === 'lawFirm';
      if (!lawyerOnly || agent.relation === 'lawyer') form.append(key, value.trim());
    }
    form.append('file', poa, poa.name);
    return uploadForm<AgencyResponse>(`/cases/${enc(caseId)}/agents`, form, onProgress);
  },
  decide: (agencyId: string, decision: 'approve' | 'reject', reason: string) =>
    api<AgencyResponse>(`/agents/${enc(agencyId)}/decision`, { body: reason ? { decision, reason } : { decision } }),
  revoke: (agencyId: string, reason: string) =>
    api<AgencyResponse>(`/agents/${enc(agencyId)}/revoke`, { body: reason ? { reason } : {} }),
  powerOfAttorney: (agencyId: string) => apiFetch(`/agents/${enc(agencyId)}/power-of-attorney`).then((r) => r.blob()),
};
