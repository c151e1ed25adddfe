import { useId, useState } from 'preact/hooks';
import { casesApi } from '../api/endpoints';
import type { CaseDetail } from '../api/types';
import { t } from '../i18n';
import { formatDateTime } from '../ui/format';
import { Notice } from '../ui/Notice';
import { useAction } from '../ui/useAction';

const MAX = 5000;

/**
 * 答辩意见: what each respondent says about the dispute, read by the applicant and the mediator; the respondent who
 * agreed to mediate writes (or rewrites) his own here.
 */
export function StatementSection({ c, canGive, onChanged }: { c: CaseDetail; canGive: boolean; onChanged: () => void }) {
  const id = useId();
  const mine = c.statements.find((s) => s.isMine);
  const [text, setText] = useState(mine?.text ?? '');
  const [editing, setEditing] = useState(!mine);
  const [saved, setSaved] = useState(false);
  const [fieldError, setFieldError] = useState<string>();
  const { busy, error, run } = useAction();

  async function submit(e: Event) {
    e.preventDefault();
    if (!text.trim()) return setFieldError(t('请写下您的意见'));
    const detail = await run(() => casesApi.giveStatement(c.id, text));
    if (detail) {
      setSaved(true);
      setEditing(false);
      onChanged();
    }
  }

  return (
    <>
      {c.statements.length === 0 && !canGive && <p class="muted">{t('被申请人尚未提交答辩意见')}</p>}
      <ul class="plain-list statements">
        {c.statements.map((s) => (
          <li key={s.partyId} class="statement" data-testid="statement">
            <p class="statement-head">
              <strong>{s.partyName}</strong>
              {s.isMine && <span class="tag tag-me">{t('我')}</span>}
              <span class="muted small">{formatDateTime(s.updatedAt)}</span>
            </p>
            <p class="statement-text">{s.text}</p>
          </li>
        ))}
      </ul>
      {saved && (
        <Notice kind="success">{t('答辩意见已提交，申请人和调解员可以看到。如有证据，请在下方“证据材料”中上传。')}</Notice>
      )}
      {canGive && !editing && (
        <button type="button" class="btn" onClick={() => setEditing(true)}>
          {t('修改我的答辩意见')}
        </button>
      )}
      {canGive && editing && (
        <form onSubmit={submit} noValidate class="statement-form">
          <div class={`field${fieldError ? ' field-invalid' : ''}`}>
            <label for={id}>{t('我的答辩意见')}</label>
            <textarea
              id={id}
              rows={6}
              maxLength={MAX}
              value={text}
              aria-invalid={!!fieldError}
              aria-describedby={`${id}-hint${fieldError ? ` ${id}-err` : ''}`}
              onInput={(e) => {
                setText(e.currentTarget.value);
                setFieldError(undefined);
              }}
            />
            <p class="field-hint" id={`${id}-hint`}>
              {t('说说您对这件事的看法：事情经过、您同意或不同意对方哪些请求、您的想法。（{n}/{max} 字）', { n: text.length, max: MAX })}
            </p>
            {fieldError && (
              <p class="field-error" id={`${id}-err`}>
                {fieldError}
              </p>
            )}
          </div>
          {error && <Notice kind="error">{error}</Notice>}
          <button type="submit" class="btn btn-primary" disabled={busy}>
            {busy ? t('处理中…') : t('提交答辩意见')}
          </button>
        </form>
      )}
    </>
  );
}
