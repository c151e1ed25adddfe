import type { AgreementResponse, LintFinding } from '../../api-contract';
import type { AuthUser } from '../../auth/auth-user';
import type { CaseParty } from '../../cases/entities/case-party.entity';
import type { DocModel } from '../../documents/document-model';
import { displayVerifyCode } from '../../documents/verify-code';
import type { Agreement, AgreementComment, AgreementSignature, AgreementVersion } from '../entities';

export interface AgreementResponseSource {
  agreement: Agreement;
  version: AgreementVersion;
  lint: LintFinding[];
  signatures: AgreementSignature[];
  comments: (AgreementComment & { authorName: string })[];
  parties: CaseParty[];
  mediator: { id: string; name: string } | null;
  model: DocModel;
  viewer: AuthUser;
  isMediator: boolean;
  mayComment: boolean;
  /** Parties the viewer signs for as an agent with special authority (特别授权). */
  signsFor?: readonly string[];
  loanContractDate: string | null;
}

export function toAgreementResponse(s: AgreementResponseSource): AgreementResponse {
  const { agreement, version, signatures, parties, viewer } = s;
  const signedParty = new Set(signatures.map((sig) => sig.partyId ?? 'mediator'));
  const partySlots = parties.map((p) => ({
    partyId: p.id, role: p.side, name: p.name, signed: signedParty.has(p.id), isMe: p.userId === viewer.id || !!s.signsFor?.includes(p.id),
  }));
  const mediatorSlot = {
    partyId: null, role: 'mediator' as const, name: s.mediator?.name ?? '', signed: signedParty.has('mediator'), isMe: s.isMediator,
  };
  const partiesDone = partySlots.every((slot) => slot.signed);
  const mine = [...partySlots, mediatorSlot].find((slot) => slot.isMe && !slot.signed);
  return {
    id: agreement.id,
    caseId: agreement.caseId,
    version: agreement.version,
    status: agreement.status,
    obligations: version.obligations as AgreementResponse['obligations'],
    terms: version.terms,
    loanContractDate: s.loanContractDate,
    lint: s.lint,
    signatures: signatures.map((sig) => ({ partyId: sig.partyId, role: sig.role, name: sig.name, signedAt: sig.signedAt.toISOString() })),
    verifyCode: agreement.verifyCode && displayVerifyCode(agreement.verifyCode),
    finalVersion: agreement.finalVersion,
    finalSha256: agreement.finalSha256,
    acknowledged: agreement.acknowledged,
    effectiveAt: agreement.effectiveAt?.toISOString() ?? null,
    enforceableAt: agreement.enforceableAt?.toISOString() ?? null,
    updatedAt: agreement.updatedAt.toISOString(),
    signers: [...partySlots, mediatorSlot],
    canEdit: s.isMediator && agreement.status !== 'effective' && agreement.status !== 'void',
    canSign: agreement.status === 'final' && !!mine && (mine.role !== 'mediator' || partiesDone),
    comments: s.mayComment || s.isMediator
      ? s.comments.map((c) => ({ id: c.id, version: c.version, authorName: c.authorName, body: c.body, createdAt: c.createdAt.toISOString() }))
      : [],
    preview: { header: s.model.header, blocks: s.model.blocks },
  };
}
