import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Case } from '../cases/entities/case.entity';
import { CaseParty } from '../cases/entities/case-party.entity';
import { Invitation } from '../cases/entities/invitation.entity';
import { JobsService } from '../jobs/jobs.service';
import { SMS_SENDER, SmsNotice, SmsSender } from '../phone-codes/sms/sms-sender';
import { invitedPhone } from './invited-phone';

export const INVITATION_SMS_JOB = 'invitations.send-sms';

/** The invitation SMS as the respondent reads it (the provider's template renders the same from the params). */
export function invitationNotice(phone: string, applicantName: string, category: string, days: number, link: string): SmsNotice {
  return {
    phone, kind: 'invitation', params: [applicantName, category, String(days), link],
    text: `【合舟调解】${applicantName}申请与您调解一宗${category}纠纷，请在${days}日内打开 ${link} 查看并答复。人民调解不收费。`,
  };
}

/**
 * Sends the invitation to the respondent's phone through the SmsSender port, as a durable job queued in the
 * invitation's transaction (sent once the invitation exists, retried if the provider fails). An organisation is
 * reached through its legal representative's phone (invitedPhone).
 */
@Injectable()
export class InvitationSms implements OnModuleInit {
  constructor(
    @Inject(SMS_SENDER) private readonly sender: SmsSender,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobsService,
    private readonly dataSource: DataSource,
  ) {}

  /** Whether an invitation SMS can go out at all (the page says so, or tells the applicant to send the link himself). */
  get available(): boolean {
    return this.sender.sendsNotice('invitation');
  }

  onModuleInit(): void {
    this.jobs.define<{ invitationId: string }>(INVITATION_SMS_JOB, ({ invitationId }) => this.send(invitationId));
  }

  queue(manager: EntityManager, invitationId: string): Promise<string> {
    return this.jobs.queue(manager, INVITATION_SMS_JOB, { invitationId }, { jobKey: `invitation-sms:${invitationId}` });
  }

  private async send(invitationId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const invitation = await manager.findOneBy(Invitation, { id: invitationId });
      if (!invitation || invitation.status !== 'pending') return; // replaced or answered meanwhile: nothing to say
      const party = await manager.findOneByOrFail(CaseParty, { id: invitation.partyId });
      const caseRow = await manager.findOneByOrFail(Case, { id: invitation.caseId });
      const applicant = await manager.findOneBy(CaseParty, { caseId: caseRow.id, side: 'applicant' });
      const phone = invitedPhone(party);
      if (!phone) return;
      const days = Math.max(1, Math.round((invitation.expiresAt.getTime() - invitation.createdAt.getTime()) / 86_400_000));
      const link = `${this.config.publicUrl}/invitations/${invitation.code}`;
      await this.sender.sendNotice(invitationNotice(phone, applicant?.name ?? '', caseRow.category, days, link), manager);
    });
  }
}
