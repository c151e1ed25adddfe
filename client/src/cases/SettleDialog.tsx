import { useState } from 'preact/hooks';
import { casesApi } from '../api/endpoints';
import type { Id } from '../api/types';
import { t } from '../i18n';
import { Dialog } from '../ui/Dialog';
import { TextArea } from '../ui/Field';
import { Notice } from '../ui/Notice';
import { useAction } from '../ui/useAction';

/**
 * 调解成功 by hand. A signed agreement closes the case by itself when it takes effect; closing here is for a dispute
 * settled on the spot by oral agreement (人民调解法 art. 28), which the mediator says explicitly, with a reason.
 */
export function SettleDialog({ caseId, onDone, onClose }: { caseId: Id; onDone: () => void; onClose: () => void }) {
  const [note, setNote] = useState('');
  const [oral, setOral] = useState(false);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ note?: string; reason?: string }>({});
  const { busy, error, run } = useAction();

  async function submit(e: Event) {
    e.preventDefault();
    const found = {
      note: note.trim() ? undefined : t('请填写{label}', { label: t('调解结果说明') }),
      reason: oral && !reason.trim() ? t('请填写{label}', { label: t('不制作书面协议的理由') }) : undefined,
    };
    setErrors(found);
    if (found.note || found.reason) return;
    const done = await run(async () => {
      await casesApi.close(caseId, 'settled', note.trim(), oral ? { withoutWrittenAgreement: true, reason: reason.trim() } : {});
      return true;
    });
    if (done) {
      onDone();
      onClose();
    }
  }

  return (
    <Dialog title={t('调解成功，结案')} onClose={onClose}>
      <form onSubmit={submit} noValidate data-testid="settle-dialog">
        <div class="dialog-message">
          {t('调解协议经各方签署并加盖印章生效后，案件自动转为调解成功。当场达成口头协议、无需制作书面协议的，可在此结案（《人民调解法》第二十八条）。')}
        </div>
        <TextArea label={t('调解结果说明')} value={note} rows={3} maxLength={2000} error={errors.note} onValue={setNote} />
        <label class="check">
          <input type="checkbox" name="withoutWrittenAgreement" checked={oral} onChange={(e) => setOral(e.currentTarget.checked)} />
          {t('当场达成口头协议，不制作书面调解协议')}
        </label>
        {oral && (
          <TextArea label={t('不制作书面协议的理由')} value={reason} rows={2} maxLength={1000} error={errors.reason} onValue={setReason}
            hint={t('调解员应将口头协议的内容记录在案')} />
        )}
        {error && <Notice kind="error">{error}</Notice>}
        <div class="dialog-actions">
          <button type="button" class="btn" onClick={onClose} disabled={busy}>{t('取消')}</button>
          <button type="submit" class="btn btn-primary" disabled={busy}>{busy ? t('处理中…') : t('确认调解成功')}</button>
        </div>
      </form>
    </Dialog>
  );
}
