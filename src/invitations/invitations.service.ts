import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { DomainError } from '../common/errors/domain-error';
import { EventsService } from '../events/events.service';
import { maskPhone } from '../common/identifiers/mask';
import { AccessService } from '../access/access.service';
import { CasePermission } from '../access/case-permission';
import { statusAllows } from '../cases/case-transitions';
import { CaseTimelineService } from '../cases/case-timeline.service';
import { CaseWorkflowService } from '../cases/case-workflow.service';
import { CasesRepository } from '../cases/cases.repository';
import { CasesService } from '../cases/cases.service';
import { CaseDetail, toEvidenceResponse } from '../cases/dto/case.response';
import { EvidenceService } from '../evidence/evidence.service';
import { Case } from '../cases/entities/case.entity';
import { InvitationsRepository } from './invitations.repository';
import { CaseParty } from '../cases/entities/case-party.entity';
import { Invitation } from '../cases/entities/invitation.entity';
import { PhoneCodesService } from '../phone-codes/phone-codes.service';
import { InvitationCreated, InvitationView } from './dto/invitation.dto';
import { newInvitationCode } from './invitation-code';
import { InvitationSms } from './invitation-sms';
import { invitedPhone } from './invited-phone';

const VALID_DAYS = 14;

interface OpenInvitation {
  invitation: Invitation;
  party: CaseParty;
  caseRow: Case;
}

