import { useEffect, useRef, useState } from 'preact/hooks';
import type { CaseDetail } from '../api/types';
import { t } from '../i18n';
import { Notice } from '../ui/Notice';
import { useAction } from '../ui/useAction';
import { agreementsApi, type AgreementResponse, type Draft, type DraftObligation, type LintFinding } from './agreements-api';
import { DocPreview } from './DocPreview';
import { LintList } from './LintList';
import { ObligationEditor } from './ObligationEditor';

function initialDraft(c: CaseDetail, a: AgreementResponse | null): Draft {
  const loanContractDate = a?.loanContractDate ?? c.loan?.contractDate ?? undefined;
  if (a) return { obligations: a.obligations as DraftObligation[], terms: a.terms, ...(loanContractDate ? { loanContractDate } : {}) };
  const applicant = c.parties.find((p) => p.side === 'applicant');
  const respondent = c.parties.find((p) => p.side === 'respondent');
  return {
    obligations: [{ kind: 'payment', debtorPartyId: respondent?.id, creditorPartyId: applicant?.id, amountFen: c.claimAmountFen }],
    terms: '双方就本纠纷再无其他争议。',
    ...(loanContractDate ? { loanContractDate } : {}),
  };
}

/**
 * The mediator's editor: structured obligations and free terms, checked live (lint and preview of the unsaved draft,
 * nothing saved), saved as versions, finalised for signing once no error is left and every warning acknowledged.
 */
export function AgreementEditor({ c, a, onSaved }: { c: CaseDetail; a: AgreementResponse | null; onSaved: (a: AgreementResponse) => void }) {
  const [draft, setDraft] = useState<Draft>(() => initialDraft(c, a));
  const [checked, setChecked] = useState<{ lint: LintFinding[]; preview: AgreementResponse['preview'] } | null>(a && { lint: a.lint, preview: a.preview });
  const [acknowledged, setAcknowledged] = useState<string[]>([]);
  const save = useAction();
  const finalize = useAction();
  const timer = useRef<number>();
  const dirty = useRef(false);

  useEffect(() => {
    if (!dirty.current) return;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      agreementsApi.check(c.id, draft).then(setChecked).catch(() => undefined);
    }, 400);
    return () => window.clearTimeout(timer.current);
  }, [draft]);

  const change = (next: Draft) => {
    dirty.current = true;
    setDraft(next);
  };
  const setObligation = (i: number, o: DraftObligation) => change({ ...draft, obligations: draft.obligations.map((x, j) => (j === i ? o : x)) });
  const add = (kind: 'payment' | 'act') => change({ ...draft, obligations: [...draft.obligations, { kind }] });
  const lint = checked?.lint ?? [];
  const errors = lint.filter((f) => f.level === 'error');
  const warnings = lint.filter((f) => f.level === 'warning');

  async function onSave() {
    const saved = await save.run(() => (a ? agreementsApi.update(a.id, draft, a.version) : agreementsApi.create(c.id, draft)));
    if (saved) {
      dirty.current = false;
      setChecked({ lint: saved.lint, preview: saved.preview });
      onSaved(saved);
    }
  }

  async function onFinalize() {
    if (!a) return;
    const done = await finalize.run(() => agreementsApi.finalize(a.id, acknowledged));
    if (done) onSaved(done);
  }

  const savedUnchanged = a && !dirty.current;
  return (
    <div class="agreement-editor">
      {draft.obligations.map((o, i) => (
        <ObligationEditor key={i} index={i} o={o} parties={c.parties} onChange={(next) => setObligation(i, next)}
          onRemove={() => change({ ...draft, obligations: draft.obligations.filter((_, j) => j !== i) })} />
      ))}
      <div class="row">
        <button type="button" class="btn btn-small" onClick={() => add('payment')}>{t('添加付款义务')}</button>
        <button type="button" class="btn btn-small" onClick={() => add('act')}>{t('添加行为义务')}</button>
      </div>
      {c.category === '民间借贷' && (
        <label class="field">
          <span>{t('借款合同成立日期')}</span>
          <input type="date" aria-label={t('借款合同成立日期')} value={draft.loanContractDate ?? ''}
            onInput={(e) => change({ ...draft, loanContractDate: e.currentTarget.value || undefined })} />
          <small class="muted">{t('利率上限按合同成立时一年期LPR的四倍计算')}</small>
        </label>
      )}
      <label class="field">
        <span>{t('其他约定')}</span>
        <textarea aria-label={t('其他约定')} rows={3} value={draft.terms} onInput={(e) => change({ ...draft, terms: e.currentTarget.value })} />
      </label>

      <LintList lint={lint} acknowledged={acknowledged} onAcknowledge={savedUnchanged && a.status === 'draft' ? setAcknowledged : undefined} />

      {save.error && <Notice kind="error">{save.error}</Notice>}
      {finalize.error && <Notice kind="error">{finalize.error}</Notice>}
      <div class="row">
        <button type="button" class="btn" onClick={onSave} disabled={save.busy}>
          {a ? t('保存为新版本') : t('保存协议草稿')}
        </button>
        {a && a.status === 'draft' && (
          <button type="button" class="btn btn-primary" onClick={onFinalize}
            disabled={finalize.busy || !savedUnchanged || errors.length > 0 || warnings.some((w) => !acknowledged.includes(w.code))}>
            {t('定稿，交各方签署')}
          </button>
        )}
        {a && a.status === 'final' && <span class="muted small">{t('已定稿（第 {v} 版）；再修改将重新起草，已有签名作废。', { v: String(a.finalVersion) })}</span>}
      </div>
      {checked && (
        <details class="preview-box" open>
          <summary>{t('预览（与 PDF 文本一致）')}</summary>
          <DocPreview header={checked.preview.header} blocks={checked.preview.blocks} />
        </details>
      )}
    </div>
  );
}
