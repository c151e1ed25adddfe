import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { MediatorAffiliation, MediatorFigures, MediatorOfficeResponse } from '../api-contract';
import { shanghaiParts, type TimeRange, type WeeklyHours } from './availability';
import type { ConflictReason } from './mediator-score';

export interface MediatorRow {
  id: string;
  name: string;
  organizationId: string | null;
  organizationName: string;
  affiliation: MediatorAffiliation;
  specialties: string[];
  languages: string[];
  yearsOfExperience: number;
  introduction: string;
  hasPhoto: boolean;
}

export interface CandidateRow extends MediatorRow {
  open: number;
  closed: number;
  settled: number;
  conflict: ConflictReason | null;
  /** Free one-hour slots in the 7 days from the ranking's now. */
  freeSlots: number;
}

export interface DirectoryFilter {
  category?: string;
  organizationId?: string;
  affiliation?: MediatorAffiliation;
  language?: string;
  /** A Shanghai date the mediator works (weekly hours that weekday) and is not on leave all day. */
  availableOn?: string;
  name?: string;
  limit: number;
  offset: number;
}

export interface ProfileChanges {
  affiliation?: MediatorAffiliation;
  invitedByCourtId?: string | null;
  specialties?: string[];
  languages?: string[];
  yearsOfExperience?: number;
  introduction?: string;
  declaredConflicts?: string[];
}

/** A case still being worked on: a mediator with one of these sharing a party with this case has a conflict. */
const OPEN_WITH_PARTIES = `('accepted', 'mediator_assigned', 'in_mediation')`;
const CLOSED_SETTLED = `('settled', 'confirmation_requested', 'confirmed', 'confirmation_rejected')`;

const MEDIATOR_COLUMNS = `
  u.id, u.name, u.organization_id AS "organizationId", COALESCE(o.name, '') AS "organizationName",
  COALESCE(p.affiliation, 'committee') AS affiliation, COALESCE(p.specialties, '{}') AS specialties,
  COALESCE(p.languages, '{普通话}') AS languages, COALESCE(p.years_of_experience, 0) AS "yearsOfExperience",
  COALESCE(p.introduction, '') AS introduction, (p.photo IS NOT NULL) AS "hasPhoto"`;

const MEDIATOR_FROM = `users u LEFT JOIN organizations o ON o.id = u.organization_id LEFT JOIN mediator_profiles p ON p.user_id = u.id`;

