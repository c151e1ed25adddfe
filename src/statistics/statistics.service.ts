import { Injectable } from '@nestjs/common';
import type { StatFigures, StatisticsResponse } from '../api-contract';
import type { AuthUser } from '../auth/auth-user';
import { Clock } from '../clock/clock';
import { DomainError } from '../common/errors/domain-error';
import { shanghaiToday } from '../common/shanghai-date';
import { StatisticsQuery } from './dto/statistics.dto';
import { FigureRow, StatScope, StatisticsRepository } from './statistics.repository';
import { Cell, Sheet, workbook } from './xlsx';

const DAY = 86_400_000;
const round = (n: number | null, digits = 1) => (n === null || Number.isNaN(n) ? null : Math.round(n * 10 ** digits) / 10 ** digits);

/**
 * The dashboard for committees (their own figures), courts (the committees whose court they are) and admins (all).
 * Each figure is one statement over the aggregates the triggers keep (see the statistics migration and README).
 */
@Injectable()
export class StatisticsService {
  constructor(private readonly repository: StatisticsRepository, private readonly clock: Clock) {}

  async dashboard(user: AuthUser, query: StatisticsQuery): Promise<StatisticsResponse> {
    const scope = await this.scope(user, query);
    const [total, byMonth, byCategory, byCommittee, cycle, median, referrals, satisfaction, overdue] = await Promise.all([
      this.repository.figures(scope, 'total'), this.repository.figures(scope, 'month'), this.repository.figures(scope, 'category'),
      this.repository.figures(scope, 'committee'), this.repository.cycleAndChannel(scope), this.repository.medianDays(scope),
      this.repository.referrals(scope), this.repository.satisfaction(scope), this.repository.overdue(scope, this.clock.now()),
    ]);
    const names = await this.repository.committeeNames(byCommittee.map((r) => r.key!));
    const online = Number(cycle.online ?? 0);
    const inPerson = Number(cycle.in_person ?? 0);
    const distribution = [1, 2, 3, 4, 5].map((score) => Number(satisfaction.find((s) => s.score === score)?.n ?? 0));
    const rated = distribution.reduce((a, b) => a + b, 0);
    return {
      from: scope.from, to: scope.to,
      totals: figures(total[0]),
      byMonth: byMonth.map((r) => ({ month: r.key!, ...figures(r) })),
      byCategory: byCategory.map((r) => ({ category: r.key!, ...figures(r) })),
      byCommittee: byCommittee.map((r) => ({ committeeId: r.key!, committeeName: names.get(r.key!) ?? '', ...figures(r) })),
      cycle: { averageDays: round(cycle.average_days as number | null), medianDays: median, averageWorkingDays: round(cycle.average_work_days as number | null) },
      channel: { online, inPerson, onlineShare: online + inPerson ? round(online / (online + inPerson), 3) : null },
      confirmations: { requested: Number(cycle.requested ?? 0), confirmed: Number(cycle.confirmed ?? 0), rejected: Number(cycle.rejected ?? 0) },
      referrals: referrals.map((r: Record<string, string>) => ({
        partnerId: r.partner_id, partnerName: r.partner_name, partnerType: r.partner_type, total: Number(r.total), accepted: Number(r.accepted),
        forwarded: Number(r.forwarded), declined: Number(r.declined), waiting: Number(r.waiting),
      })),
      satisfaction: { count: rated, average: rated ? round(distribution.reduce((a, n, i) => a + n * (i + 1), 0) / rated, 2) : null, distribution },
      overdue: { unaccepted: Number(overdue.unaccepted), longMediations: Number(overdue.long_mediations), followUps: Number(overdue.follow_ups) },
      includesDemo: overdue.includes_demo,
    };
  }

  async export(user: AuthUser, query: StatisticsQuery, format: 'csv' | 'xlsx'): Promise<{ content: Buffer; type: string; name: string }> {
    const stats = await this.dashboard(user, query);
    const header: Cell[] = ['申请', '受理', '调解成功', '调解不成', '撤回', '调解成功率'];
    const cells = (f: StatFigures): Cell[] => [f.filed, f.accepted, f.settled, f.failed, f.withdrawn, f.settlementRate];
    const sheets: Sheet[] = [
      { name: '按月', rows: [['月份', ...header], ...stats.byMonth.map((r) => [r.month, ...cells(r)])] },
      { name: '按案由', rows: [['案由', ...header], ...stats.byCategory.map((r) => [r.category, ...cells(r)])] },
      { name: '按调委会', rows: [['调解委员会', ...header], ...stats.byCommittee.map((r) => [r.committeeName, ...cells(r)])] },
      { name: '协作单位转办', rows: [['协作单位', '转办', '受理立案', '转其他单位', '不予受理', '待处理'], ...stats.referrals.map((r) => [r.partnerName, r.total, r.accepted, r.forwarded, r.declined, r.waiting])] },
    ];
    const name = `调解统计_${stats.from}_${stats.to}`;
    if (format === 'xlsx') return { content: workbook(sheets), type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', name: `${name}.xlsx` };
    const csv = sheets.flatMap((s) => [[`# ${s.name}`], ...s.rows, []])
      .map((row) => row.map((c) => (c === null ? '' : typeof c === 'number' ? String(c) : `"${c.replace(/"/g, '""')}"`)).join(',')).join('\r\n');
    // The BOM lets Excel read the Chinese as UTF-8.
    return { content: Buffer.from(`\uFEFF${csv}`, 'utf8'), type: 'text/csv; charset=utf-8', name: `${name}.csv` };
  }

  private async scope(user: AuthUser, query: StatisticsQuery): Promise<StatScope> {
    const now = this.clock.now();
    const to = query.to ?? shanghaiToday(now);
    const from = query.from ?? shanghaiToday(new Date(new Date(`${to}T12:00:00+08:00`).getTime() - 548 * DAY));
    if (from > to || Date.parse(to) - Date.parse(from) > 5 * 366 * DAY) throw new DomainError('STATISTICS_PERIOD_INVALID');
    let committees: string[] | null = null;
    if (user.role === 'mediator') committees = [user.organizationId!];
    if (user.role === 'court_staff') committees = await this.repository.committeesOfCourt(user.organizationId!);
    if (query.committeeId) committees = committees ? committees.filter((c) => c === query.committeeId) : [query.committeeId];
    return { from, to, committees, category: query.category ?? null };
  }
}

function figures(row: FigureRow | undefined): StatFigures {
  const n = (v: string | undefined | null) => Number(v ?? 0);
  const settled = n(row?.settled);
  const failed = n(row?.failed);
  return {
    filed: n(row?.filed), accepted: n(row?.accepted), settled, failed, withdrawn: n(row?.withdrawn),
    settlementRate: settled + failed ? round(settled / (settled + failed), 3) : null,
  };
}
