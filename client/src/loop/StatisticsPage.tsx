import { useEffect, useState } from 'preact/hooks';
import type { StatisticsResponse } from '../../../src/api-contract';
import { t } from '../i18n';
import { statisticsApi } from './loop-api';
import './loop.css';

const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);

/** Bars drawn as SVG (no chart library is installed): filed and settled per month. */
function MonthChart({ months }: { months: StatisticsResponse['byMonth'] }) {
  const max = Math.max(1, ...months.map((m) => m.filed));
  const w = 28;
  const h = 160;
  return (
    <svg role="img" aria-label={t('按月申请与调解成功件数')} width={months.length * w + 40} height={h + 40} class="chart">
      {months.map((m, i) => {
        const filed = (m.filed / max) * h;
        const settled = (m.settled / max) * h;
        return (
          <g key={m.month} transform={`translate(${30 + i * w},0)`}>
            <title>{`${m.month}：${t('申请')} ${m.filed}，${t('调解成功')} ${m.settled}`}</title>
            <rect x={2} y={h - filed} width={11} height={filed} fill="#8aa9d6" />
            <rect x={13} y={h - settled} width={11} height={settled} fill="#2f7d4f" />
            <text x={w / 2} y={h + 14} font-size="9" text-anchor="middle">{m.month.slice(2)}</text>
          </g>
        );
      })}
      <text x={0} y={10} font-size="10">{max}</text>
    </svg>
  );
}

/** The statistics dashboard for committees, courts and admins. */
export function StatisticsPage() {
  const [stats, setStats] = useState<StatisticsResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => void statisticsApi.get('').then(setStats, (e: Error) => setError(e.message)), []);
  if (error) return <p role="alert">{error}</p>;
  if (!stats) return <p>{t('加载中…')}</p>;
  const { totals } = stats;
  return (
    <section class="statistics">
      <div class="page-head">
        <div>
          <h1>{t('调解统计')}</h1>
          <p class="muted">{stats.from} — {stats.to}{stats.includesDemo && <> <span class="badge badge-warn">{t('含演示数据')}</span></>}</p>
        </div>
        <div class="row wrap">
          <button type="button" class="btn btn-small" onClick={() => void statisticsApi.download('', 'csv')}>{t('导出 CSV')}</button>
          <button type="button" class="btn btn-small" onClick={() => void statisticsApi.download('', 'xlsx')}>{t('导出 Excel')}</button>
        </div>
      </div>
      <dl class="figures stat-figures" data-testid="figures">
        <div><dt>{t('申请')}</dt><dd>{totals.filed}</dd></div>
        <div><dt>{t('受理')}</dt><dd>{totals.accepted}</dd></div>
        <div><dt>{t('调解成功')}</dt><dd>{totals.settled}</dd></div>
        <div><dt>{t('调解不成')}</dt><dd>{totals.failed}</dd></div>
        <div><dt>{t('撤回')}</dt><dd>{totals.withdrawn}</dd></div>
        <div><dt>{t('调解成功率')}</dt><dd>{pct(totals.settlementRate)}</dd></div>
        <div><dt>{t('平均周期（天）')}</dt><dd>{stats.cycle.averageDays ?? '—'}</dd></div>
        <div><dt>{t('中位周期（天）')}</dt><dd>{stats.cycle.medianDays ?? '—'}</dd></div>
        <div><dt>{t('平均周期（工作日）')}</dt><dd>{stats.cycle.averageWorkingDays ?? '—'}</dd></div>
        <div><dt>{t('线上调解占比')}</dt><dd>{pct(stats.channel.onlineShare)}</dd></div>
        <div><dt>{t('线上 / 线下调解（件）')}</dt><dd>{stats.channel.online} / {stats.channel.inPerson}</dd></div>
        <div><dt>{t('司法确认')}</dt><dd>{stats.confirmations.confirmed} / {stats.confirmations.requested}</dd></div>
        <div><dt>{t('满意度')}</dt><dd>{stats.satisfaction.average ?? '—'}（{stats.satisfaction.count}）</dd></div>
        <div><dt>{t('逾期事项')}</dt><dd>{stats.overdue.unaccepted + stats.overdue.longMediations + stats.overdue.followUps}</dd></div>
      </dl>
      <section class="card section" aria-label={t('按月')}>
      <h2>{t('按月')}</h2>
      <div class="table-scroll"><MonthChart months={stats.byMonth} /></div>
      <p class="muted small"><span class="legend legend-filed" /> {t('申请')} <span class="legend legend-settled" /> {t('调解成功')}</p>
      </section>
      <section class="card section" aria-label={t('按案由')}>
      <h2>{t('按案由')}</h2>
      <table class="data-table">
        <thead><tr><th>{t('案由')}</th><th>{t('申请')}</th><th>{t('调解成功')}</th><th>{t('调解成功率')}</th></tr></thead>
        <tbody>{stats.byCategory.map((c) => <tr key={c.category}><td>{c.category}</td><td>{c.filed}</td><td>{c.settled}</td><td>{pct(c.settlementRate)}</td></tr>)}</tbody>
      </table>
      </section>
      <section class="card section" aria-label={t('协作单位转办')}>
      <h2>{t('协作单位转办')}</h2>
      <table class="data-table">
        <thead><tr><th>{t('协作单位')}</th><th>{t('转办')}</th><th>{t('受理立案')}</th><th>{t('转出')}</th><th>{t('不予受理')}</th><th>{t('待分流')}</th></tr></thead>
        <tbody data-testid="referral-figures">
          {stats.referrals.map((r) => <tr key={r.partnerId}><td>{r.partnerName}</td><td>{r.total}</td><td>{r.accepted}</td><td>{r.forwarded}</td><td>{r.declined}</td><td>{r.waiting}</td></tr>)}
        </tbody>
      </table>
      {!stats.referrals.length && <p class="muted">{t('本期没有协作单位转办的纠纷')}</p>}
      </section>
      <section class="card section" aria-label={t('满意度分布')}>
      <h2>{t('满意度分布')}</h2>
      <table class="data-table">
        <thead><tr>{[1, 2, 3, 4, 5].map((n) => <th key={n}>{'★'.repeat(n)}</th>)}</tr></thead>
        <tbody data-testid="satisfaction-figures"><tr>{stats.satisfaction.distribution.map((n, i) => <td key={i}>{n}</td>)}</tr></tbody>
      </table>
      </section>
    </section>
  );
}
