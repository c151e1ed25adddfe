import { Fragment, type ComponentChildren } from 'preact';
import type { CaseGuidance, Estimate, SimilarCase } from '../api/types';
import { t } from '../i18n';
import { formatFen } from '../ui/format';

// The guidance for a case or a draft filing (诉讼风险分析 · 化解方式建议 · 法律规定 · 类案 · 结果预估): every figure
// with where it comes from. Sections are <details> so a phone shows headings first.

const pct = (v: number | null) => (v === null ? '—' : `${Math.round(v * 100)}%`);
const bp = (v: number | null) => (v === null ? '—' : `${(v / 100).toFixed(2)}%`);
const days = (v: number | null) => (v === null ? '—' : t('{n} 天', { n: Math.round(v * 10) / 10 }));

function Part({ title, testId, open, children }: { title: string; testId: string; open?: boolean; children: ComponentChildren }) {
  return (
    <details class="guidance-part" open={open} data-testid={testId}>
      <summary>
        <h3>{title}</h3>
      </summary>
      <div class="guidance-body">{children}</div>
    </details>
  );
}

function Sources({ items }: { items: readonly string[] }) {
  return (
    <ul class="guidance-sources">
      {items.map((s) => (
        <li key={s}>{t('依据')}：{s}</li>
      ))}
    </ul>
  );
}

export function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  if (!terms.length) return <>{text}</>;
  const escaped = terms.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const parts = text.split(new RegExp(`(${escaped.join('|')})`, 'gi'));
  return <>{parts.map((p, i) => (i % 2 === 1 ? <mark key={i}>{p}</mark> : p))}</>;
}

function Cost({ g }: { g: CaseGuidance }) {
  const fee = g.cost.courtFee;
  const range = fee.feeMaxFen !== fee.feeFen ? ` – ${formatFen(fee.feeMaxFen)}` : '';
  return (
    <>
      <dl class="kv">
        <dt>{t('起诉的案件受理费')}</dt>
        <dd data-testid="fee">{formatFen(fee.feeFen)}{range}</dd>
        <dt>{t('诉讼中调解结案或撤诉')}</dt>
        <dd data-testid="fee-mediated">{formatFen(fee.mediatedFeeFen)}</dd>
        <dt>{t('适用简易程序')}</dt>
        <dd>{formatFen(fee.simplifiedFeeFen)}</dd>
        {g.cost.freeRoutes.map((r) => (
          <Fragment key={r.route}>
            <dt>{t(r.route)}</dt>
            <dd>{t('免费')}</dd>
          </Fragment>
        ))}
      </dl>
      <Sources items={[fee.basis, ...g.cost.freeRoutes.map((r) => r.basis)]} />
      <h4>{t('需要多久')}</h4>
      <ul class="plain-list">
        {g.cost.firstInstance.map((r) => (
          <li key={r.procedure}>
            <strong>{r.procedure}</strong>：{r.limit} <span class="muted">（{r.basis}）</span>
          </li>
        ))}
        <li data-testid="portal-cycle">
          <strong>{t('本平台调解')}</strong>：
          {g.cost.portalCycle.count > 0
            ? t('调解成功的案件中位用时 {d}（{n} 件）', { d: days(g.cost.portalCycle.medianDays), n: g.cost.portalCycle.count })
            : t('暂无已结案件的统计')}
          <span class="muted">（{g.cost.portalCycle.basis}）</span>
        </li>
      </ul>
    </>
  );
}

const LIMITATION_LABELS: Record<string, string> = { running: '时效期间内', near: '即将届满', expired: '已届满', interrupted: '已中断' };

function Limitation({ g }: { g: CaseGuidance }) {
  const l = g.limitation;
  return (
    <>
      <p>
        <span class={`badge badge-${l.state === 'expired' ? 'danger' : l.state === 'near' ? 'warn' : 'success'}`} data-testid="limitation-state">
          {t(LIMITATION_LABELS[l.state])}
        </span>{' '}
        {l.message}
      </p>
      <dl class="kv">
        <dt>{t('起算日')}</dt>
        <dd>{l.startDate}（{l.startBasis}）</dd>
        {l.deadline && (
          <>
            <dt>{t('届满日')}</dt>
            <dd>{l.deadline}</dd>
          </>
        )}
        <dt>{t('最长保护期限')}</dt>
        <dd>{l.capDeadline}</dd>
      </dl>
      <Sources items={l.basis} />
    </>
  );
}

