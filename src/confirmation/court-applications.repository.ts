import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { CourtItemKind, CourtQuestionResponse } from '../api-contract';
import { CourtApplication, CourtApplicationSignature } from './entities/court-application.entity';

export interface QueueRow extends CourtApplication {
  caseNumber: string;
  partyNames: string;
}

/** Reads and writes of the court's desk; the rules are the services'. */
@Injectable()
export class CourtApplicationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  find(id: string, manager?: EntityManager, lock = false): Promise<CourtApplication | null> {
    const query = this.m(manager).createQueryBuilder(CourtApplication, 'a').where('a.id = :id', { id });
    if (lock) query.setLock('pessimistic_write');
    return query.getOne();
  }

  latestOfCase(caseId: string, kind: CourtItemKind, manager?: EntityManager): Promise<CourtApplication | null> {
    return this.m(manager).findOne(CourtApplication, { where: { caseId, kind }, order: { createdAt: 'DESC' } });
  }

  signatures(applicationId: string, manager?: EntityManager): Promise<CourtApplicationSignature[]> {
    return this.m(manager).find(CourtApplicationSignature, { where: { applicationId }, order: { signedAt: 'ASC' } });
  }

  async insert(manager: EntityManager, row: Partial<CourtApplication>): Promise<CourtApplication> {
    const entity = manager.create(CourtApplication, row);
    await manager.insert(CourtApplication, entity);
    return entity;
  }

  async update(manager: EntityManager, id: string, changes: Partial<CourtApplication>): Promise<void> {
    await manager.update(CourtApplication, { id }, changes);
  }

  async sign(manager: EntityManager, row: CourtApplicationSignature): Promise<void> {
    await manager.insert(CourtApplicationSignature, row);
  }

  /** The agent's name and power of attorney (授权委托书) on file for an approved agency (case_agents). */
  async agencyPoa(manager: EntityManager, agencyId: string): Promise<{ agentName: string; poaFileName: string; poaSha256: string }> {
    const [row] = await manager.query('SELECT name, poa_file_name, poa_sha256 FROM case_agents WHERE id = $1', [agencyId]);
    return { agentName: row.name, poaFileName: row.poa_file_name, poaSha256: row.poa_sha256 };
  }

  /** The next number of a court's series for a year and type code (民特, 民初, 执): gap-free, as the row stays locked
   * until the caller's transaction ends and a rollback gives the number back. */
  async nextCourtNumber(manager: EntityManager, courtId: string, year: number, typeCode: string): Promise<number> {
    const [row] = await manager.query(
      `INSERT INTO court_case_series (court_id, year, type_code, last_number) VALUES ($1, $2, $3, 1)
       ON CONFLICT (court_id, year, type_code) DO UPDATE SET last_number = court_case_series.last_number + 1
       RETURNING last_number`, [courtId, year, typeCode]);
    return Number(row.last_number);
  }

  async numberTaken(manager: EntityManager, courtId: string, number: string): Promise<boolean> {
    const [row] = await manager.query(`SELECT 1 FROM court_applications WHERE court_id = $1 AND court_case_number = $2`, [courtId, number]);
    return !!row;
  }

  /** Everything a court has received (not what still waits for co-signatures). */
  async queue(courtId: string): Promise<QueueRow[]> {
    const items = await this.dataSource.manager.createQueryBuilder(CourtApplication, 'a')
      .where(`a.court_id = :courtId AND a.status <> 'awaiting_cosign'`, { courtId }).getMany();
    if (!items.length) return [];
    const meta: { id: string; case_number: string | null; party_names: string }[] = await this.dataSource.query(
      `SELECT a.id, c.case_number,
              (SELECT string_agg(p.name, '、' ORDER BY p.position) FROM case_parties p WHERE p.case_id = c.id) AS party_names
         FROM court_applications a JOIN cases c ON c.id = a.case_id WHERE a.court_id = $1`, [courtId]);
    const byId = new Map(meta.map((m) => [m.id, m]));
    return items.map((a) => Object.assign(a, { caseNumber: byId.get(a.id)?.case_number ?? '', partyNames: byId.get(a.id)?.party_names ?? '' }));
  }

  async notices(courtId: string) {
    return this.dataSource.query(
      `SELECT n.id, n.application_id, n.kind, n.deadline, to_char(n.due, 'YYYY-MM-DD') AS due, n.created_at, c.case_number
         FROM court_notices n JOIN court_applications a ON a.id = n.application_id JOIN cases c ON c.id = a.case_id
        WHERE n.court_id = $1 ORDER BY n.created_at DESC LIMIT 50`, [courtId]) as Promise<{
      id: string; application_id: string; kind: 'reminder' | 'overdue'; deadline: 'accept' | 'decide'; due: string; created_at: Date; case_number: string | null;
    }[]>;
  }

  /** A notice is delivered once: a second run of the same job inserts nothing (null). */
  async addNotice(manager: EntityManager, n: { applicationId: string; courtId: string; kind: string; deadline: string; due: string; at: Date }): Promise<string | null> {
    const rows = await manager.query(
      `INSERT INTO court_notices (application_id, court_id, kind, deadline, due, created_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (application_id, kind, deadline, due) DO NOTHING RETURNING id`,
      [n.applicationId, n.courtId, n.kind, n.deadline, n.due, n.at]);
    return rows[0]?.id ?? null;
  }

  async questions(applicationId: string): Promise<CourtQuestionResponse[]> {
    const rows: { id: string; author_name: string; author_role: string; body: string; created_at: Date }[] = await this.dataSource.query(
      `SELECT id, author_name, author_role, body, created_at FROM court_questions WHERE application_id = $1 ORDER BY created_at, id`, [applicationId]);
    return rows.map((r) => ({ id: r.id, authorName: r.author_name, authorLabel: r.author_role, body: r.body, at: r.created_at.toISOString() }));
  }

  async addQuestion(manager: EntityManager, q: { applicationId: string; authorId: string; authorName: string; authorRole: string; body: string; at: Date }) {
    await manager.query(
      `INSERT INTO court_questions (application_id, author_id, author_name, author_role, body, created_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [q.applicationId, q.authorId, q.authorName, q.authorRole, q.body, q.at]);
  }

  /** The open session of a case under examination: the judge's hearing. */
  async openHearing(caseId: string, manager?: EntityManager): Promise<string | null> {
    const [row] = await this.m(manager).query(
      `SELECT s.id FROM mediation_sessions s JOIN users u ON u.id = s.mediator_id
        WHERE s.case_id = $1 AND s.status IN ('scheduled', 'live') AND u.role = 'court_staff' LIMIT 1`, [caseId]);
    return row?.id ?? null;
  }

  async courtTitleOf(userId: string): Promise<'judge' | 'clerk' | 'president' | null> {
    const [row] = await this.dataSource.query(`SELECT court_title FROM users WHERE id = $1`, [userId]);
    return row?.court_title ?? null;
  }

  async isPresidentOf(manager: EntityManager, userId: string, courtId: string): Promise<boolean> {
    const [row] = await manager.query(
      `SELECT 1 FROM users WHERE id = $1 AND role = 'court_staff' AND organization_id = $2 AND court_title = 'president'`, [userId, courtId]);
    return !!row;
  }
}
