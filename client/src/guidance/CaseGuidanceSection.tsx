import { guidanceApi } from '../api/endpoints';
import { t } from '../i18n';
import { Loading, LoadError } from '../ui/Notice';
import { useAsync } from '../ui/useAsync';
import { GuidancePanel } from './GuidancePanel';

/** The case page's guidance (调解指引); reloaded with the case so new evidence updates the checklist. */
export function CaseGuidanceSection({ caseId, version }: { caseId: string; version: unknown }) {
  const guidance = useAsync(() => guidanceApi.forCase(caseId), [caseId, version]);
  return (
    <section class="card section" aria-label={t('调解指引')}>
      <h2>{t('调解指引')}</h2>
      {guidance.error && !guidance.data && <LoadError message={guidance.error.message} onRetry={guidance.reload} />}
      {guidance.data ? <GuidancePanel g={guidance.data} /> : !guidance.error && <Loading />}
    </section>
  );
}