function Interest({ g }: { g: CaseGuidance }) {
  const i = g.interest;
  if (!i) return null;
  return (
    <Part title={t('借款利息与上限')} testId="guidance-interest">
      <p class={i.exceedsCap ? 'text-danger' : ''}>{i.message}</p>
      <dl class="kv">
        <dt>{t('本金')}</dt>
        <dd>{formatFen(i.principalFen)}</dd>
        <dt>{t('约定年利率')}</dt>
        <dd>{bp(i.agreedRateBp)}</dd>
        <dt>{t('借款时一年期 LPR')}</dt>
        <dd>{i.lprAtContract ? `${bp(i.lprAtContract.oneYearBp)}（${i.lprAtContract.effectiveDate}）` : '—'}</dd>
        <dt>{t('法院支持的年利率上限')}</dt>
        <dd>{bp(i.capBp)}</dd>
        {i.yearlyInterestFen !== null && (
          <>
            <dt>{t('按约定一年利息 / 上限内')}</dt>
            <dd>{formatFen(i.yearlyInterestFen)} / {i.yearlyCapFen !== null ? formatFen(i.yearlyCapFen) : '—'}</dd>
          </>
        )}
      </dl>
      <Sources items={i.schedule.map((p) => p.basis)} />
    </Part>
  );
}

