import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { ConfirmationResponse, ConfirmationStatusResponse, CosignCodeSent, EligibleCourt } from '../api-contract';
import { AccessService, CaseAccess } from '../access/access.service';
import { Agency, CasePermission, caseAccessError, partiesActedFor } from '../access/case-permission';
import { AgreementsRepository } from '../agreements/agreements.repository';
import { Agreement } from '../agreements/entities';
import { SIGN_CODES, SignCodes } from '../agreements/sign-codes.port';
import type { AuthUser } from '../auth/auth-user';
import { CalendarService } from '../calendar/calendar.service';
import { HolidayCalendar, daysLeft, shanghaiDate } from '../calendar/period';
import { CaseTimelineService } from '../cases/case-timeline.service';
import { CaseWorkflowService } from '../cases/case-workflow.service';
import { Case } from '../cases/entities/case.entity';
import { Clock } from '../clock/clock';
import { DomainError } from '../common/errors/domain-error';
import { sha256 } from '../documents/document-renderer';
import { EventsService } from '../events/events.service';
import { CaseFiles } from './case-file';
import { CourtApplicationsRepository } from './court-applications.repository';
import { acceptBy, applyBy, enforcementBy, lastDue } from './court-clocks';
import { CourtClocksService } from './court-clocks.service';
import { CourtDocumentsService } from './court-documents.service';
import { AgentDto, ApplyConfirmationDto, CosignDto } from './dto/confirmation.dto';
import { toConfirmationResponse } from './dto/confirmation.response';
import { CourtApplication } from './entities/court-application.entity';
import { EligibleCourtsService } from './eligible-courts.service';

const POA_TYPES: Record<string, string> = { 'application/pdf': '%PDF', 'image/png': '\x89PNG', 'image/jpeg': '\xff\xd8\xff' };
const cosignSubject = (id: string) => `confirmation:${id}`;

/**
 * The parties' side of judicial confirmation (司法确认): one party applies to an eligible court within 30 days of the
 * agreement taking effect, every other party co-signs with a one-time code, then it reaches the court (its accept-by
 * clock starts, the case moves to 已申请司法确认). The applicants may withdraw it until the decision.
 */
