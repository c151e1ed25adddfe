import { Injectable } from '@nestjs/common';
import type { CaseStatus } from '../cases/case-status';
import type { SessionStatus } from './entities/mediation-session.entity';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import {
  MediationSession, RecordConfirmation, RecordingConsent, SessionEvent, SessionGuest, SessionMessage, SessionRecord,
} from './entities';
import { SessionEventType } from './entities/session-event.entity';

export interface SessionEventInput {
  sessionId: string;
  type: SessionEventType;
  actorId: string | null;
  subjectId?: string | null;
  data?: Record<string, unknown>;
}

export type Named<T> = T & { name: string | null };

/** Fetches and stores sessions and what hangs off them; the rules live in the services. */
@Injectable()
export class SessionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  openSessionOf(manager: EntityManager, caseId: string): Promise<MediationSession | null> {
    return manager.createQueryBuilder(MediationSession, 's')
      .where("s.case_id = :caseId AND s.status IN ('scheduled', 'live')", { caseId }).getOne();
  }

  listByCase(caseId: string): Promise<MediationSession[]> {
    return this.manager.find(MediationSession, { where: { caseId }, order: { createdAt: 'DESC' } });
  }

  /** The online session of the case booked for now (from 30 minutes before it starts), opened. */
  async openBooked(manager: EntityManager, caseId: string, now: Date): Promise<MediationSession | null> {
    const [rows] = (await manager.query(
      `UPDATE mediation_sessions SET status = 'scheduled'
        WHERE id = (SELECT id FROM mediation_sessions WHERE case_id = $1 AND status = 'booked' AND mode = 'online'
                      AND starts_at - interval '30 minutes' <= $2 AND ends_at > $2 ORDER BY starts_at LIMIT 1)
        RETURNING id`,
      [caseId, now],
    )) as [{ id: string }[], number];
    return rows.length ? manager.findOneBy(MediationSession, { id: rows[0].id }) : null;
  }

  /** A new online session; null when the case already has an open one (the partial unique index decides races). */
  async insertSession(manager: EntityManager, caseId: string, userId: string): Promise<MediationSession | null> {
    try {
      return await manager.save(manager.create(MediationSession, { caseId, status: 'scheduled', mode: 'online', createdBy: userId, mediatorId: userId }));
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') return null;
      throw error;
    }
  }

  async endSession(manager: EntityManager, sessionId: string, userId: string): Promise<void> {
    await manager.update(MediationSession, { id: sessionId }, { status: 'ended', endedAt: new Date(), endedBy: userId });
  }

  /** The session's status and its case's, read together (joins, chat and record saves need both). */
  async statuses(sessionId: string): Promise<{ sessionStatus: SessionStatus; caseStatus: CaseStatus } | null> {
    const rows: { sessionStatus: SessionStatus; caseStatus: CaseStatus }[] = await this.manager.query(
      `SELECT s.status AS "sessionStatus", c.status AS "caseStatus" FROM mediation_sessions s JOIN cases c ON c.id = s.case_id
        WHERE s.id = $1`,
      [sessionId],
    );
    return rows[0] ?? null;
  }

  /** The first time the host enters, the session goes live. */
  async markLive(sessionId: string): Promise<void> {
    await this.manager.query(`UPDATE mediation_sessions SET status = 'live', started_at = now() WHERE id = $1 AND status = 'scheduled'`, [sessionId]);
  }

  /** Whether a user may guide this committee's sessions: staff of the committee's own court, or one of its mediators. */
  async isEligibleGuide(manager: EntityManager, userId: string, committeeId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM users u JOIN organizations c ON c.id = $2 AND c.kind = 'committee'
        WHERE u.id = $1
          AND ((u.role = 'court_staff' AND u.organization_id = c.court_id) OR (u.role = 'mediator' AND u.organization_id = c.id))`,
      [userId, committeeId],
    );
    return rows.length > 0;
  }

  async insertGuest(manager: EntityManager, sessionId: string, userId: string, invitedBy: string): Promise<void> {
    await manager.createQueryBuilder().insert().into(SessionGuest)
      .values({ sessionId, userId, role: 'guide', invitedBy, invitedAt: new Date() })
      .orIgnore().execute();
  }

  /** Answers whether there was such a guest. */
  async deleteGuest(manager: EntityManager, sessionId: string, userId: string): Promise<boolean> {
    const result = await manager.delete(SessionGuest, { sessionId, userId });
    return (result.affected ?? 0) > 0;
  }

  insertRecord(manager: EntityManager, row: Pick<SessionRecord, 'sessionId' | 'version' | 'body' | 'authorId'>): Promise<SessionRecord> {
    return manager.save(manager.create(SessionRecord, { ...row, createdAt: new Date() }));
  }

  /** Confirming the same version again changes nothing. */
  /** Whether this was a new confirmation (confirming the same version again changes nothing). */
  async insertConfirmation(manager: EntityManager, row: Pick<RecordConfirmation, 'sessionId' | 'version' | 'userId' | 'side'>): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO record_confirmations (session_id, version, user_id, side, confirmed_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT DO NOTHING RETURNING id`,
      [row.sessionId, row.version, row.userId, row.side, new Date()],
    );
    return rows.length > 0;
  }

  async insertConsent(manager: EntityManager, row: Pick<RecordingConsent, 'sessionId' | 'userId' | 'purpose' | 'granted'>): Promise<void> {
    await manager.insert(RecordingConsent, { ...row, createdAt: new Date() });
  }

  guests(sessionId: string): Promise<Named<{ userId: string; invitedAt: Date }>[]> {
    return this.manager.query(
      `SELECT g.user_id AS "userId", g.invited_at AS "invitedAt", u.name
         FROM session_guests g JOIN users u ON u.id = g.user_id WHERE g.session_id = $1 ORDER BY g.invited_at`,
      [sessionId],
    );
  }

  async appendEvent(manager: EntityManager, input: SessionEventInput): Promise<void> {
    await manager.insert(SessionEvent, manager.create(SessionEvent, {
      sessionId: input.sessionId, type: input.type, actorId: input.actorId, subjectId: input.subjectId ?? null, data: input.data ?? {},
    }));
  }

  /** The log with the names of who did it and to whom: `limit` entries after the event `afterId`, oldest first. */
  events(sessionId: string, afterId: string | null, limit: number): Promise<(SessionEvent & { actorName: string | null; subjectName: string | null })[]> {
    return this.manager.query(
      `SELECT e.id::text AS id, e.type, e.actor_id AS "actorId", e.subject_id AS "subjectId", e.data,
              e.created_at AS "createdAt", a.name AS "actorName", s.name AS "subjectName"
         FROM session_events e LEFT JOIN users a ON a.id = e.actor_id LEFT JOIN users s ON s.id = e.subject_id
        WHERE e.session_id = $1 AND ($2::bigint IS NULL OR e.id > $2::bigint) ORDER BY e.id LIMIT $3`,
      [sessionId, afterId, limit],
    );
  }

  /** The caucus starts and ends of the whole session (its periods are shown whatever page of the log is read). */
  caucusEvents(sessionId: string): Promise<Pick<SessionEvent, 'type' | 'createdAt' | 'data'>[]> {
    return this.manager.query(
      `SELECT type, created_at AS "createdAt", data FROM session_events
        WHERE session_id = $1 AND type IN ('caucus_started', 'caucus_ended') ORDER BY id`,
      [sessionId],
    );
  }

  /** Admission is per session and user: the latest admitted/removed event decides. */
  async isAdmitted(sessionId: string, userId: string): Promise<boolean> {
    const rows: { type: string }[] = await this.manager.query(
      `SELECT type FROM session_events WHERE session_id = $1 AND subject_id = $2 AND type IN ('admitted', 'removed')
        ORDER BY id DESC LIMIT 1`,
      [sessionId, userId],
    );
    return rows[0]?.type === 'admitted';
  }

  /** A host's mute holds until the host lifts it: the latest muted/unmuted event about the user decides. */
  async isMuted(sessionId: string, userId: string): Promise<boolean> {
    const rows: { type: string }[] = await this.manager.query(
      `SELECT type FROM session_events WHERE session_id = $1 AND subject_id = $2 AND type IN ('muted', 'unmuted')
        ORDER BY id DESC LIMIT 1`,
      [sessionId, userId],
    );
    return rows[0]?.type === 'muted';
  }

  async insertMessage(manager: EntityManager, message: Omit<SessionMessage, 'id' | 'createdAt'>): Promise<SessionMessage> {
    const [row] = await manager.createQueryBuilder().insert().into(SessionMessage).values(message)
      .returning(['id', 'createdAt']).execute().then((r) => r.generatedMaps as Pick<SessionMessage, 'id' | 'createdAt'>[]);
    return { ...message, id: row.id, createdAt: row.createdAt };
  }

  /**
   * Chat a user may read: public messages, and caucus messages of a side they were on (admins read all); `limit`
   * messages after the position `after` (microseconds since the epoch, then id), oldest first.
   */
  messages(
    sessionId: string, userId: string, seeAll: boolean, after: { atMicros: string; id: string } | null, limit: number,
  ): Promise<(Named<SessionMessage> & { atMicros: string })[]> {
    return this.manager.query(
      `SELECT m.id, m.session_id AS "sessionId", m.case_id AS "caseId", m.author_id AS "authorId", m.body,
              m.visible_to AS "visibleTo", m.created_at AS "createdAt", u.name,
              ((extract(epoch FROM m.created_at) * 1000000)::bigint)::text AS "atMicros"
         FROM session_messages m JOIN users u ON u.id = m.author_id
        WHERE m.session_id = $1 AND ($3 OR m.visible_to IS NULL OR $2 = ANY (m.visible_to))
          AND ($4::bigint IS NULL OR (m.created_at, m.id) > (timestamptz 'epoch' + $4::bigint * interval '1 microsecond', $5::uuid))
        ORDER BY m.created_at, m.id LIMIT $6`,
      [sessionId, userId, seeAll, after?.atMicros ?? null, after?.id ?? null, limit],
    );
  }

  latestRecord(manager: EntityManager, sessionId: string): Promise<SessionRecord | null> {
    return manager.findOne(SessionRecord, { where: { sessionId }, order: { version: 'DESC' } });
  }

  async authorName(manager: EntityManager, userId: string): Promise<string | null> {
    const rows: { name: string }[] = await manager.query('SELECT name FROM users WHERE id = $1', [userId]);
    return rows[0]?.name ?? null;
  }

  confirmations(sessionId: string): Promise<Named<RecordConfirmation>[]> {
    return this.manager.query(
      `SELECT c.id, c.session_id AS "sessionId", c.version, c.user_id AS "userId", c.side, c.confirmed_at AS "confirmedAt", u.name
         FROM record_confirmations c JOIN users u ON u.id = c.user_id WHERE c.session_id = $1 ORDER BY c.confirmed_at`,
      [sessionId],
    );
  }

  /** The latest consent row per user and purpose. */
  consents(sessionId: string): Promise<Named<RecordingConsent>[]> {
    return this.manager.query(
      `SELECT DISTINCT ON (c.user_id, c.purpose) c.id::text AS id, c.session_id AS "sessionId", c.user_id AS "userId",
              c.purpose, c.granted, c.created_at AS "createdAt", u.name
         FROM recording_consents c JOIN users u ON u.id = c.user_id
        WHERE c.session_id = $1 ORDER BY c.user_id, c.purpose, c.id DESC`,
      [sessionId],
    );
  }
}
