import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AccessService, CaseAccess } from '../access/access.service';
import { CasePermission } from '../access/case-permission';
import { statusAllows } from '../cases/case-transitions';
import { CaseTimelineService } from '../cases/case-timeline.service';
import { CASE_CIPHER } from '../cases/cases.tokens';
import { Clock } from '../clock/clock';
import { CaseParty } from '../cases/entities/case-party.entity';
import { FieldCipher } from '../common/crypto/field-cipher';
import { DomainError } from '../common/errors/domain-error';
import { ReceivedFile, acceptedUpload } from '../evidence/evidence-storage';
import { blobKey } from '../storage/blob-keys';
import { StoredFilesService } from '../storage/stored-files.service';
import { EventsService } from '../events/events.service';
import { AgentSms } from './agent-sms';
import { AgentsRepository } from './agents.repository';
import { AgencyResponse, AgencyViewer, toAgencyResponse } from './dto/agency.response';
import { AddAgentDto, DecideAgentDto, RevokeAgentDto } from './dto/agent.dto';
import { CaseAgent } from './entities/case-agent.entity';
import { agencyProblem, decidesAgents } from './agency-rules';

type Change = 'added' | 'approved' | 'rejected' | 'revoked';

/**
 * Agents (代理人): a party names one with a power of attorney (授权委托书, stored like evidence); the assigned mediator
 * (the committee before one is assigned) approves or rejects it; the party or the mediator revokes it. What an approved
 * agent may do is the permission table's business (src/access), through his `*_agent` relations.
 */