/** Fetches and stores mediator profiles, offices, availability and the figures computed from cases. */
@Injectable()
export class MediatorsRepository {
  constructor(private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  async directory(f: DirectoryFilter): Promise<{ rows: MediatorRow[]; total: number }> {
    const rows: (MediatorRow & { total: string })[] = await this.manager.query(
      `SELECT ${MEDIATOR_COLUMNS}, count(*) OVER () AS total FROM ${MEDIATOR_FROM}
        WHERE u.role = 'mediator'
          AND ($1::text IS NULL OR $1 = ANY (p.specialties))
          AND ($2::uuid IS NULL OR u.organization_id = $2)
          AND ($3::text IS NULL OR COALESCE(p.affiliation, 'committee') = $3)
          AND ($4::text IS NULL OR $4 = ANY (COALESCE(p.languages, '{普通话}')))
          AND ($5::date IS NULL OR (
                EXISTS (SELECT 1 FROM mediator_weekly_hours h WHERE h.mediator_id = u.id AND h.weekday = extract(isodow FROM $5::date))
                AND NOT EXISTS (SELECT 1 FROM mediator_leave l WHERE l.mediator_id = u.id
                  AND l.during @> tstzrange($5::date::timestamp AT TIME ZONE 'Asia/Shanghai', ($5::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'))))
          AND ($6::text IS NULL OR strpos(u.name, $6) > 0)
        ORDER BY u.name, u.id LIMIT $7 OFFSET $8`,
      [f.category ?? null, f.organizationId ?? null, f.affiliation ?? null, f.language ?? null, f.availableOn ?? null, f.name ?? null, f.limit, f.offset],
    );
    return { rows, total: rows.length ? Number(rows[0].total) : 0 };
  }

  async findMediator(id: string, manager: EntityManager = this.manager): Promise<MediatorRow | null> {
    const [row] = await manager.query(`SELECT ${MEDIATOR_COLUMNS} FROM ${MEDIATOR_FROM} WHERE u.id = $1 AND u.role = 'mediator'`, [id]);
    return row ?? null;
  }

  /**
   * The mediators a case of this committee may have — its own, and those its court invited (特邀调解员), at most 500 —
   * with everything the ranking needs of each, in one statement: case counts (kept by a trigger), free one-hour slots
   * in the 7 days from `now` (counted from the starts each profile keeps, see migration 1765064000000; a list older than
   * yesterday is computed on the spot), and the conflict of interest with this case's parties, if any.
   */
  async candidates(caseId: string, committeeId: string, now: Date): Promise<CandidateRow[]> {
    return this.manager.query(
      `WITH ids AS (
         SELECT id FROM users WHERE role = 'mediator' AND organization_id = $2
         UNION SELECT user_id FROM mediator_profiles WHERE invited_by_court_id = (SELECT court_id FROM organizations WHERE id = $2)
       ), party_ids AS (
         SELECT array_agg(x) AS ids FROM case_parties, LATERAL (VALUES (phone), (credit_code)) v(x) WHERE case_id = $1 AND x IS NOT NULL
       ), same_parties AS (
         SELECT oc.mediator_id AS id
           FROM case_parties mine
           JOIN case_parties other ON other.phone = mine.phone AND other.case_id <> mine.case_id
           JOIN cases oc ON oc.id = other.case_id
          WHERE mine.case_id = $1 AND mine.phone IS NOT NULL AND oc.status IN ${OPEN_WITH_PARTIES}
       )
       SELECT ${MEDIATOR_COLUMNS},
              COALESCE(k.open, 0) AS open, COALESCE(k.closed, 0) AS closed, COALESCE(k.settled, 0) AS settled,
              CASE WHEN p.declared_conflicts && (SELECT ids FROM party_ids) THEN 'related_to_party'
                   WHEN u.id IN (SELECT id FROM same_parties) THEN 'open_case_with_same_parties' END AS conflict,
              -- the slots starting after now and ending within 7 days: a binary search each end of the sorted list
              width_bucket($3::timestamptz + interval '7 days' - interval '1 hour', f.slots) - width_bucket($3::timestamptz, f.slots) AS "freeSlots"
         FROM ids
         -- LIMIT 1 keeps these primary-key probes per candidate (flattened, the planner may scan all users instead)
         JOIN LATERAL (SELECT * FROM users WHERE id = ids.id AND role = 'mediator' LIMIT 1) u ON true
         LEFT JOIN LATERAL (SELECT name FROM organizations WHERE id = u.organization_id LIMIT 1) o ON true
         LEFT JOIN mediator_profiles p ON p.user_id = u.id LEFT JOIN mediator_case_counts k ON k.mediator_id = u.id
         CROSS JOIN LATERAL (SELECT CASE WHEN p.free_slots_from >= $4::date - 1 THEN p.free_slots
                                         ELSE mediator_free_slot_starts(u.id, $4::date, 9) END AS slots) f
        ORDER BY u.id LIMIT 500`,
      [caseId, committeeId, now, shanghaiParts(now).date],
    );
  }

  /** Recomputes the free slots kept on the profiles that were computed before today (Asia/Shanghai). */
  async renewStaleFreeSlots(): Promise<void> {
    await this.manager.query(
      `SELECT mediator_free_slots_refresh(ARRAY(SELECT user_id FROM mediator_profiles WHERE free_slots_from < (now() AT TIME ZONE 'Asia/Shanghai')::date))`,
    );
  }

  /** Whether a mediator may take cases of this committee (own, or invited by its court). */
  async isCandidate(manager: EntityManager, mediatorId: string, committeeId: string, courtId: string | null): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM users u LEFT JOIN mediator_profiles p ON p.user_id = u.id
        WHERE u.id = $1 AND u.role = 'mediator' AND (u.organization_id = $2 OR ($3::uuid IS NOT NULL AND p.invited_by_court_id = $3))`,
      [mediatorId, committeeId, courtId],
    );
    return rows.length > 0;
  }

  async figures(ids: readonly string[]): Promise<Map<string, MediatorFigures & { closed: number; settled: number }>> {
    const rows: { id: string; handled: string; settled: string; closed: string; open: string; median: number | null }[] = await this.manager.query(
      `SELECT mediator_id AS id, count(*) AS handled,
              count(*) FILTER (WHERE status IN ${CLOSED_SETTLED}) AS settled,
              count(*) FILTER (WHERE status IN ${CLOSED_SETTLED} OR status = 'failed') AS closed,
              count(*) FILTER (WHERE status IN ('mediator_assigned', 'in_mediation')) AS open,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM closed_at - accepted_at) / 86400)
                FILTER (WHERE (status IN ${CLOSED_SETTLED} OR status = 'failed') AND accepted_at IS NOT NULL AND closed_at IS NOT NULL) AS median
         FROM cases WHERE mediator_id = ANY ($1::uuid[]) GROUP BY mediator_id`,
      [ids],
    );
    const out = new Map<string, MediatorFigures & { closed: number; settled: number }>();
    for (const id of ids) out.set(id, { casesHandled: 0, settlementRate: null, medianDaysToClose: null, openCaseload: 0, satisfaction: null, closed: 0, settled: 0 });
    for (const r of rows) {
      const closed = Number(r.closed);
      const settled = Number(r.settled);
      out.set(r.id, {
        casesHandled: Number(r.handled), settlementRate: closed ? Math.round((settled / closed) * 1000) / 1000 : null,
        medianDaysToClose: r.median === null ? null : Math.round(Number(r.median) * 10) / 10, openCaseload: Number(r.open),
        satisfaction: null, closed, settled,
      });
    }
    return out;
  }

  async offices(ids: readonly string[], manager: EntityManager = this.manager): Promise<Map<string, MediatorOfficeResponse[]>> {
    const rows: (MediatorOfficeResponse & { mediatorId: string })[] = await manager.query(
      `SELECT id, mediator_id AS "mediatorId", name, address FROM mediator_offices WHERE mediator_id = ANY ($1::uuid[]) ORDER BY name, id`, [ids],
    );
    const out = new Map<string, MediatorOfficeResponse[]>(ids.map((id) => [id, []]));
    for (const { mediatorId, ...office } of rows) out.get(mediatorId)?.push(office);
    return out;
  }

  async weeklyHours(ids: readonly string[], manager: EntityManager = this.manager): Promise<Map<string, WeeklyHours[]>> {
    const rows: (WeeklyHours & { mediatorId: string })[] = await manager.query(
      `SELECT mediator_id AS "mediatorId", weekday, start_minute AS "startMinute", end_minute AS "endMinute"
         FROM mediator_weekly_hours WHERE mediator_id = ANY ($1::uuid[]) ORDER BY weekday, start_minute`, [ids],
    );
    return groupBy(ids, rows);
  }

  async leave(ids: readonly string[], from: Date, to: Date, manager: EntityManager = this.manager): Promise<Map<string, (TimeRange & { id: string; reason: string })[]>> {
    const rows: (TimeRange & { id: string; reason: string; mediatorId: string })[] = await manager.query(
      `SELECT id, mediator_id AS "mediatorId", lower(during) AS start, upper(during) AS end, reason FROM mediator_leave
        WHERE mediator_id = ANY ($1::uuid[]) AND during && tstzrange($2, $3) ORDER BY lower(during)`, [ids, from, to],
    );
    return groupBy(ids, rows);
  }

  /** Sessions that hold the mediators' time (booked, open or held; not cancelled) between two instants. */
  async busy(ids: readonly string[], from: Date, to: Date, manager: EntityManager = this.manager): Promise<Map<string, TimeRange[]>> {
    const rows: (TimeRange & { mediatorId: string })[] = await manager.query(
      `SELECT mediator_id AS "mediatorId", starts_at AS start, ends_at AS end FROM mediation_sessions
        WHERE mediator_id = ANY ($1::uuid[]) AND starts_at IS NOT NULL AND status <> 'cancelled'
          AND tstzrange(starts_at, ends_at) && tstzrange($2, $3)`, [ids, from, to],
    );
    return groupBy(ids, rows);
  }

  /** Candidates who have an open case sharing a party (by phone) with this case. */
  async withOpenCaseOfSameParties(caseId: string, ids: readonly string[]): Promise<Set<string>> {
    const rows: { id: string }[] = await this.manager.query(
      `SELECT DISTINCT oc.mediator_id AS id
         FROM case_parties mine
         JOIN case_parties other ON other.phone = mine.phone AND other.case_id <> mine.case_id
         JOIN cases oc ON oc.id = other.case_id
        WHERE mine.case_id = $1 AND mine.phone IS NOT NULL AND oc.mediator_id = ANY ($2::uuid[])
          AND oc.status IN ${OPEN_WITH_PARTIES}`,
      [caseId, ids],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** What identifies the parties of a case for conflicts: phones and credit codes. */
  async partyIdentifiers(caseId: string, manager: EntityManager = this.manager): Promise<string[]> {
    const rows: { phone: string | null; credit_code: string | null }[] = await manager.query(
      'SELECT phone, credit_code FROM case_parties WHERE case_id = $1', [caseId],
    );
    return rows.flatMap((r) => [r.phone, r.credit_code]).filter((x): x is string => !!x);
  }

  async declaredConflicts(manager: EntityManager, mediatorId: string): Promise<string[]> {
    const [row] = await manager.query('SELECT declared_conflicts FROM mediator_profiles WHERE user_id = $1', [mediatorId]);
    return row?.declared_conflicts ?? [];
  }

  /** The profile row, created with defaults the first time (the calendar token comes with it). */
  async ensureProfile(manager: EntityManager, mediatorId: string): Promise<{ calendarToken: string }> {
    await manager.query('INSERT INTO mediator_profiles (user_id) VALUES ($1) ON CONFLICT DO NOTHING', [mediatorId]);
    const [row] = await manager.query('SELECT calendar_token FROM mediator_profiles WHERE user_id = $1', [mediatorId]);
    return { calendarToken: row.calendar_token };
  }

  async updateProfile(manager: EntityManager, mediatorId: string, c: ProfileChanges): Promise<void> {
    await this.ensureProfile(manager, mediatorId);
    await manager.query(
      `UPDATE mediator_profiles SET
         affiliation = COALESCE($2, affiliation),
         invited_by_court_id = CASE WHEN $2::text IS NULL THEN invited_by_court_id ELSE $3 END,
         specialties = COALESCE($4, specialties), languages = COALESCE($5, languages),
         years_of_experience = COALESCE($6, years_of_experience), introduction = COALESCE($7, introduction),
         declared_conflicts = COALESCE($8, declared_conflicts), updated_at = now()
       WHERE user_id = $1`,
      [mediatorId, c.affiliation ?? null, c.invitedByCourtId ?? null, c.specialties ?? null, c.languages ?? null,
        c.yearsOfExperience ?? null, c.introduction ?? null, c.declaredConflicts ?? null],
    );
  }

  async replaceOffices(manager: EntityManager, mediatorId: string, offices: { name: string; address: string }[]): Promise<void> {
    // Offices booked sessions point at stay (they are history); the rest are replaced.
    await manager.query(
      `DELETE FROM mediator_offices o WHERE mediator_id = $1 AND NOT EXISTS (SELECT 1 FROM mediation_sessions s WHERE s.office_id = o.id)`, [mediatorId],
    );
    for (const office of offices) {
      await manager.query(
        `INSERT INTO mediator_offices (mediator_id, name, address) SELECT $1, $2, $3
          WHERE NOT EXISTS (SELECT 1 FROM mediator_offices WHERE mediator_id = $1 AND name = $2 AND address = $3)`,
        [mediatorId, office.name, office.address],
      );
    }
  }

  async office(manager: EntityManager, mediatorId: string, officeId: string): Promise<MediatorOfficeResponse | null> {
    const [row] = await manager.query('SELECT id, name, address FROM mediator_offices WHERE id = $1 AND mediator_id = $2', [officeId, mediatorId]);
    return row ?? null;
  }

  async replaceWeeklyHours(manager: EntityManager, mediatorId: string, hours: WeeklyHours[]): Promise<void> {
    await manager.query('DELETE FROM mediator_weekly_hours WHERE mediator_id = $1', [mediatorId]);
    if (!hours.length) return;
    await manager.query(
      `INSERT INTO mediator_weekly_hours (mediator_id, weekday, start_minute, end_minute)
       SELECT $1, * FROM unnest($2::smallint[], $3::int[], $4::int[])`,
      [mediatorId, hours.map((h) => h.weekday), hours.map((h) => h.startMinute), hours.map((h) => h.endMinute)],
    );
  }

  async addLeave(manager: EntityManager, mediatorId: string, start: Date, end: Date, reason: string): Promise<void> {
    await manager.query('INSERT INTO mediator_leave (mediator_id, during, reason) VALUES ($1, tstzrange($2, $3), $4)', [mediatorId, start, end, reason]);
  }

  async deleteLeave(manager: EntityManager, mediatorId: string, leaveId: string): Promise<boolean> {
    const [, count] = await manager.query('DELETE FROM mediator_leave WHERE id = $1 AND mediator_id = $2', [leaveId, mediatorId]);
    return count > 0;
  }

  async setPhoto(manager: EntityManager, mediatorId: string, photo: Buffer | null, type: string | null): Promise<void> {
    await this.ensureProfile(manager, mediatorId);
    await manager.query('UPDATE mediator_profiles SET photo = $2, photo_type = $3, updated_at = now() WHERE user_id = $1', [mediatorId, photo, type]);
  }

  async photo(mediatorId: string): Promise<{ photo: Buffer; type: string } | null> {
    const [row] = await this.manager.query('SELECT photo, photo_type FROM mediator_profiles WHERE user_id = $1 AND photo IS NOT NULL', [mediatorId]);
    return row ? { photo: row.photo, type: row.photo_type } : null;
  }

  async mediatorByCalendarToken(token: string): Promise<{ id: string; name: string } | null> {
    const [row] = await this.manager.query(
      `SELECT u.id, u.name FROM mediator_profiles p JOIN users u ON u.id = p.user_id WHERE p.calendar_token = $1`, [token],
    );
    return row ?? null;
  }

  async isCourt(manager: EntityManager, organizationId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM organizations WHERE id = $1 AND kind = 'court'`, [organizationId]);
    return rows.length > 0;
  }
}

function groupBy<T extends { mediatorId: string }>(ids: readonly string[], rows: T[]): Map<string, Omit<T, 'mediatorId'>[]> {
  const out = new Map<string, Omit<T, 'mediatorId'>[]>(ids.map((id) => [id, []]));
  for (const { mediatorId, ...rest } of rows) out.get(mediatorId)?.push(rest);
  return out;
}
