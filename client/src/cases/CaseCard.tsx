import type { ComponentChildren } from 'preact';
import type { CaseSummary } from '../api/types';
import { t } from '../i18n';
import { caseNo, formatDateTime, formatFen } from '../ui/format';
import { StatusBadge } from '../ui/StatusBadge';

/** Summary line used by the case list; `children` adds actions (committee inbox). */
export function CaseCard({ c, children }: { c: CaseSummary; children?: ComponentChildren }) {
  const titleId = `case-${c.id}-title`;
  return (
    <article class="case-card card" aria-labelledby={titleId}>
      <header class="case-card-head">
        <a id={titleId} class="case-card-number" href={`/cases/${encodeURIComponent(String(c.id))}`}>
          {caseNo(c.caseNumber)}
        </a>
        <StatusBadge status={c.status} label={c.statusLabel} />
      </header>
      {c.representing.length > 0 && (
        <p class="tag tag-agent" data-testid="case-representing">{t('代理 {names}', { names: c.representing.join('、') })}</p>
      )}
      <dl class="case-card-meta">
        <div>
          <dt>{t('案由')}</dt>
          <dd>{c.category}</dd>
        </div>
        <div>
          <dt>{t('请求金额')}</dt>
          <dd>{formatFen(c.claimAmountFen)}</dd>
        </div>
        <div>
          <dt>{t('申请人')}</dt>
          <dd>{c.applicantName}</dd>
        </div>
        <div>
          <dt>{t('被申请人')}</dt>
          <dd>{c.respondentNames.join('、') || '—'}</dd>
        </div>
        <div>
          <dt>{t('申请时间')}</dt>
          <dd>{formatDateTime(c.filedAt)}</dd>
        </div>
        <div>
          <dt>{t('调解员')}</dt>
          <dd>{c.mediatorName ?? t('未指派')}</dd>
        </div>
      </dl>
      {children}
    </article>
  );
}
