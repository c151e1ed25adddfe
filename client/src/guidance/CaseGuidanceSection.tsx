import { guidanceApi } from '../api/endpoints';
import type { Party } from '../api/types';
import { t } from '../i18n';
import { Notice, Loading, LoadError } from '../ui/Notice';
import { saveBlob } from '../ui/save-blob';
import { useAction } from '../ui/useAction';
import { useAsync } from '../ui/useAsync';
import { GuidancePanel } from './GuidancePanel';

/** The case page's guidance (调解指引); reloaded with the case so new evidence updates the checklist. */
export function CaseGuidanceSection({ caseId, version, me, onChanged }: { caseId: string; version: unknown; me?: Party; onChanged: () => void }) {
  const guidance = useAsync(() => guidanceApi.forCase(caseId), [caseId, version]);
  const pdf = useAction();
  async function download() {
    const blob = await pdf.run(() => guidanceApi.reportPdf(caseId));
    if (blob) saveBlob(blob, '纠纷化解指引报告.pdf');
  }
  return (
    <section class="card section" aria-label={t('调解指引')}>
      <h2>{t('调解指引')}</h2>
      {guidance.error && !guidance.data && <LoadError message={guidance.error.message} onRetry={guidance.reload} />}
      {guidance.data ? <GuidancePanel g={guidance.data} /> : !guidance.error && <Loading />}
      <p class="row">
        <button type="button" class="btn btn-small" data-testid="guidance-pdf" onClick={download} disabled={pdf.busy}>{t('下载指引报告 PDF')}</button>
      </p>
      {pdf.error && <Notice kind="error">{pdf.error}</Notice>}
      {me && <SummaryConsent caseId={caseId} me={me} onChanged={onChanged} />}
    </section>
  );
}

/** Each party's own yes or no to reusing the closed case's anonymised summary for similar-case search. */
function SummaryConsent({ caseId, me, onChanged }: { caseId: string; me: Party; onChanged: () => void }) {
  const save = useAction();
  const answer = async (consent: boolean) => {
    if (await save.run(() => guidanceApi.summaryConsent(caseId, me.id, consent))) onChanged();
  };
  return (
    <fieldset class="field summary-consent" data-testid="summary-consent" data-consent={String(me.summaryReuseConsent)}>
      <legend>{t('结案后，是否同意本案经脱敏（去除姓名、证件号、电话、住址、车牌）的摘要用于类案检索？')}</legend>
      <p class="muted small">
        {me.summaryReuseConsent === null ? t('您尚未表示。') : me.summaryReuseConsent ? t('您已同意；可随时撤回。') : t('您不同意；本案摘要不会被使用。')}
        {' '}{t('只有各方当事人都同意，摘要才会被使用。')}
      </p>
      <div class="row">
        <button type="button" class="btn btn-small" disabled={save.busy || me.summaryReuseConsent === true} onClick={() => answer(true)}>{t('同意')}</button>
        <button type="button" class="btn btn-small" disabled={save.busy || me.summaryReuseConsent === false} onClick={() => answer(false)}>{t('不同意')}</button>
      </div>
      {save.error && <Notice kind="error">{save.error}</Notice>}
    </fieldset>
  );
}