@Injectable()
export class ConfirmationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly repository: CourtApplicationsRepository,
    private readonly agreements: AgreementsRepository,
    private readonly files: CaseFiles,
    private readonly courts: EligibleCourtsService,
    private readonly calendar: CalendarService,
    private readonly clocks: CourtClocksService,
    private readonly documents: CourtDocumentsService,
    private readonly workflow: CaseWorkflowService,
    private readonly timeline: CaseTimelineService,
    private readonly events: EventsService,
    private readonly clock: Clock,
    @Inject(SIGN_CODES) private readonly codes: SignCodes,
  ) {}

  async eligibleCourts(user: AuthUser, agreementId: string, subjectLocation?: string): Promise<EligibleCourt[]> {
    const agreement = await this.requireAgreement(user, agreementId, CasePermission.ReadAgreement);
    return this.courts.forCase(this.dataSource.manager, agreement.caseId, subjectLocation || null);
  }

  /** The case page's panel: may the parties still apply, until when, and the latest application. */
  async status(user: AuthUser, agreementId: string): Promise<ConfirmationStatusResponse> {
    const agreement = await this.agreements.find(agreementId);
    if (!agreement) throw new DomainError('AGREEMENT_NOT_FOUND');
    const { relations } = await this.requireCase(user, agreement.caseId, CasePermission.ReadAgreement, undefined, 'AGREEMENT_NOT_FOUND');
    const cal = await this.calendar.calendar();
    const today = shanghaiDate(this.clock.now());
    const last = agreement.effectiveAt ? applyBy(shanghaiDate(agreement.effectiveAt), cal) : null;
    const latestRow = await this.repository.latestOfCase(agreement.caseId, 'confirmation');
    const latest = latestRow ? await this.view(user, latestRow).catch(() => null) : null;
    // A general agent (一般授权) is told why he may not apply, once the law would let his party.
    const denied = caseAccessError(relations, CasePermission.RequestConfirmation);
    const refusal = this.applyRefusal(agreement, last, today, latestRow)
      ?? (denied === 'AGENT_SPECIAL_AUTHORITY_REQUIRED' ? '一般授权的代理人不能代为申请司法确认，需要当事人本人或特别授权的代理人申请' : null);
    return {
      agreementId, effectiveAt: agreement.effectiveAt?.toISOString() ?? null, applyBy: last, mayApply: refusal === null && !denied, refusal, latest,
      enforcement: latestRow?.status === 'confirmed' ? await this.enforcementInfo(user, agreement, cal, today) : null,
    };
  }

  async apply(user: AuthUser, agreementId: string, input: ApplyConfirmationDto): Promise<ConfirmationResponse> {
    const poa = checkAgent(input);
    const id = await this.dataSource.transaction(async (manager) => {
      const agreement = await this.agreements.find(agreementId, manager);
      if (!agreement) throw new DomainError('AGREEMENT_NOT_FOUND');
      const access = await this.requireCase(user, agreement.caseId, CasePermission.RequestConfirmation, manager, 'AGREEMENT_NOT_FOUND');
      const cal = await this.calendar.calendar(manager);
      const today = shanghaiDate(this.clock.now());
      const latest = await this.repository.latestOfCase(agreement.caseId, 'confirmation', manager);
      const refusal = this.applyRefusal(agreement, agreement.effectiveAt ? applyBy(shanghaiDate(agreement.effectiveAt), cal) : null, today, latest);
      if (refusal) throw new DomainError(refusalCode(agreement, latest), refusal);
      if (access.caseRow.status !== 'settled') throw new DomainError('CASE_STATE_CONFLICT');
      const subjectLocation = input.subjectLocation || null;
      const eligible = await this.courts.forCase(manager, agreement.caseId, subjectLocation);
      if (!eligible.some((c) => c.id === input.courtId)) throw new DomainError('CONFIRMATION_COURT_NOT_ELIGIBLE');
      const now = this.clock.now();
      const app = await this.repository.insert(manager, {
        kind: 'confirmation', caseId: agreement.caseId, agreementId, courtId: input.courtId, applicantUserId: user.id, status: 'awaiting_cosign',
        reasons: [], details: subjectLocation ? { subjectLocation } : {}, createdAt: now, updatedAt: now,
      });
      await this.signFor(manager, user, access.agencies, app, input, poa, now);
      await this.timeline.append(manager, { caseId: agreement.caseId, type: 'confirmation_applied', actor: user, data: { applicationId: app.id, courtId: input.courtId } });
      await this.submitIfComplete(manager, user, access, app, now);
      return app.id;
    });
    return this.get(user, id);
  }

  async sendCosignCode(user: AuthUser, id: string): Promise<CosignCodeSent> {
    const app = await this.requireApplication(user, id, CasePermission.RequestConfirmation);
    const { agencies } = await this.requireCase(user, app.caseId, CasePermission.RequestConfirmation, undefined, 'CONFIRMATION_NOT_FOUND');
    await this.requireCosigner(user, agencies, app);
    const sent = await this.codes.send(user.phone, 'sign', { subject: cosignSubject(id), ip: user.ip });
    return { ...sent, phone: `${user.phone.slice(0, 3)}****${user.phone.slice(-4)}` };
  }

  async cosign(user: AuthUser, id: string, input: CosignDto): Promise<ConfirmationResponse> {
    const poa = checkAgent(input);
    await this.dataSource.transaction(async (manager) => {
      const app = await this.lock(manager, id);
      const access = await this.requireCase(user, app.caseId, CasePermission.RequestConfirmation, manager, 'CONFIRMATION_NOT_FOUND', true);
      await this.requireCosigner(user, access.agencies, app, manager);
      await this.codes.verify(user.phone, 'sign', input.code, { subject: cosignSubject(id) }, manager);
      const now = this.clock.now();
      await this.signFor(manager, user, access.agencies, app, input, poa, now);
      await this.timeline.append(manager, { caseId: app.caseId, type: 'confirmation_cosigned', actor: user, data: { applicationId: id } });
      await this.submitIfComplete(manager, user, access, app, now);
    });
    return this.get(user, id);
  }

  async withdraw(user: AuthUser, id: string): Promise<ConfirmationResponse> {
    await this.dataSource.transaction(async (manager) => {
      const app = await this.lock(manager, id);
      const access = await this.requireCase(user, app.caseId, CasePermission.WithdrawConfirmation, manager, 'CONFIRMATION_NOT_FOUND', true);
      if (!['awaiting_cosign', 'submitted', 'accepted'].includes(app.status)) throw new DomainError('CONFIRMATION_STATE_CONFLICT');
      const now = this.clock.now();
      await this.repository.update(manager, id, { status: 'withdrawn', decidedAt: now, decidedBy: user.id, updatedAt: now });
      if (app.status === 'awaiting_cosign') {
        await this.timeline.append(manager, { caseId: app.caseId, type: 'withdraw_confirmation', actor: user, note: '会签前撤回', data: { applicationId: id } });
      } else {
        await this.workflow.apply(manager, user, access, 'withdraw_confirmation', { note: '申请人在法院作出裁定前撤回司法确认申请' });
      }
      await this.events.emit(manager, 'confirmation.decided', { applicationId: id, caseId: app.caseId, courtId: app.courtId, decision: 'withdraw' });
    });
    return this.get(user, id);
  }

  async get(user: AuthUser, id: string): Promise<ConfirmationResponse> {
    const app = await this.repository.find(id);
    if (!app) throw new DomainError('CONFIRMATION_NOT_FOUND');
    return this.view(user, app);
  }

  /** The application form: as submitted once it is, a preview marked 待会签 before. */
  async applicationPdf(user: AuthUser, id: string): Promise<{ fileName: string; content: Buffer }> {
    const app = await this.requireApplication(user, id, CasePermission.ReadCourtApplication);
    const manager = this.dataSource.manager;
    const file = await this.files.read(manager, app.caseId, app.agreementId);
    const court = await this.files.court(manager, app.courtId);
    const reason = (await this.courts.forCase(manager, app.caseId)).find((c) => c.id === app.courtId)?.reason ?? '';
    const content = await this.documents.applicationPdf(file, app, court.name, reason, await this.repository.signatures(id), app.status === 'awaiting_cosign' ? '待会签' : undefined);
    return { fileName: `司法确认申请书（${file.caseRow.caseNumber ?? ''}）.pdf`, content };
  }

  /** Reads an application for a user: its parties and the court of the case see it, nobody else (404). */
  async requireApplication(user: AuthUser, id: string, permission: CasePermission, manager?: EntityManager): Promise<CourtApplication> {
    const app = await this.repository.find(id, manager);
    if (!app) throw new DomainError('CONFIRMATION_NOT_FOUND');
    await this.requireCase(user, app.caseId, CasePermission.ReadCourtApplication, manager, 'CONFIRMATION_NOT_FOUND');
    if (permission !== CasePermission.ReadCourtApplication) await this.requireCase(user, app.caseId, permission, manager, 'CONFIRMATION_NOT_FOUND');
    return app;
  }

  async view(user: AuthUser, app: CourtApplication): Promise<ConfirmationResponse> {
    const { relations, agencies } = await this.requireCase(user, app.caseId, CasePermission.ReadCourtApplication, undefined, 'CONFIRMATION_NOT_FOUND');
    const manager = this.dataSource.manager;
    const file = await this.files.read(manager, app.caseId, app.agreementId);
    const court = await this.files.court(manager, app.courtId);
    return toConfirmationResponse({
      app, caseNumber: file.caseRow.caseNumber ?? '', court: { id: court.id, name: court.name }, parties: file.parties,
      signatures: app.kind === 'confirmation' ? await this.repository.signatures(app.id) : [], relations, userId: user.id,
      signsFor: partiesActedFor(user.id, agencies, file.parties, true).map((p) => p.id),
      today: shanghaiDate(this.clock.now()), questions: await this.repository.questions(app.id), obligationTexts: file.obligationTexts,
      hearingSessionId: app.status === 'accepted' ? await this.repository.openHearing(app.caseId) : null,
    });
  }

  /** 403 on a case one has a relation to but no permission stays 403; no relation at all answers the resource's 404. */
  async requireCase(user: AuthUser, caseId: string, permission: CasePermission, manager: EntityManager | undefined, notFound: 'CONFIRMATION_NOT_FOUND' | 'AGREEMENT_NOT_FOUND', lock = false): Promise<CaseAccess> {
    return this.access.requireCase(user, caseId, permission, { manager, lock }).catch((error) => {
      if (error instanceof DomainError && (error.code === 'CASE_NOT_FOUND' || (permission === CasePermission.ReadCourtApplication && error.code === 'CASE_ACTION_FORBIDDEN'))) {
        throw new DomainError(notFound);
      }
      throw error;
    });
  }

  private applyRefusal(agreement: Agreement, last: string | null, today: string, latest: CourtApplication | null): string | null {
    if (agreement.status !== 'effective' || !last) return '调解协议尚未生效，生效后才能申请司法确认';
    if (latest?.status === 'confirmed') return '本协议已经司法确认';
    if (latest && ['awaiting_cosign', 'submitted', 'accepted'].includes(latest.status)) return '本案已有一份正在办理的司法确认申请';
    if (today > last) {
      return `申请司法确认的期限已于${last}届满：应当自调解协议生效之日起三十日内共同申请（人民调解法第三十三条、民事诉讼法第二百零五条）。可以重新调解达成新的协议，或者向人民法院提起诉讼。`;
    }
    return null;
  }

  private async enforcementInfo(user: AuthUser, agreement: Agreement, cal: HolidayCalendar, today: string) {
    const file = await this.files.read(this.dataSource.manager, agreement.caseId, agreement.id);
    const lastDueDate = lastDue(file.obligations);
    if (!lastDueDate) return null;
    const by = enforcementBy(lastDueDate, cal);
    const latestRow = await this.repository.latestOfCase(agreement.caseId, 'enforcement');
    return {
      lastDueDate, applyBy: by, daysLeft: daysLeft(today, by), obligations: file.obligationTexts.map((text, index) => ({ index, text })),
      latest: latestRow ? await this.view(user, latestRow) : null,
    };
  }

  private async requireAgreement(user: AuthUser, agreementId: string, permission: CasePermission): Promise<Agreement> {
    const agreement = await this.agreements.find(agreementId);
    if (!agreement) throw new DomainError('AGREEMENT_NOT_FOUND');
    await this.requireCase(user, agreement.caseId, permission, undefined, 'AGREEMENT_NOT_FOUND');
    return agreement;
  }

  private async lock(manager: EntityManager, id: string): Promise<CourtApplication> {
    const app = await this.repository.find(id, manager, true);
    if (!app) throw new DomainError('CONFIRMATION_NOT_FOUND');
    return app;
  }

  private async requireCosigner(user: AuthUser, agencies: Agency[] | undefined, app: CourtApplication, manager?: EntityManager): Promise<void> {
    if (app.status !== 'awaiting_cosign') throw new DomainError('CONFIRMATION_STATE_CONFLICT');
    if (!(await this.unsignedParties(manager ?? this.dataSource.manager, user, agencies, app)).length) throw new DomainError('CONFIRMATION_NOT_A_COSIGNER');
  }

  /** The parties this account signs for (its own, and those it is the agent of with special authority) not signed yet. */
  private async unsignedParties(manager: EntityManager, user: AuthUser, agencies: Agency[] | undefined, app: CourtApplication) {
    const file = await this.files.read(manager, app.caseId, app.agreementId);
    const signed = await this.repository.signatures(app.id, manager);
    return partiesActedFor(user.id, agencies, file.parties, true).filter((p) => !signed.some((s) => s.partyId === p.id));
  }

  /**
   * Signs for every party this account stands for that has not signed yet. For his own party a signer may name an agent
   * with an uploaded power of attorney; an approved agent signs under his agency, whose power of attorney is on file.
   */
  private async signFor(manager: EntityManager, user: AuthUser, agencies: Agency[] | undefined, app: CourtApplication, agent: AgentDto, poa: Buffer | null, at: Date): Promise<void> {
    for (const party of await this.unsignedParties(manager, user, agencies, app)) {
      const agencyId = party.userId === user.id ? null : agencies?.find((a) => a.special && a.partyId === party.id)?.agencyId ?? null;
      const onFile = agencyId ? await this.repository.agencyPoa(manager, agencyId) : null;
      await this.repository.sign(manager, {
        applicationId: app.id, partyId: party.id, userId: user.id, signedAt: at, ip: user.ip ?? null,
        ...(onFile ? { ...onFile, poa: null, agencyId } : {
          agentName: agent.agentName ?? null, poaFileName: poa ? agent.powerOfAttorneyName ?? '授权委托书' : null, poaSha256: poa ? sha256(poa) : null, poa,
        }),
      });
    }
  }

  /** Every party signed: the application reaches the court, its 3-day clock starts, the case moves. */
  private async submitIfComplete(manager: EntityManager, user: AuthUser, access: CaseAccess, app: CourtApplication, now: Date): Promise<void> {
    const file = await this.files.read(manager, app.caseId, app.agreementId);
    const signatures = await this.repository.signatures(app.id, manager);
    if (file.parties.some((p) => !signatures.some((s) => s.partyId === p.id))) return;
    const cal = await this.calendar.calendar(manager);
    const due = acceptBy(shanghaiDate(now), cal);
    await this.repository.update(manager, app.id, { status: 'submitted', receivedAt: now, acceptBy: due, updatedAt: now });
    await manager.update(Case, { id: app.caseId }, { courtId: app.courtId });
    const court = await this.files.court(manager, app.courtId);
    const reason = (await this.courts.forCase(manager, app.caseId)).find((c) => c.id === app.courtId)?.reason ?? '';
    await this.workflow.apply(manager, user, access, 'request_confirmation', { note: `向${court.name}申请司法确认（各方已会签）` });
    await this.documents.storeApplication(manager, file, { ...app, status: 'submitted', receivedAt: now }, court.name, reason, signatures, now);
    await this.clocks.schedule(manager, { id: app.id, status: 'submitted', acceptBy: due, decideBy: null, extendedTo: null });
    await this.events.emit(manager, 'confirmation.submitted', { applicationId: app.id, caseId: app.caseId, courtId: app.courtId, acceptBy: due });
  }
}

