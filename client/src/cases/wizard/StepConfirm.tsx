import { guidanceApi } from '../../api/endpoints';
import type { Committee } from '../../api/types';
import { GuidancePanel } from '../../guidance/GuidancePanel';
import { Loading, LoadError } from '../../ui/Notice';
import { useAsync } from '../../ui/useAsync';
import { t } from '../../i18n';
import { formatBytes, formatFen, parseYuanToFen } from '../../ui/format';
import { loanOf, type DisputeDraft, type FileDraft, type RespondentDraft } from './model';

export function StepConfirm({
  dispute,
  respondents,
  files,
  committees,
  applicantName,
}: {
  dispute: DisputeDraft;
  respondents: RespondentDraft[];
  files: FileDraft[];
  committees: Committee[];
  applicantName: string;
}) {
  const committee = committees.find((c) => String(c.id) === dispute.committeeId);
  const loan = loanOf(dispute);
  const guidance = useAsync(
    () =>
      guidanceApi.preview({
        category: dispute.category, facts: dispute.facts.trim(), claims: dispute.claims.trim(),
        claimAmountFen: parseYuanToFen(dispute.amount) ?? 0, disputeDate: dispute.disputeDate,
        ...(loan ? { loan } : {}), evidenceNames: files.map((f) => `${f.file.name} ${f.description}`.trim().slice(0, 200)),
      }),
    [],
  );
  return (
    <div class="stack">
      <section class="card">
        <h3>{t('纠纷信息')}</h3>
        <dl class="kv">
          <dt>{t('申请人')}</dt>
          <dd>{applicantName}</dd>
          <dt>{t('调解委员会')}</dt>
          <dd>{committee?.name ?? t('由平台分配')}</dd>
          <dt>{t('案由')}</dt>
          <dd>{dispute.category}</dd>
          <dt>{t('纠纷发生日期')}</dt>
          <dd>{dispute.disputeDate}</dd>
          <dt>{t('请求金额')}</dt>
          <dd>{formatFen(parseYuanToFen(dispute.amount) ?? 0)}</dd>
          <dt>{t('事实与理由')}</dt>
          <dd class="prewrap">{dispute.facts.trim()}</dd>
          <dt>{t('调解请求')}</dt>
          <dd class="prewrap">{dispute.claims.trim()}</dd>
          {loan && (
            <>
              <dt>{t('借款信息')}</dt>
              <dd>
                {loan.contractDate} · {formatFen(loan.principalFen)}
                {loan.agreedRateBp !== undefined && ` · ${t('年利率')} ${(loan.agreedRateBp / 100).toFixed(2)}%`}
                {loan.dueDate && ` · ${t('还款日期')} ${loan.dueDate}`}
              </dd>
            </>
          )}
          <dt>{t('类案检索')}</dt>
          <dd>{dispute.consent === 'yes' ? t('同意结案后以脱敏摘要形式使用') : t('不同意')}</dd>
        </dl>
      </section>
      <section class="card">
        <h3>{t('被申请人')}</h3>
        <ul class="plain-list">
          {respondents.map((r) => (
            <li key={r.key}>
              <strong>{r.name}</strong>
              <span class="muted">
                {r.type === 'person'
                  ? ` · ${t('自然人')} · ${r.phone}${r.idNumber ? ` · ${r.idNumber}` : ''}`
                  : ` · ${t('法人或其他组织')} · ${r.creditCode}${r.phone ? ` · ${r.phone}` : ''}`}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section class="card">
        <h3>{t('证据材料')}</h3>
        {files.length === 0 ? (
          <p class="muted">{t('未选择文件，可在提交后补充上传。')}</p>
        ) : (
          <ul class="plain-list">
            {files.map((f) => (
              <li key={f.key}>
                {f.file.name} <span class="muted">（{formatBytes(f.file.size)}）</span>
                {f.description && <span class="muted"> · {f.description}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section class="card" aria-label={t('调解指引')}>
        <h3>{t('调解指引（提交前参考）')}</h3>
        {guidance.error && !guidance.data && <LoadError message={guidance.error.message} onRetry={guidance.reload} />}
        {guidance.data ? <GuidancePanel g={guidance.data} /> : !guidance.error && <Loading />}
      </section>
      <p class="muted">{t('提交后，调解委员会将审查您的申请；我们会邀请被申请人确认是否同意调解。')}</p>
    </div>
  );
}
