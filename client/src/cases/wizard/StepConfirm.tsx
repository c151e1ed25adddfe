import type { Committee } from '../../api/types';
import { t } from '../../i18n';
import { formatBytes, formatFen, parseYuanToFen } from '../../ui/format';
import type { DisputeDraft, FileDraft, RespondentDraft } from './model';

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
      <p class="muted">{t('提交后，调解委员会将审查您的申请；我们会邀请被申请人确认是否同意调解。')}</p>
    </div>
  );
}
