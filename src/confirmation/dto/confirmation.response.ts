import type { ConfirmationResponse } from '../../api-contract';
import type { CaseRelation } from '../../access/case-permission';
import type { CaseParty } from '../../cases/entities/case-party.entity';
import { currentDeadline, isOverdue } from '../court-clocks';
import { KIND_LABELS, REFUSED_WAYS_FORWARD, STATUS_LABELS, WAYS_FORWARD, reasonLabels } from '../court-reasons';
import type { CourtApplication, CourtApplicationSignature } from '../entities/court-application.entity';

export interface ConfirmationSource {
  app: CourtApplication;
  caseNumber: string;
  court: { id: string; name: string };
  parties: CaseParty[];
  signatures: CourtApplicationSignature[];
  relations: readonly CaseRelation[];
  userId: string;
  today: string;
  questions: ConfirmationResponse['questions'];
  obligationTexts: string[];
  hearingSessionId: string | null;
}

const SIDE = { applicant: '申请人', respondent: '被申请人' } as const;

export function toConfirmationResponse(s: ConfirmationSource): ConfirmationResponse {
  const { app } = s;
  const party = s.relations.includes('applicant') || s.relations.includes('respondent');
  const judge = s.relations.includes('judge');
  const court = s.relations.includes('court');
  const open = app.status === 'submitted' || app.status === 'accepted' || app.status === 'awaiting_cosign';
  const mineUnsigned = s.parties.some((p) => p.userId === s.userId && !s.signatures.some((sig) => sig.partyId === p.id));
  const actions: ConfirmationResponse['actions'] = [];
  if (app.kind === 'confirmation') {
    if (app.status === 'awaiting_cosign' && mineUnsigned) actions.push('cosign');
    if (open && party) actions.push('withdraw');
    if (app.status === 'submitted' && judge) actions.push('accept', 'refuse');
    if (app.status === 'accepted' && judge && !app.extendedTo) actions.push('extend');
    if (app.status === 'accepted' && judge) actions.push('decide');
    if ((app.status === 'submitted' || app.status === 'accepted') && judge) actions.push('ask');
    if (app.status === 'accepted' && judge && !s.hearingSessionId) actions.push('hearing');
    if ((app.status === 'submitted' || app.status === 'accepted') && party) actions.push('answer');
  } else if (app.status === 'submitted' && court) {
    actions.push('register', 'return');
  }
  const refusal = app.status === 'refused';
  const decided = app.status === 'confirmed' || app.status === 'rejected';
  return {
    id: app.id,
    kind: app.kind,
    caseId: app.caseId,
    caseNumber: s.caseNumber,
    agreementId: app.agreementId,
    court: s.court,
    subjectLocation: app.details.subjectLocation ?? null,
    status: app.status,
    statusLabel: app.kind === 'confirmation' ? STATUS_LABELS[app.status] : `${KIND_LABELS[app.kind]}·${STATUS_LABELS[app.status]}`,
    cosigners: s.parties.map((p) => {
      const sig = s.signatures.find((x) => x.partyId === p.id);
      return {
        partyId: p.id, name: p.name, sideLabel: SIDE[p.side], signed: !!sig, signedAt: sig?.signedAt.toISOString() ?? null,
        agentName: sig?.agentName ?? null, isMe: p.userId === s.userId,
      };
    }),
    receivedAt: app.receivedAt?.toISOString() ?? null,
    acceptBy: app.acceptBy,
    acceptedAt: app.acceptedAt?.toISOString() ?? null,
    courtCaseNumber: app.courtCaseNumber,
    decideBy: app.decideBy,
    extendedTo: app.extendedTo,
    decidedAt: app.decidedAt?.toISOString() ?? null,
    reasons: app.reasons,
    reasonLabels: reasonLabels(refusal ? 'refuse' : 'reject', app.reasons),
    text: app.decisionText,
    overdue: isOverdue(app, s.today),
    actions,
    applicationUrl: app.kind === 'confirmation' ? `/api/confirmations/${app.id}/application.pdf` : `/api/confirmations/${app.id}/application.pdf`,
    rulingUrl: decided && app.kind === 'confirmation' ? `/api/confirmations/${app.id}/ruling.pdf` : null,
    rulingVerifyCode: app.rulingVerifyCode,
    questions: s.questions,
    waysForward: app.status === 'rejected' ? WAYS_FORWARD : refusal ? REFUSED_WAYS_FORWARD : null,
    details: {
      obligations: app.details.obligations?.map((index) => ({ index, text: s.obligationTexts[index] ?? `第${index + 1}项` })),
      summary: app.details.summary,
    },
    hearingSessionId: s.hearingSessionId,
  };
}

export { currentDeadline };
