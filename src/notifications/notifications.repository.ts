import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { KIND_NAMES, NOTIFICATION_KINDS, NotificationKind } from './notification-kinds';
import type { Audience, CaseContext } from './notification-rules';
import { APPROVED_AGENT_ACCOUNTS_SQL } from '../agents/agent-accounts.sql';

export interface NewNotification {
  userId: string;
  kind: NotificationKind;
  title: string;
  body: string;
  caseId: string | null;
  link: string;
}

export interface DeliveryRow {
  id: string;
  channel: 'sms' | 'email';
  address: string;
  status: 'queued' | 'sent' | 'skipped';
  title: string;
  body: string;
  link: string | null;
}

export interface NotificationRow {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  case_id: string | null;
  link: string | null;
  read_at: Date | null;
  created_at: Date;
}

export const DELIVER_TASK = 'notifications.deliver';
const KIND_DEFAULTS = JSON.stringify(KIND_NAMES.map((kind) => ({ kind, ...NOTIFICATION_KINDS[kind] })));

/** Notifications, their deliveries and preferences in PostgreSQL. */
@Injectable()
export class NotificationsRepository {
  constructor(readonly dataSource: DataSource) {}

  async caseContext(manager: EntityManager, caseId: string): Promise<CaseContext | null> {
    const [row] = await manager.query(`SELECT id, coalesce(case_number, '（编号生成中）') AS number, category FROM cases WHERE id = $1`, [caseId]);
    return row ? { caseId: row.id, caseNumber: row.number, category: row.category } : null;
  }

