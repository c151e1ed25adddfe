import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { TimelineItem } from '../api-contract';
import type { AuthUser } from '../auth/auth-user';
import { CaseEventType, caseEventLabel } from './case-event-types';
import { CaseStatus } from './case-status';
import { CasesRepository } from './cases.repository';

export interface CaseEventInput {
  caseId: string;
  type: CaseEventType;
  actor: AuthUser | null;
  fromStatus?: CaseStatus;
  toStatus?: CaseStatus;
  note?: string | null;
  data?: Record<string, unknown>;
}

/** A case's timeline; each entry is also written to the audit log, in the caller's transaction. */
@Injectable()
export class CaseTimelineService {
  constructor(private readonly repository: CasesRepository) {}

  async append(manager: EntityManager, event: CaseEventInput): Promise<void> {
    const data = event.data ?? {};
    await this.repository.appendEvent(manager, {
      caseId: event.caseId, type: event.type, actorId: event.actor?.id ?? null, actorRole: event.actor?.role ?? null,
      fromStatus: event.fromStatus ?? null, toStatus: event.toStatus ?? null, note: event.note ?? null, data,
      ip: event.actor?.ip ?? null, audit: { ...data, fromStatus: event.fromStatus, toStatus: event.toStatus },
    });
  }

  async list(caseId: string): Promise<TimelineItem[]> {
    const events = await this.repository.events(caseId);
    const mediatorIds = [...new Set(events.map((e) => e.data?.mediatorId).filter((id): id is string => typeof id === 'string'))];
    const names = await this.repository.userNames(mediatorIds);
    return events.map((e) => ({
      id: e.id,
      type: e.type,
      label: caseEventLabel(e.type),
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      note: e.note,
      actorName: e.actor?.name ?? null,
      actorRole: e.actorRole,
      at: e.createdAt.toISOString(),
      detail: timelineDetail(e.type, e.data ?? {}, names),
      sha256: typeof e.data?.sha256 === 'string' ? e.data.sha256 : null,
    }));
  }
}

/** The words that say what a step concerned (the file, the mediator, the party); null when the label says it all. */
export function timelineDetail(type: string, data: Record<string, unknown>, names: Map<string, string>): string | null {
  const text = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : null);
  switch (type) {
    case 'evidence_added':
      return text('fileName') && `文件：${text('fileName')}`;
    case 'invitation_sent':
      return text('partyName') && `被邀请人：${text('partyName')}`;
    case 'assign': {
      const name = names.get(text('mediatorId') ?? '');
      return name ? `调解员：${name}` : null;
    }
    case 'record_confirmed':
      return typeof data.version === 'number' ? `确认第${data.version}版笔录` : null;
    case 'statement_given':
      return text('partyName') && `${text('partyName')}提交了答辩意见`;
    case 'agent_added':
    case 'agent_approved':
    case 'agent_rejected':
    case 'agent_revoked':
      return text('agentName') && `代理人：${text('agentName')}（代理${text('partyName') ?? ''}）${text('reason') ? `，理由：${text('reason')}` : ''}`;
    default:
      return null;
  }
}
