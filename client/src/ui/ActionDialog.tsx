import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useAction } from './useAction';
import { t } from '../i18n';
import { Dialog } from './Dialog';
import { TextArea } from './Field';
import { Notice } from './Notice';

export interface ActionSpec {
  title: string;
  message?: ComponentChildren;
  /** A note/reason textarea; omit for a plain confirmation. */
  field?: { label: string; required?: boolean; placeholder?: string };
  confirmLabel: string;
  danger?: boolean;
}

/** Confirmation dialog with an optional reason field; shows server errors inline. */
export function ActionDialog({
  spec,
  onConfirm,
  onClose,
}: {
  spec: ActionSpec;
  onConfirm: (text: string) => Promise<unknown>;
  onClose: () => void;
}) {
  const [text, setText] = useState('');
  const [fieldError, setFieldError] = useState<string>();
  const { busy, error, run } = useAction();

  async function submit(e: Event) {
    e.preventDefault();
    if (spec.field?.required && !text.trim()) {
      setFieldError(t('请填写{label}', { label: spec.field.label }));
      return;
    }
    if (text.trim().length > 1000) {
      setFieldError(t('不能超过 {n} 个字', { n: 1000 }));
      return;
    }
    const done = await run(async () => {
      await onConfirm(text.trim());
      return true;
    });
    if (done) onClose();
  }

  return (
    <Dialog title={spec.title} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        {spec.message && <div class="dialog-message">{spec.message}</div>}
        {spec.field && (
          <TextArea
            label={spec.field.label}
            value={text}
            rows={3}
            placeholder={spec.field.placeholder}
            error={fieldError}
            onValue={(v) => {
              setText(v);
              setFieldError(undefined);
            }}
          />
        )}
        {error && <Notice kind="error">{error}</Notice>}
        <div class="dialog-actions">
          <button type="button" class="btn" onClick={onClose} disabled={busy}>
            {t('取消')}
          </button>
          <button type="submit" class={`btn ${spec.danger ? 'btn-danger' : 'btn-primary'}`} disabled={busy}>
            {busy ? t('处理中…') : spec.confirmLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
