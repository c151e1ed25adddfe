import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { KindPreference, NotificationItem, NotificationList, NotificationPreferences } from '../api-contract';
import type { AuthUser } from '../auth/auth-user';
import { DomainError } from '../common/errors/domain-error';
import type { DomainEvent, EventName } from '../events/event-map';
import { EventsService } from '../events/events.service';
import { LiveService } from '../live/live.service';
import { NotificationPreferencesDto } from './dto/notification.dto';
import { KIND_NAMES, NOTIFICATION_KINDS } from './notification-kinds';
import { Notice, NOTIFYING_EVENTS, noticesFor } from './notification-rules';
import { NewNotification, NotificationRow, NotificationsRepository } from './notifications.repository';

const LIST_LIMIT = 100;

/**
 * Tells people what happened. Durable listeners turn each event of the rules table into notifications (one per
 * recipient and event), and each notification into deliveries on the recipient's channels (notification-delivery.ts).
 */
@Injectable()
export class NotificationsService implements OnModuleInit {
  constructor(
    private readonly repository: NotificationsRepository,
    private readonly events: EventsService,
    private readonly live: LiveService,
  ) {}

  onModuleInit(): void {
    // The bell's count, pushed over the live stream to whoever of them is connected to this process.
    this.events.on('notification.created', async ({ userIds }) => {
      for (const userId of userIds) this.live.sendToUser(userId, { type: 'notifications.unread', unread: await this.repository.unreadCount(userId) });
    });
    for (const name of NOTIFYING_EVENTS) {
      this.events.onDurable(name, `notifications.${name}`, (payload, event) => this.onCaseEvent(event as DomainEvent<EventName>));
    }
    // Referrals are not cases yet: the committee's mediators hear of a new one, the partner of its routing.
    this.events.onDurable('referral.submitted', 'notifications.referral.submitted', ({ committeeId }, event) =>
      this.toOrganization(`event:${event.id}`, committeeId, 'mediator', {
        kind: 'referral', title: '收到新的转办事项', body: '协作单位转来一件纠纷，请及时处理（受理立案、转办或不予受理）。', link: '/referrals',
      }));
    // The court's own deadlines (src/confirmation): its staff cannot switch these off.
    this.events.onDurable('court.deadline', 'notifications.court.deadline', ({ courtId, kind, deadline, due }, event) =>
      this.toOrganization(`event:${event.id}`, courtId, 'court_staff', {
        kind: 'deadline', title: `司法确认${deadline === 'accept' ? '受理' : '裁定'}期限${kind === 'overdue' ? '已过' : '将至'}（${due}）`,
        body: '请在法院工作台及时处理。', link: '/court',
      }));
    this.events.onDurable('referral.routed', 'notifications.referral.routed', ({ partnerId, outcome }, event) =>
      this.toOrganization(`event:${event.id}`, partnerId, 'partner', {
        kind: 'referral', title: `转办事项${{ accepted: '已受理立案', forwarded: '已转其他单位', declined: '不予受理' }[outcome]}`,
        body: '您单位转来的纠纷已有处理结果，请查看。', link: '/referrals',
      }));
  }

  private async toOrganization(key: string, organizationId: string, role: 'mediator' | 'partner' | 'court_staff', notice: Omit<Notice, 'audience'>): Promise<void> {
    await this.repository.dataSource.transaction(async (manager) => {
      const ids = await this.repository.membersOf(manager, organizationId, role);
      await this.notify(manager, key, null, [{ ...notice, audience: { of: 'users', ids } }]);
    });
  }

  private async onCaseEvent(event: DomainEvent<EventName>): Promise<void> {
    const caseId = (event.payload as { caseId?: string }).caseId;
    if (!caseId) return;
    await this.repository.dataSource.transaction(async (manager) => {
      const context = await this.repository.caseContext(manager, caseId);
      if (context) await this.notify(manager, `event:${event.id}`, caseId, noticesFor(event.name, event.payload, context));
    });
  }

  /** Stores the notices of one event (key) for their audiences, in the caller's transaction. */
  async notify(manager: EntityManager, eventKey: string, caseId: string | null, notices: Notice[]): Promise<void> {
    const rows: NewNotification[] = [];
    const seen = new Set<string>();
    for (const notice of notices) {
      const users = notice.audience.of === 'users' ? notice.audience.ids : caseId ? await this.repository.audience(manager, caseId, notice.audience) : [];
      for (const userId of users) {
        if (seen.has(userId)) continue; // one notification per recipient and event: the first notice that names him
        seen.add(userId);
        rows.push({ userId, kind: notice.kind, title: notice.title, body: notice.body, caseId, link: notice.link });
      }
    }
    const notified = await this.repository.insert(manager, eventKey, rows);
    if (notified.length) await this.events.emit(manager, 'notification.created', { userIds: notified });
  }

  async list(user: AuthUser, unreadOnly: boolean): Promise<NotificationList> {
    const [items, unread] = [await this.repository.list(user.id, unreadOnly, LIST_LIMIT), await this.repository.unreadCount(user.id)];
    return { items: items.map(toItem), unread };
  }

  unreadCount(user: AuthUser): Promise<number> {
    return this.repository.unreadCount(user.id);
  }

  async markRead(user: AuthUser, id: string | null): Promise<void> {
    if (!(await this.repository.markRead(user.id, id))) throw new DomainError('NOTIFICATION_NOT_FOUND');
  }

  async preferences(user: AuthUser): Promise<NotificationPreferences> {
    const { email, chosen } = await this.repository.preferences(user.id);
    const kinds: KindPreference[] = KIND_NAMES.map((kind) => {
      const defaults = NOTIFICATION_KINDS[kind];
      const mine = chosen.find((c) => c.kind === kind);
      const locked = defaults.locked;
      return { kind, label: defaults.label, locked, sms: locked || (mine?.sms ?? defaults.sms), email: locked || (mine?.email ?? defaults.email) };
    });
    return { email, kinds };
  }

  async savePreferences(user: AuthUser, input: NotificationPreferencesDto): Promise<NotificationPreferences> {
    if (input.kinds.some((k) => NOTIFICATION_KINDS[k.kind].locked && (!k.sms || !k.email))) throw new DomainError('NOTIFICATION_KIND_LOCKED');
    const current = await this.repository.preferences(user.id);
    const email = input.email === undefined ? current.email : input.email;
    await this.repository.dataSource.transaction((manager) => this.repository.savePreferences(manager, user.id, email, input.kinds));
    return this.preferences(user);
  }
}

function toItem(row: NotificationRow): NotificationItem {
  return {
    id: row.id, kind: row.kind, title: row.title, body: row.body, caseId: row.case_id, link: row.link,
    read: row.read_at !== null, createdAt: new Date(row.created_at).toISOString(),
  };
}
