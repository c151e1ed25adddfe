import { useState } from 'preact/hooks';
import { metaApi } from '../api/endpoints';
import { t } from '../i18n';
import { Dialog } from '../ui/Dialog';
import { SelectField, TextArea, TextField } from '../ui/Field';
import { Notice } from '../ui/Notice';
import { useAction } from '../ui/useAction';
import { useAsync } from '../ui/useAsync';
import type { PartnerReferralResponse } from '../../../src/api-contract';
import { referralsApi } from './loop-api';

/** 转出: send a referral on to another committee, or to a body outside people's mediation (e.g. labour arbitration). */
export function ForwardReferralDialog({ referral, onDone, onClose }: { referral: PartnerReferralResponse; onDone: (msg: string) => void; onClose: () => void }) {
  const committees = useAsync(() => metaApi.committees(), []);
  const [target, setTarget] = useState<'committee' | 'body'>('committee');
  const [committeeId, setCommitteeId] = useState('');
  const [body, setBody] = useState('');
  const [note, setNote] = useState('');
  const [fieldError, setFieldError] = useState<string>();
  const { busy, error, run } = useAction();
  const others = (committees.data ?? []).filter((c) => String(c.id) !== referral.committeeId);

  async function submit(e: Event) {
    e.preventDefault();
    if (target === 'committee' && !committeeId) return setFieldError(t('请选择调解委员会'));
    if (target === 'body' && !body.trim()) return setFieldError(t('请填写接收单位'));
    const input = target === 'committee' ? { committeeId, note: note.trim() || undefined } : { body: body.trim(), note: note.trim() || undefined };
    // Sent to another committee, the referral leaves this one's list (the API answers 404 for it then).
    const done = await run(() => referralsApi.forward(referral.id, input).catch((err: { code?: string }) => {
      if (err.code === 'REFERRAL_NOT_FOUND') return null;
      throw err;
    }));
    if (done === undefined) return;
    const to = target === 'committee' ? others.find((c) => String(c.id) === committeeId)?.name ?? '' : body.trim();
    onDone(t('已转至{to}', { to }));
    onClose();
  }

  return (
    <Dialog title={t('转出')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <div class="segmented" role="radiogroup" aria-label={t('转给')}>
          <label class={target === 'committee' ? 'active' : ''}><input type="radio" name="forward-target" checked={target === 'committee'} onChange={() => setTarget('committee')} /> {t('其他调解委员会')}</label>
          <label class={target === 'body' ? 'active' : ''}><input type="radio" name="forward-target" checked={target === 'body'} onChange={() => setTarget('body')} /> {t('其他单位')}</label>
        </div>
        {target === 'committee' ? (
          <SelectField label={t('调解委员会')} placeholder={t('请选择调解委员会')} value={committeeId} error={fieldError}
            onValue={(v) => { setCommitteeId(v); setFieldError(undefined); }}
            options={others.map((c) => ({ value: String(c.id), label: c.name }))} />
        ) : (
          <TextField label={t('接收单位')} value={body} error={fieldError} placeholder={t('如 合川区劳动人事争议仲裁委员会')}
            onValue={(v) => { setBody(v); setFieldError(undefined); }} />
        )}
        <TextArea label={t('说明（选填）')} rows={2} value={note} onValue={setNote} />
        {error && <Notice kind="error">{error}</Notice>}
        <div class="dialog-actions">
          <button type="button" class="btn" onClick={onClose} disabled={busy}>{t('取消')}</button>
          <button type="submit" class="btn btn-primary" disabled={busy}>{busy ? t('处理中…') : t('确认转出')}</button>
        </div>
      </form>
    </Dialog>
  );
}