  async membersOf(manager: EntityManager, organizationId: string, role: string): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(`SELECT id FROM users WHERE organization_id = $1 AND role = $2`, [organizationId, role]);
    return rows.map((r) => r.id);
  }

  /** The accounts an audience names on a case. */
  async audience(manager: EntityManager, caseId: string, audience: Audience): Promise<string[]> {
    if (audience.of === 'users') return audience.ids;
    const except = 'except' in audience ? audience.except ?? null : null;
    const sql: Record<Exclude<Audience['of'], 'users'>, string> = {
      // A party's approved agents (代理人) are told what the party is told: they act for it.
      parties: `SELECT user_id AS id FROM case_parties WHERE case_id = $1 AND user_id IS NOT NULL
                UNION SELECT applicant_user_id FROM cases WHERE id = $1
                UNION ${APPROVED_AGENT_ACCOUNTS_SQL}`,
      applicant: `SELECT applicant_user_id AS id FROM cases WHERE id = $1`,
      mediator: `SELECT coalesce(c.mediator_id, u.id) AS id FROM cases c
                   LEFT JOIN users u ON c.mediator_id IS NULL AND u.organization_id = c.committee_id AND u.role = 'mediator'
                  WHERE c.id = $1`,
      committee: `SELECT u.id FROM cases c JOIN users u ON u.organization_id = c.committee_id AND u.role = 'mediator' WHERE c.id = $1`,
    };
    const rows: { id: string | null }[] = await manager.query(
      `SELECT DISTINCT id FROM (${sql[audience.of]}) a WHERE id IS NOT NULL AND id IS DISTINCT FROM $2::uuid`,
      [caseId, except],
    );
    return rows.map((r) => r.id!);
  }

  /**
   * Stores the notifications of one event and, for those not stored before (the key is recipient + event), one
   * delivery per channel the recipient wants and a durable job for each: all in the caller's transaction, so a listener
   * that runs twice stores and sends nothing twice. Returns the recipients newly notified.
   */
  async insert(manager: EntityManager, eventKey: string, rows: NewNotification[]): Promise<string[]> {
    if (!rows.length) return [];
    const result: { user_id: string | null; delivery_id: string | null }[] = await manager.query(
      `WITH k AS (SELECT * FROM json_to_recordset($1::json) AS k(kind text, sms boolean, email boolean, locked boolean)),
       n AS (
         INSERT INTO notifications (user_id, event_key, kind, title, body, case_id, link)
         SELECT r.user_id, $2, r.kind, r.title, r.body, r.case_id, r.link
           FROM json_to_recordset($3::json) AS r(user_id uuid, kind text, title text, body text, case_id uuid, link text)
         ON CONFLICT (user_id, event_key) DO NOTHING
         RETURNING id, user_id, kind
       ), wanted AS (
         SELECT n.id, c.channel, CASE c.channel WHEN 'sms' THEN u.phone ELSE s.email END AS address
           FROM n JOIN users u ON u.id = n.user_id JOIN k ON k.kind = n.kind
           LEFT JOIN notification_preferences p ON p.user_id = n.user_id AND p.kind = n.kind
           LEFT JOIN notification_settings s ON s.user_id = n.user_id
           CROSS JOIN (VALUES ('sms'), ('email')) AS c(channel)
          WHERE CASE c.channel WHEN 'sms' THEN k.locked OR coalesce(p.sms, k.sms)
                               ELSE (k.locked OR coalesce(p.email, k.email)) AND s.email IS NOT NULL END
       ), d AS (
         INSERT INTO notification_deliveries (notification_id, channel, address) SELECT id, channel, address FROM wanted RETURNING id
       )
       SELECT n.user_id, NULL::uuid AS delivery_id FROM n UNION ALL SELECT NULL, d.id FROM d`,
      [KIND_DEFAULTS, eventKey, JSON.stringify(rows.map((r) => ({ user_id: r.userId, kind: r.kind, title: r.title, body: r.body, case_id: r.caseId, link: r.link })))],
    );
    const deliveries = result.filter((r) => r.delivery_id).map((r) => r.delivery_id);
    if (deliveries.length) {
      await manager.query(
        `SELECT graphile_worker.add_job('${DELIVER_TASK}', json_build_object('deliveryId', d.id), job_key => 'delivery:' || d.id::text, max_attempts => 12)
           FROM unnest($1::uuid[]) AS d(id)`,
        [deliveries],
      );
    }
    return result.filter((r) => r.user_id).map((r) => r.user_id!);
  }

  /** The delivery, locked for this run of its job (a second run waits, then sees it sent). */
  async lockDelivery(manager: EntityManager, id: string): Promise<DeliveryRow | undefined> {
    const [row] = await manager.query(
      `SELECT d.id, d.channel, d.address, d.status, n.title, n.body, n.link
         FROM notification_deliveries d JOIN notifications n ON n.id = d.notification_id WHERE d.id = $1 FOR UPDATE OF d`,
      [id],
    );
    return row;
  }

  async markDelivery(manager: EntityManager, id: string, status: 'sent' | 'skipped', attempt: number): Promise<void> {
    await manager.query(
      `UPDATE notification_deliveries SET status = $2, attempts = $3, sent_at = CASE WHEN $2 = 'sent' THEN now() END, last_error = NULL WHERE id = $1`,
      [id, status, attempt],
    );
  }

  async deliveryFailed(id: string, attempt: number, error: string): Promise<void> {
    await this.dataSource.query(`UPDATE notification_deliveries SET attempts = $2, last_error = $3 WHERE id = $1 AND status = 'queued'`, [id, attempt, error.slice(0, 500)]);
  }

  async list(userId: string, unreadOnly: boolean, limit: number): Promise<NotificationRow[]> {
    return this.dataSource.query(
      `SELECT id, kind, title, body, case_id, link, read_at, created_at FROM notifications
        WHERE user_id = $1 AND ($2::boolean IS FALSE OR read_at IS NULL) ORDER BY created_at DESC, id LIMIT $3`,
      [userId, unreadOnly, limit],
    );
  }

  async unreadCount(userId: string): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND read_at IS NULL`, [userId]);
    return row.n;
  }

  /** Marks one (or, without an id, every) notification of the user read; false when the id is not the user's. */
  async markRead(userId: string, id: string | null): Promise<boolean> {
    const [, count] = await this.dataSource.query(
      `UPDATE notifications SET read_at = coalesce(read_at, now()) WHERE user_id = $1 AND ($2::uuid IS NULL OR id = $2)`,
      [userId, id],
    );
    return id === null || count > 0;
  }

  async preferences(userId: string): Promise<{ email: string | null; chosen: { kind: string; sms: boolean; email: boolean }[] }> {
    const [settings] = await this.dataSource.query(`SELECT email FROM notification_settings WHERE user_id = $1`, [userId]);
    const chosen = await this.dataSource.query(`SELECT kind, sms, email FROM notification_preferences WHERE user_id = $1`, [userId]);
    return { email: settings?.email ?? null, chosen };
  }

  async savePreferences(manager: EntityManager, userId: string, email: string | null, kinds: { kind: string; sms: boolean; email: boolean }[]): Promise<void> {
    await manager.query(
      `INSERT INTO notification_settings (user_id, email) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET email = EXCLUDED.email, updated_at = now()`,
      [userId, email],
    );
    await manager.query(
      `INSERT INTO notification_preferences (user_id, kind, sms, email)
       SELECT $1, k.kind, k.sms, k.email FROM json_to_recordset($2::json) AS k(kind text, sms boolean, email boolean)
       ON CONFLICT (user_id, kind) DO UPDATE SET sms = EXCLUDED.sms, email = EXCLUDED.email`,
      [userId, JSON.stringify(kinds)],
    );
  }
}
