import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../auth/auth-user';
import { AuditService } from '../../audit/audit.service';
import { Clock } from '../../clock/clock';
import { DomainError } from '../../common/errors/domain-error';
import { segment } from '../search/segmenter';
import { ProvisionDto, ProvisionResponse, toProvisionResponse } from './dto/provision.dto';
import { LegalProvision } from './legal-provision.entity';
import { CaseText, GENERAL_TAG, rankProvisions } from './provision-ranking';

/** How many candidates the SQL pre-score hands to rankProvisions (the bound keeps a large table fast). */
export const PROVISION_CANDIDATES = 100;

/**
 * Candidates for a case: provisions tagged with its category (or 通用) or sharing a keyword with its words (two GIN
 * indexes), pre-scored in SQL (category weight, any keyword shared) and cut to the best PROVISION_CANDIDATES, which
 * rankProvisions then scores exactly.
 * $1 category, $2 [category, 通用], $3 the case's words.
 */
export const PROVISION_MATCH_SQL = `
  SELECT p.*, (CASE WHEN $1 = ANY(p.categories) THEN 10 WHEN '${GENERAL_TAG}' = ANY(p.categories) THEN 2 ELSE 0 END
               + CASE WHEN p.keywords && $3::text[] THEN 3 ELSE 0 END) AS pre_score
    FROM legal_provisions p
   WHERE p.categories && $2::text[] OR p.keywords && $3::text[]
   ORDER BY pre_score DESC, p.law, p.article
   LIMIT ${PROVISION_CANDIDATES}`;

export interface MatchedProvision extends ProvisionResponse {
  score: number;
  why: string[];
}

/** Legal provisions (法律规定): admin-edited, imported from files, matched to cases. */
@Injectable()
export class ProvisionsService {
  constructor(@InjectDataSource() private readonly db: DataSource, private readonly audit: AuditService, private readonly clock: Clock) {}

  /** Provisions for a case, ranked, each with why it matched. Candidates come from the two GIN-indexed arrays. */
  async forCase(c: CaseText, limit = 10): Promise<MatchedProvision[]> {
    const words = [...new Set(segment(`${c.facts} ${c.claims}`))];
    const rows: Record<string, unknown>[] = await this.db.query(PROVISION_MATCH_SQL, [c.category, [c.category, GENERAL_TAG], words]);
    const candidates = rows.map(fromRow);
    return rankProvisions(candidates, c, limit).map(({ provision, score, why }) => ({ ...toProvisionResponse(provision), score, why }));
  }

  async search(query: { q?: string; category?: string }): Promise<ProvisionResponse[]> {
    const qb = this.db.getRepository(LegalProvision).createQueryBuilder('p').orderBy('p.law').addOrderBy('p.article').limit(200);
    if (query.category) qb.andWhere(':category = ANY(p.categories)', { category: query.category });
    if (query.q) {
      qb.andWhere(`(p.law || p.article || p.title || p.text) ILIKE :like OR p.keywords && :words`, {
        like: `%${query.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`, words: segment(query.q),
      });
    }
    return (await qb.getMany()).map(toProvisionResponse);
  }

  async create(user: AuthUser, body: ProvisionDto): Promise<ProvisionResponse> {
    return this.db.transaction(async (manager) => {
      const exists = await manager.existsBy(LegalProvision, { law: body.law, article: body.article });
      if (exists) throw new DomainError('PROVISION_EXISTS');
      const saved = await manager.save(LegalProvision, manager.create(LegalProvision, { ...fields(body), updatedBy: user.id, updatedAt: this.clock.now() }));
      await this.audit.record(manager, { actorId: user.id, action: 'provision.created', entity: 'legal_provision', entityId: saved.id, ip: user.ip });
      return toProvisionResponse(saved);
    });
  }

  async update(user: AuthUser, id: string, body: ProvisionDto): Promise<ProvisionResponse> {
    return this.db.transaction(async (manager) => {
      const row = await manager.findOne(LegalProvision, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw new DomainError('PROVISION_NOT_FOUND');
      const clash = await manager.createQueryBuilder(LegalProvision, 'p')
        .where('p.law = :law AND p.article = :article AND p.id <> :id', { law: body.law, article: body.article, id }).getExists();
      if (clash) throw new DomainError('PROVISION_EXISTS');
      Object.assign(row, fields(body), { updatedBy: user.id, updatedAt: this.clock.now() });
      await manager.save(LegalProvision, row);
      await this.audit.record(manager, { actorId: user.id, action: 'provision.updated', entity: 'legal_provision', entityId: id, ip: user.ip });
      return toProvisionResponse(row);
    });
  }

  async remove(user: AuthUser, id: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const result = await manager.delete(LegalProvision, { id });
      if (!result.affected) throw new DomainError('PROVISION_NOT_FOUND');
      await this.audit.record(manager, { actorId: user.id, action: 'provision.deleted', entity: 'legal_provision', entityId: id, ip: user.ip });
    });
  }
}

function fromRow(r: Record<string, unknown>): LegalProvision {
  return Object.assign(new LegalProvision(), {
    id: r.id, law: r.law, article: r.article, title: r.title, text: r.text, textKind: r.text_kind,
    effectiveDate: r.effective_date === null ? null : toDateString(r.effective_date), categories: r.categories, keywords: r.keywords,
    source: r.source, updatedBy: r.updated_by, updatedAt: r.updated_at,
  });
}

/** pg hands `date` columns back as text here (no type parser set for raw queries)… or as Date when one is. */
function toDateString(value: unknown): string {
  return value instanceof Date ? `${value.getFullYear()}-${String(value.getMonth() + 1).padStart(2, '0')}-${String(value.getDate()).padStart(2, '0')}` : String(value);
}

function fields(body: ProvisionDto): Partial<LegalProvision> {
  return {
    law: body.law, article: body.article, title: body.title ?? '', text: body.text, textKind: body.textKind,
    effectiveDate: body.effectiveDate ?? null, categories: body.categories, keywords: body.keywords, source: body.source ?? '',
  };
}

/** Inserts or replaces (by law + article) validated provisions in one transaction; used by the import command. */
export async function importProvisions(manager: EntityManager, rows: readonly ProvisionDto[], actorId: string | null): Promise<{ inserted: number; updated: number }> {
  let inserted = 0;
  let updated = 0;
  for (const body of rows) {
    const f = fields(body);
    const [row] = await manager.query(
      `INSERT INTO legal_provisions (law, article, title, text, text_kind, effective_date, categories, keywords, source, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (law, article) DO UPDATE SET title = EXCLUDED.title, text = EXCLUDED.text, text_kind = EXCLUDED.text_kind,
         effective_date = EXCLUDED.effective_date, categories = EXCLUDED.categories, keywords = EXCLUDED.keywords,
         source = EXCLUDED.source, updated_by = EXCLUDED.updated_by, updated_at = now()
       RETURNING (xmax = 0) AS inserted`,
      [f.law, f.article, f.title, f.text, f.textKind, f.effectiveDate, f.categories, f.keywords, f.source, actorId],
    );
    if (row.inserted) inserted++;
    else updated++;
  }
  return { inserted, updated };
}
