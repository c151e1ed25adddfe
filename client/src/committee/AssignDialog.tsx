import { useState } from 'preact/hooks';
import { casesApi } from '../api/endpoints';
import { mediatorsApi } from '../mediators/mediators-api';
import { useAction } from '../ui/useAction';
import type { Id } from '../api/types';
import { t } from '../i18n';
import { Dialog } from '../ui/Dialog';
import { SelectField } from '../ui/Field';
import { Loading, LoadError, Notice } from '../ui/Notice';
import { useAsync } from '../ui/useAsync';

/** Pick a mediator for an accepted case, from the ranked candidates (the committee's own and court-invited). */
export function AssignDialog({
  caseId,
  caseNumber,
  onDone,
  onClose,
}: {
  caseId: Id;
  caseNumber: string;
  onDone: () => void;
  onClose: () => void;
}) {
  const ranking = useAsync(() => mediatorsApi.ranking(caseId), [caseId]);
  const mediators = { ...ranking, data: ranking.data?.ranked.map((r) => ({ ...r.mediator, total: r.total })) };
  const [value, setValue] = useState('');
  const [fieldError, setFieldError] = useState<string>();
  const { busy, error, run } = useAction();

  async function submit(e: Event) {
    e.preventDefault();
    const mediator = mediators.data?.find((m) => String(m.id) === value);
    if (!mediator) return setFieldError(t('请选择调解员'));
    const assigned = await run(() => casesApi.assign(caseId, mediator.id));
    if (!assigned) return;
    onClose();
    onDone();
  }

  return (
    <Dialog title={t('指派调解员')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <p class="dialog-message">{t('案件 {n}', { n: caseNumber })}</p>
        {mediators.loading && <Loading />}
        {mediators.error && <LoadError message={mediators.error.message} onRetry={mediators.reload} />}
        {mediators.data && mediators.data.length === 0 && <Notice kind="warn">{t('本调委会暂无调解员')}</Notice>}
        {mediators.data && mediators.data.length > 0 && (
          <SelectField
            label={t('调解员')}
            value={value}
            error={fieldError}
            placeholder={t('请选择调解员')}
            onValue={(v) => {
              setValue(v);
              setFieldError(undefined);
            }}
            options={mediators.data.map((m) => ({
              value: String(m.id),
              label: `${m.name}（${m.organizationName}，推荐分 ${m.total}）`,
            }))}
          />
        )}
        {error && <Notice kind="error">{error}</Notice>}
        <div class="dialog-actions">
          <button type="button" class="btn" onClick={onClose} disabled={busy}>
            {t('取消')}
          </button>
          <button type="submit" class="btn btn-primary" disabled={busy || !mediators.data?.length}>
            {busy ? t('处理中…') : t('确认指派')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
