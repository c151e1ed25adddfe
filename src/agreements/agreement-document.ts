import type { Case } from '../cases/entities/case.entity';
import type { CaseParty } from '../cases/entities/case-party.entity';
import { clauseOf, dateCn, DraftObligation } from './agreement-clauses';

// The template context of an agreement (templates/agreement.hbs): everything known about the case, its parties with
// their full details, the clauses and who signs. One document carries every party's details, as the paper one does.

export interface AgreementSource {
  caseRow: Case;
  committeeName: string;
  mediatorName: string;
  parties: CaseParty[];
  /** Decrypted ID numbers by party id (people); organisations carry their credit code. */
  idNumbers: Map<string, string>;
  obligations: DraftObligation[];
  terms: string;
  /** YYYY-MM-DD in Asia/Shanghai once in effect; empty before. */
  effectiveDate: string;
}

const SIDE = { applicant: '申请人', respondent: '被申请人' } as const;
const NOT_GIVEN = '（未填写）';

export function sideLabel(party: CaseParty, parties: readonly CaseParty[]): string {
  const same = parties.filter((p) => p.side === party.side);
  return same.length > 1 ? `${SIDE[party.side]}${same.indexOf(party) + 1}` : SIDE[party.side];
}

export function signerNote(party: CaseParty): string {
  return party.kind === 'organization' && party.representativeName ? `${party.representativeTitle ?? '法定代表人'}：${party.representativeName}` : '';
}

export function agreementContext(source: AgreementSource) {
  const { caseRow, parties } = source;
  const names = parties.map((p) => ({ id: p.id, name: p.name }));
  const clauses = source.obligations.map((o) => clauseOf(o, names));
  return {
    title: '人民调解协议书',
    committee: { name: source.committeeName },
    caseNumber: caseRow.caseNumber ?? '',
    parties: parties.map((p) => ({
      sideLabel: sideLabel(p, parties),
      name: p.name,
      idLabel: p.kind === 'organization' ? '统一社会信用代码' : '身份证号',
      idNumber: (p.kind === 'organization' ? p.creditCode : source.idNumbers.get(p.id)) || NOT_GIVEN,
      domicile: p.domicile || NOT_GIVEN,
      serviceAddress: p.serviceAddress || NOT_GIVEN,
      phone: p.phone || NOT_GIVEN,
      eService: p.eServiceConsent === null ? '未表示是否同意电子送达' : p.eServiceConsent ? '同意电子送达' : '不同意电子送达',
      representative: signerNote(p),
    })),
    mediator: { name: source.mediatorName },
    facts: caseRow.facts,
    claims: caseRow.claims,
    clauses,
    terms: source.terms,
    copiesText: copies(parties.length + 1),
    signers: [
      ...parties.map((p) => ({
        slot: p.id,
        label: `${sideLabel(p, parties)}（${p.kind === 'organization' ? '盖章' : '签名'}）：`,
        name: p.name,
        note: signerNote(p),
      })),
      { slot: 'mediator', label: '人民调解员（签名）：', name: source.mediatorName, note: '' },
    ],
    effectiveDate: source.effectiveDate ? dateCn(source.effectiveDate) : '年　月　日',
  };
}

function copies(n: number): string {
  return '零一二三四五六七八九十'[n] ?? String(n);
}
