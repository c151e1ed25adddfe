import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { CaseParty } from '../cases/entities/case-party.entity';
import { JobsService } from '../jobs/jobs.service';
import { SMS_SENDER, SmsNotice, SmsSender } from '../phone-codes/sms/sms-sender';
import { CaseAgent } from './entities/case-agent.entity';

export const AGENT_SMS_JOB = 'agents.send-sms';

/** The text an agent without an account reads (the provider's `notification` template: 「{1}，详情请登录合舟调解查看。」). */
export function agentInvitationNotice(phone: string, partyName: string): SmsNotice {
  const title = `${partyName}委托您代理调解，请用本机号注册`;
  return { phone, kind: 'notification', params: [title.slice(0, 20)], text: `【合舟调解】${title}，详情请登录合舟调解查看。` };
}

/**
 * Tells an approved agent whose phone has no account yet to register (he then sees the case at once: agencies are
 * matched by phone). A durable job queued in the approval's transaction, like the respondent's invitation SMS.
 */
@Injectable()
export class AgentSms implements OnModuleInit {
  constructor(
    @Inject(SMS_SENDER) private readonly sender: SmsSender,
    private readonly jobs: JobsService,
    private readonly dataSource: DataSource,
  ) {}

  get available(): boolean {
    return this.sender.sendsNotice('notification');
  }

  onModuleInit(): void {
    this.jobs.define<{ agencyId: string }>(AGENT_SMS_JOB, ({ agencyId }) => this.send(agencyId));
  }

  queue(manager: EntityManager, agencyId: string): Promise<string> {
    return this.jobs.queue(manager, AGENT_SMS_JOB, { agencyId }, { jobKey: `agent-sms:${agencyId}` });
  }

  private async send(agencyId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const agency = await manager.findOneBy(CaseAgent, { id: agencyId });
      if (!agency || agency.status !== 'approved') return; // revoked meanwhile: nothing to say
      const party = await manager.findOneByOrFail(CaseParty, { id: agency.partyId });
      await this.sender.sendNotice(agentInvitationNotice(agency.phone, party.name), manager);
    });
  }
}