@Injectable()
export class AgentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly repository: AgentsRepository,
    private readonly timeline: CaseTimelineService,
    private readonly events: EventsService,
    private readonly sms: AgentSms,
    @Inject(CASE_CIPHER) private readonly cipher: FieldCipher,
    private readonly files: StoredFilesService,
    private readonly clock: Clock,
  ) {}

  /** Checked before the body is read (AgentUploadGuard): the case exists, the user may name agents, the case is open. */
  async checkAdd(user: AuthUser, caseId: string): Promise<void> {
    const { caseRow } = await this.access.requireCase(user, caseId, CasePermission.AddAgent);
    if (!statusAllows(CasePermission.AddAgent, caseRow.status)) throw new DomainError('AGENT_CASE_CLOSED');
  }

  async list(user: AuthUser, caseId: string): Promise<AgencyResponse[]> {
    const access = await this.access.requireCase(user, caseId, CasePermission.ReadAgents);
    return this.view(user, access, await this.repository.ofCase(caseId));
  }

  async add(user: AuthUser, caseId: string, input: AddAgentDto, file: ReceivedFile | undefined): Promise<AgencyResponse> {
    if (!file) throw new DomainError('AGENT_POA_REQUIRED');
    const { fileName, mimeType } = await acceptedUpload(file);
    const id = randomUUID();
    const storageKey = blobKey(caseId, 'agents', id);
    // Stored like evidence: answered only once the file is in the blob store and the row committed.
    const access = await this.files.storeAndRecord(storageKey, file, mimeType, async (manager) => {
      const access = await this.access.requireCase(user, caseId, CasePermission.AddAgent, { manager, lock: true });
      if (!statusAllows(CasePermission.AddAgent, access.caseRow.status)) throw new DomainError('AGENT_CASE_CLOSED');
      const parties = await this.repository.parties(caseId, manager);
      const party = parties.find((p) => p.id === input.partyId);
      if (!party) throw new DomainError('PARTY_NOT_FOUND');
      const live = await this.repository.liveOfPhone(manager, caseId, input.phone);
      const problem = agencyProblem({ userId: user.id, party, parties, relation: input.relation, phone: input.phone, live });
      if (problem) throw new DomainError(problem);
      const agency = await this.repository.insert(manager, {
        id, caseId, partyId: party.id, name: input.name, phone: input.phone, idNumberEncrypted: this.cipher.encrypt(input.idNumber),
        relation: input.relation, licenceNumber: input.relation === 'lawyer' ? input.licenceNumber! : null,
        lawFirm: input.relation === 'lawyer' ? input.lawFirm! : null, authority: input.authority, status: 'pending',
        poaFileName: fileName, poaMimeType: mimeType, poaSizeBytes: file.size, poaSha256: file.sha256, poaStorageKey: storageKey,
        createdBy: user.id, decidedBy: null, decidedAt: null, decisionReason: null, revokedBy: null, revokedAt: null,
      });
      await this.record(manager, user, agency, party, 'added', { sha256: file.sha256, fileName });
      return access;
    });
    return this.one(user, access, id);
  }

  async decide(user: AuthUser, agencyId: string, input: DecideAgentDto): Promise<AgencyResponse> {
    const access = await this.dataSource.transaction(async (manager) => {
      const { agency, access } = await this.load(manager, user, agencyId, CasePermission.DecideAgent);
      if (!decidesAgents(access)) throw new DomainError('AGENT_DECIDED_BY_MEDIATOR');
      if (agency.status !== 'pending') throw new DomainError('AGENT_NOT_PENDING');
      if (!statusAllows(CasePermission.DecideAgent, access.caseRow.status)) throw new DomainError('CASE_STATE_CONFLICT');
      const approved = input.decision === 'approve';
      const now = this.clock.now();
      await this.repository.update(manager, agency.id, {
        status: approved ? 'approved' : 'rejected', decidedBy: user.id, decidedAt: now, decisionReason: input.reason ?? null,
      });
      const party = await manager.findOneByOrFail(CaseParty, { id: agency.partyId });
      await this.record(manager, user, agency, party, approved ? 'approved' : 'rejected', { reason: input.reason ?? null });
      // Someone named before he registered is told to register with that phone; he sees the case as soon as he has.
      const registered = (await this.repository.registeredPhones([agency.phone], manager)).has(agency.phone);
      if (approved && !registered && this.sms.available) await this.sms.queue(manager, agency.id);
      return access;
    });
    return this.one(user, access, agencyId);
  }

  async revoke(user: AuthUser, agencyId: string, input: RevokeAgentDto): Promise<AgencyResponse> {
    const access = await this.dataSource.transaction(async (manager) => {
      const { agency, access } = await this.load(manager, user, agencyId, CasePermission.RevokeAgent);
      const party = await manager.findOneByOrFail(CaseParty, { id: agency.partyId });
      if (!this.mayRevoke(user, access, party)) {
        throw new DomainError(access.relations.includes('committee') ? 'AGENT_DECIDED_BY_MEDIATOR' : 'AGENT_PARTY_NOT_YOURS');
      }
      if (agency.status !== 'pending' && agency.status !== 'approved') throw new DomainError('AGENT_NOT_ACTIVE');
      // Access is computed per request from approved rows: the agent loses it with this commit.
      await this.repository.update(manager, agency.id, { status: 'revoked', revokedBy: user.id, revokedAt: this.clock.now() });
      await this.record(manager, user, agency, party, 'revoked', { reason: input.reason ?? null });
      return access;
    });
    return this.one(user, access, agencyId);
  }

  /** The power of attorney file, for those who may open it. */
  async openPowerOfAttorney(user: AuthUser, agencyId: string): Promise<{ agency: CaseAgent; stream: Readable }> {
    const { agency } = await this.load(this.repository.manager, user, agencyId, CasePermission.DownloadPowerOfAttorney);
    return { agency, stream: await this.files.open(agency.poaStorageKey) };
  }

  /** The agency (locked inside a transaction) and the user's access to its case; a stranger is told it does not exist. */
  private async load(manager: EntityManager, user: AuthUser, agencyId: string, permission: CasePermission) {
    const agency = await this.repository.find(manager, agencyId, manager !== this.repository.manager);
    if (!agency) throw new DomainError('AGENT_NOT_FOUND');
    const access = await this.access.requireCase(user, agency.caseId, permission, { manager }).catch((error) => {
      if (error instanceof DomainError && error.code === 'CASE_NOT_FOUND') throw new DomainError('AGENT_NOT_FOUND');
      throw error;
    });
    return { agency, access };
  }

  /** The timeline (which writes the audit log too) and the event the live pages and listeners hear. */
  private async record(manager: EntityManager, user: AuthUser, agency: CaseAgent, party: CaseParty, change: Change, extra: Record<string, unknown>) {
    await this.timeline.append(manager, {
      caseId: agency.caseId, type: `agent_${change}`, actor: user,
      data: { agencyId: agency.id, agentName: agency.name, partyName: party.name, authority: agency.authority, ...extra },
    });
    await this.events.emit(manager, 'agent.changed', {
      caseId: agency.caseId, agencyId: agency.id, partyId: party.id, principalUserId: party.userId, actorId: user.id, agentName: agency.name, change,
    });
  }

  /** The party the agent acts for, or whoever decides on agents. */
  private mayRevoke(user: AuthUser, access: CaseAccess, party: CaseParty): boolean {
    return party.userId === user.id || decidesAgents(access);
  }

  private async one(user: AuthUser, access: CaseAccess, agencyId: string): Promise<AgencyResponse> {
    const agency = (await this.repository.find(this.repository.manager, agencyId))!;
    return (await this.view(user, access, [agency]))[0];
  }

  private async view(user: AuthUser, access: CaseAccess, agencies: CaseAgent[]): Promise<AgencyResponse[]> {
    const parties = await this.repository.parties(access.caseRow.id);
    const registered = await this.repository.registeredPhones([...new Set(agencies.map((a) => a.phone))]);
    const decider = decidesAgents(access);
    const partyOf = (agency: CaseAgent) => parties.find((p) => p.id === agency.partyId)!;
    const viewer: AgencyViewer = {
      userId: user.id, phone: user.phone, mayDecide: decider,
      seesNumbers: (agency) => decider || partyOf(agency).userId === user.id,
      mayRevoke: (agency) => this.mayRevoke(user, access, partyOf(agency)),
    };
    return agencies.map((a) => toAgencyResponse(a, partyOf(a), registered.has(a.phone), viewer, this.cipher));
  }
}