function refusalCode(agreement: Agreement, latest: CourtApplication | null) {
  if (agreement.status !== 'effective') return 'CONFIRMATION_AGREEMENT_NOT_EFFECTIVE' as const;
  if (latest?.status === 'confirmed') return 'CONFIRMATION_ALREADY_CONFIRMED' as const;
  if (latest && ['awaiting_cosign', 'submitted', 'accepted'].includes(latest.status)) return 'CONFIRMATION_OPEN' as const;
  return 'CONFIRMATION_PERIOD_OVER' as const;
}

/** An agent's power of attorney: required with an agent's name, a PDF or image up to 5 MB (checked by its first bytes). */
function checkAgent(input: AgentDto): Buffer | null {
  if (!input.agentName && !input.powerOfAttorney) return null;
  if (!input.agentName || !input.powerOfAttorney) throw new DomainError('CONFIRMATION_ATTORNEY_REQUIRED');
  const m = /^data:([a-z/]+);base64,([A-Za-z0-9+/=]+)$/.exec(input.powerOfAttorney);
  const magic = m && POA_TYPES[m[1]];
  const bytes = m ? Buffer.from(m[2], 'base64') : null;
  if (!magic || !bytes || bytes.length > 5 * 1024 * 1024 || bytes.subarray(0, magic.length).toString('latin1') !== magic) {
    throw new DomainError('CONFIRMATION_ATTORNEY_INVALID');
  }
  return bytes;
}