/** Inviting a respondent and the respondent's answer: agree to mediate, or refuse (which ends the case). */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly repository: CasesRepository,
    private readonly invitations: InvitationsRepository,
    private readonly timeline: CaseTimelineService,
    private readonly workflow: CaseWorkflowService,
    private readonly cases: CasesService,
    private readonly phoneCodes: PhoneCodesService,
    private readonly events: EventsService,
    private readonly sms: InvitationSms,
    private readonly evidenceFiles: EvidenceService,
  ) {}

  create(user: AuthUser, caseId: string, partyId?: string): Promise<InvitationCreated> {
    return this.dataSource.transaction(async (manager) => {
      const { caseRow } = await this.access.requireCase(user, caseId, CasePermission.Invite, { manager, lock: true });
      const parties = await this.repository.parties(caseId, manager);
      const pending = parties.filter((p) => p.side === 'respondent' && p.consent === 'pending');
      if (!statusAllows(CasePermission.Invite, caseRow.status) || !pending.length) throw new DomainError('CASE_STATE_CONFLICT');
      const party = this.pickParty(parties, pending, partyId);
      const phone = invitedPhone(party);
      if (!phone) throw new DomainError('VALIDATION_FAILED', '该被申请人没有登记手机号（单位请登记法定代表人手机号），无法发送邀请');
      const invitation = await this.invitations.replacePending(manager, {
        code: newInvitationCode(), caseId, partyId: party.id, createdBy: user.id,
        expiresAt: new Date(Date.now() + VALID_DAYS * 86_400_000),
      });
      const sms = this.sms.available ? 'queued' : 'unavailable';
      if (sms === 'queued') await this.sms.queue(manager, invitation.id);
      await this.timeline.append(manager, { caseId, type: 'invitation_sent', actor: user, data: { partyId: party.id, partyName: party.name } });
      return { code: invitation.code, partyId: party.id, expiresAt: invitation.expiresAt.toISOString(), sms, smsTo: maskPhone(phone) };
    });
  }

  async view(user: AuthUser, code: string): Promise<InvitationView> {
    const { invitation, party, caseRow } = await this.load(this.dataSource.manager, user, code);
    const parties = await this.repository.parties(caseRow.id);
    const full = await this.repository.findWithPeople(caseRow.id);
    const expired = invitation.status === 'pending' && invitation.expiresAt.getTime() < Date.now();
    const evidence = await this.repository.evidenceWithUploaders(caseRow.id);
    return {
      evidence: evidence.map((e) => toEvidenceResponse(e, e.uploadedByName)),
      code,
      status: expired ? 'expired' : invitation.status,
      invitedName: party.name,
      invitedPhone: maskPhone(invitedPhone(party)!),
      case: {
        id: caseRow.id, caseNumber: caseRow.caseNumber, category: caseRow.category, facts: caseRow.facts,
        claims: caseRow.claims, claimAmountFen: caseRow.claimAmountFen, disputeDate: caseRow.disputeDate,
        applicantName: parties.find((p) => p.side === 'applicant')?.name ?? '',
        committeeName: full?.committee?.name ?? '',
      },
    };
  }

  /** An evidence file, for the holder of the invited phone while the invitation stands (not revoked). */
  async openEvidence(user: AuthUser, code: string, evidenceId: string) {
    const { caseRow } = await this.load(this.dataSource.manager, user, code);
    return this.evidenceFiles.openOfCase(caseRow.id, evidenceId);
  }

  async accept(user: AuthUser, code: string, phoneCode: string): Promise<CaseDetail> {
    const caseId = await this.dataSource.transaction(async (manager) => {
      const { invitation, party, caseRow } = await this.openForAnswer(manager, user, code, phoneCode);
      await this.answer(manager, user, invitation, party, 'accepted');
      await this.timeline.append(manager, { caseId: caseRow.id, type: 'respondent_agreed', actor: user, data: { partyId: party.id } });
      return caseRow.id;
    });
    return this.cases.get(user, caseId);
  }

  async decline(user: AuthUser, code: string, reason: string, phoneCode: string): Promise<CaseDetail> {
    const caseId = await this.dataSource.transaction(async (manager) => {
      const { invitation, party, caseRow } = await this.openForAnswer(manager, user, code, phoneCode);
      await this.answer(manager, user, invitation, party, 'declined', reason);
      // The invited phone stands for the respondent here (load() checked it): the status rule is all that is left.
      await this.workflow.apply(manager, user, { caseRow }, 'refuse', { note: reason });
      return caseRow.id;
    });
    return this.cases.get(user, caseId);
  }

  private pickParty(parties: CaseParty[], pending: CaseParty[], partyId?: string): CaseParty {
    if (!partyId) {
      if (pending.length !== 1) throw new DomainError('INVITATION_PARTY_REQUIRED');
      return pending[0];
    }
    const party = parties.find((p) => p.id === partyId && p.side === 'respondent');
    if (!party) throw new DomainError('PARTY_NOT_FOUND');
    if (party.consent !== 'pending') throw new DomainError('INVITATION_NOT_NEEDED');
    return party;
  }

  /** The invitation, for the account holding the invited phone only. */
  private async load(manager: EntityManager, user: AuthUser, code: string, lock = false): Promise<OpenInvitation> {
    const invitation = await this.invitations.findByCode(manager, code, lock);
    if (!invitation || invitation.status === 'revoked') throw new DomainError('INVITATION_NOT_FOUND');
    const party = await this.invitations.party(manager, invitation.partyId);
    if (user.role !== 'party' || invitedPhone(party) !== user.phone) throw new DomainError('INVITATION_PHONE_MISMATCH');
    return { invitation, party, caseRow: await this.invitations.caseOf(manager, invitation.caseId, lock) };
  }

  /**
   * The invitation, locked, if it can still be answered — and only by the holder of the invited phone, proven by a code
   * sent to it (consumed in this transaction, so a refused answer leaves the code unused).
   */
  private async openForAnswer(manager: EntityManager, user: AuthUser, code: string, phoneCode: string): Promise<OpenInvitation> {
    const open = await this.load(manager, user, code, true);
    if (open.invitation.status !== 'pending') throw new DomainError('INVITATION_ALREADY_ANSWERED');
    if (open.invitation.expiresAt.getTime() < Date.now()) throw new DomainError('INVITATION_EXPIRED');
    if (open.caseRow.status !== 'filed') throw new DomainError('CASE_STATE_CONFLICT', '案件已不在等待答复的阶段');
    await this.phoneCodes.verify(invitedPhone(open.party)!, 'invitation', phoneCode, {}, manager);
    return open;
  }

  private async answer(
    manager: EntityManager, user: AuthUser, invitation: Invitation, party: CaseParty,
    status: 'accepted' | 'declined', reason?: string,
  ): Promise<void> {
    await this.invitations.answer(manager, invitation.id, party.id, { status, userId: user.id, at: new Date(), reason: reason ?? null });
    await this.events.emit(manager, 'invitation.answered', {
      caseId: invitation.caseId, invitationId: invitation.id, partyId: party.id, userId: user.id, answer: status,
    });
  }
}
