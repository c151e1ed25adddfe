import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../auth/auth-user';
import { AuditService } from '../../audit/audit.service';
import { DomainError } from '../../common/errors/domain-error';
import { CreateLprRateDto, LprRateResponse, UpdateLprRateDto, toLprRateResponse } from './dto/lpr-rate.dto';
import { InterestCapOptions, LprRate, interestCapBp, lprAt } from './interest-cap';
import { LprRateRow } from './lpr-rate.entity';

const FIRST_LPR = '2019-08-20';

function isCalendarDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

/** The admin-editable LPR table. Reads go to PostgreSQL every time: two portal processes share it, no cache. */
@Injectable()
export class LprRatesService {
  constructor(@InjectDataSource() private readonly db: DataSource, private readonly audit: AuditService) {}

  /** The whole table, oldest first (a few dozen rows a decade), for the pure functions in interest-cap.ts. */
  async table(): Promise<LprRate[]> {
    const rows = await this.db.getRepository(LprRateRow).find({ order: { effectiveDate: 'ASC' } });
    return rows.map(({ effectiveDate, oneYearBp }) => ({ effectiveDate, oneYearBp }));
  }

  /** The one-year LPR in force on `date` (YYYY-MM-DD); null before 2019-08-20. */
  async rateAt(date: string): Promise<LprRate | null> {
    return lprAt(await this.table(), date);
  }

  /** 4 × LPR at the contract date, with the transition rule for loans before 2020-08-20 (see interest-cap.ts). */
  async interestCapBp(contractDate: string, options: InterestCapOptions = {}): Promise<number | null> {
    return interestCapBp(await this.table(), contractDate, options);
  }

  async list(): Promise<LprRateResponse[]> {
    const rows = await this.db.getRepository(LprRateRow).find({ order: { effectiveDate: 'DESC' } });
    return rows.map(toLprRateResponse);
  }

  async add(user: AuthUser, body: CreateLprRateDto): Promise<LprRateResponse> {
    if (body.effectiveDate < FIRST_LPR) throw new DomainError('LPR_RATE_DATE_INVALID');
    return this.db.transaction(async (manager) => {
      const inserted = await manager.query(
        `INSERT INTO lpr_rates (effective_date, one_year_bp, source, updated_by)
         VALUES ($1, $2, COALESCE($3, '中国人民银行授权全国银行间同业拆借中心公布'), $4)
         ON CONFLICT (effective_date) DO NOTHING RETURNING effective_date`,
        [body.effectiveDate, body.oneYearBp, body.source ?? null, user.id],
      );
      if (inserted.length === 0) throw new DomainError('LPR_RATE_EXISTS');
      await this.audit.record(manager, {
        actorId: user.id, action: 'lpr_rate.added', entity: 'lpr_rate', entityId: body.effectiveDate, ip: user.ip,
        data: { oneYearBp: body.oneYearBp },
      });
      return toLprRateResponse(await manager.findOneByOrFail(LprRateRow, { effectiveDate: body.effectiveDate }));
    });
  }

  async update(user: AuthUser, effectiveDate: string, body: UpdateLprRateDto): Promise<LprRateResponse> {
    if (!isCalendarDate(effectiveDate)) throw new DomainError('LPR_RATE_NOT_FOUND');
    return this.db.transaction(async (manager) => {
      const [before] = await manager.query(`SELECT one_year_bp FROM lpr_rates WHERE effective_date = $1 FOR UPDATE`, [effectiveDate]);
      if (!before) throw new DomainError('LPR_RATE_NOT_FOUND');
      await manager.query(
        `UPDATE lpr_rates SET one_year_bp = $2, source = COALESCE($3, source), updated_by = $4, updated_at = now()
         WHERE effective_date = $1`,
        [effectiveDate, body.oneYearBp, body.source ?? null, user.id],
      );
      await this.audit.record(manager, {
        actorId: user.id, action: 'lpr_rate.updated', entity: 'lpr_rate', entityId: effectiveDate, ip: user.ip,
        data: { from: before.one_year_bp, to: body.oneYearBp },
      });
      return toLprRateResponse(await manager.findOneByOrFail(LprRateRow, { effectiveDate }));
    });
  }
}