function Path({ g }: { g: CaseGuidance }) {
  const p = g.path;
  return (
    <>
      <p>
        {t('建议')}：<strong data-testid="path-recommended">{p.recommended.map((r) => r.label).join(' → ')}</strong>
      </p>
      <p>{p.explanation}</p>
      {!p.confirmationPossible && <p class="muted">{t('婚姻关系等身份关系不能申请司法确认，可就财产、抚养费等达成协议。')}</p>}
      <Sources items={p.sources} />
      {p.referrals.length > 0 && (
        <>
          <h4>{t('已记录的转办')}</h4>
          <ul class="plain-list">
            {p.referrals.map((r) => (
              <li key={r.id}>
                {r.label}{r.note ? `：${r.note}` : ''} <span class="muted">（{r.createdByName}，{r.createdAt.slice(0, 10)}）</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function Evidence({ g }: { g: CaseGuidance }) {
  return (
    <>
      <ul class="plain-list checklist">
        {g.evidence.items.map((i) => (
          <li key={i.key} class={i.present ? 'ok' : 'missing'}>
            <span aria-hidden="true">{i.present ? '✓' : '○'}</span> <strong>{i.label}</strong>
            {i.present ? <span class="muted">（{i.matchedFiles.join('、')}）</span> : <span class="muted">（{t('未上传')}）</span>}
            <div class="muted">{i.why}</div>
          </li>
        ))}
      </ul>
      <Sources items={[g.evidence.source]} />
    </>
  );
}

function Provisions({ g }: { g: CaseGuidance }) {
  if (!g.provisions.length) return <p class="muted">{t('暂无匹配的法律规定。')}</p>;
  return (
    <ol class="provisions">
      {g.provisions.map((p) => (
        <li key={p.id} data-testid="provision">
          <p>
            <strong>{p.citation}</strong> {p.title && <span>{p.title}</span>}{' '}
            <span class={`badge ${p.textKind === 'official' ? 'badge-success' : 'badge-muted'}`}>{p.textLabel}</span>
          </p>
          <p class={p.textKind === 'summary' ? 'summary-text' : 'law-text'}>{p.text}</p>
          <p class="muted">{t('匹配原因')}：{p.why.join('；')}</p>
        </li>
      ))}
    </ol>
  );
}

export function SimilarCaseItem({ c }: { c: SimilarCase }) {
  return (
    <li class="similar-case" data-testid="similar-case">
      <p>
        <span class={`badge ${c.outcome === 'settled' ? 'badge-success' : 'badge-muted'}`}>{c.outcomeLabel}</span>{' '}
        <strong>{c.category}</strong> · {formatFen(c.claimAmountFen)}
        {c.settledAmountFen !== null && <> → {t('达成')} {formatFen(c.settledAmountFen)}（{pct(c.settledShare)}）</>}
        {c.daysToClose !== null && <> · {days(c.daysToClose)}</>}
        {c.confirmed && <> · {t('已司法确认')}</>}
      </p>
      <p>
        <Highlighted text={c.summary} terms={c.matchedTerms} />
      </p>
      <p class="muted">
        {c.originLabel} · {c.reference} · {c.closedOn}
      </p>
    </li>
  );
}

function Figure({ label, value, count, note }: { label: string; value: string; count: number; note: string | null }) {
  return (
    <div class="figure">
      <dt>{label}</dt>
      <dd>
        <strong>{note ?? value}</strong> <span class="muted">{t('（依据 {n} 件）', { n: count })}</span>
      </dd>
    </div>
  );
}

export function EstimateView({ e }: { e: Estimate }) {
  const share = e.settledShare;
  const spread = share.median === null ? '' : `${pct(share.median)}（${t('四分位')} ${pct(share.q1)}–${pct(share.q3)}）`;
  const d = e.daysToClose;
  return (
    <>
      <p class="muted">
        {t('同案由“{c}”、标的额 {b} 的已结案件。', { c: e.category, b: e.band.label })}
      </p>
      <dl class="kv figures" data-testid="estimate-figures">
        <Figure label={t('调解成功率')} value={pct(e.settlementRate.value)} count={e.settlementRate.count} note={e.settlementRate.note} />
        <Figure label={t('达成金额占请求金额')} value={spread} count={share.count} note={share.note} />
        <Figure label={t('结案用时')} value={d.median === null ? '' : `${days(d.median)}（${days(d.q1)}–${days(d.q3)}）`} count={d.count} note={d.note} />
        <Figure label={t('司法确认比例')} value={pct(e.confirmationRate.value)} count={e.confirmationRate.count} note={e.confirmationRate.note} />
      </dl>
      <p class="muted">{e.method}</p>
      {e.cases.length > 0 && (
        <details>
          <summary>{t('查看所依据的 {n} 件案件', { n: e.cases.length })}</summary>
          <ul class="plain-list compact">
            {e.cases.map((c) => (
              <li key={c.id}>
                {c.reference} · {c.outcomeLabel} · {formatFen(c.claimAmountFen)}
                {c.settledAmountFen !== null && ` → ${formatFen(c.settledAmountFen)}`}
                {c.daysToClose !== null && ` · ${days(c.daysToClose)}`}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

export function GuidancePanel({ g }: { g: CaseGuidance }) {
  return (
    <div class="guidance" data-testid="guidance">
      <Part title={t('费用：调解与诉讼的比较')} testId="guidance-cost" open>
        <Cost g={g} />
      </Part>
      <Part title={t('诉讼时效')} testId="guidance-limitation" open>
        <Limitation g={g} />
      </Part>
      <Interest g={g} />
      <Part title={t('化解方式建议')} testId="guidance-path">
        <Path g={g} />
      </Part>
      <Part title={t('证据清单')} testId="guidance-evidence">
        <Evidence g={g} />
      </Part>
      <Part title={t('相关法律规定')} testId="guidance-provisions">
        <Provisions g={g} />
      </Part>
      <Part title={t('类似案例')} testId="guidance-similar">
        {g.similarCases.length ? (
          <ul class="plain-list">{g.similarCases.map((c) => <SimilarCaseItem key={c.id} c={c} />)}</ul>
        ) : (
          <p class="muted">{t('暂无类似案例。')}</p>
        )}
      </Part>
      <Part title={t('结果预估')} testId="guidance-estimate" open>
        <EstimateView e={g.estimate} />
      </Part>
      <p class="muted small">{t('以上内容依据法律规定和平台数据自动生成，仅供参考，不构成法律意见。')}</p>
    </div>
  );
}
