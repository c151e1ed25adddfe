import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { HolidayYearResponse } from '../api-contract';
import type { AuthUser } from '../auth/auth-user';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/errors/domain-error';
import { HolidayCalendar, calendarOf } from './period';
import { HolidayDayDto } from './dto/holiday.dto';

/** The official holiday calendar (public_holidays): read for every deadline, extended by an admin each year. */
@Injectable()
export class CalendarService {
  constructor(private readonly dataSource: DataSource, private readonly audit: AuditService) {}

  /** The whole calendar (a few dozen rows a year): deadlines are computed from it in the caller's transaction. */
  async calendar(manager: EntityManager = this.dataSource.manager): Promise<HolidayCalendar> {
    const rows: { day: string; kind: 'holiday' | 'workday' }[] = await manager.query(`SELECT to_char(day, 'YYYY-MM-DD') AS day, kind FROM public_holidays`);
    return calendarOf(rows);
  }

  async year(year: number): Promise<HolidayYearResponse> {
    const rows: { day: string; kind: 'holiday' | 'workday'; name: string }[] = await this.dataSource.query(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, kind, name FROM public_holidays WHERE extract(year FROM day) = $1 ORDER BY day`, [year]);
    return { year, days: rows.map((r) => ({ date: r.day, kind: r.kind, name: r.name })) };
  }

  /** Replaces a year's days with the State Council's notice for it. */
  async replaceYear(user: AuthUser, year: number, days: HolidayDayDto[]): Promise<HolidayYearResponse> {
    if (days.some((d) => Number(d.date.slice(0, 4)) !== year)) throw new DomainError('HOLIDAY_OUTSIDE_YEAR');
    if (new Set(days.map((d) => d.date)).size !== days.length) throw new DomainError('HOLIDAY_DUPLICATE_DAY');
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM public_holidays WHERE extract(year FROM day) = $1`, [year]);
      for (const d of days) await manager.query(`INSERT INTO public_holidays (day, kind, name) VALUES ($1, $2, $3)`, [d.date, d.kind, d.name]);
      await this.audit.record(manager, { actorId: user.id, action: 'calendar.year_replaced', entity: 'calendar', entityId: user.id, ip: user.ip, data: { year, days: days.length } });
    });
    return this.year(year);
  }
}
