import type { CaseDetail } from '../api/types';
import { t } from '../i18n';

const WHO: Record<CaseDetail['nextStep']['actor'], string> = {
  you: '轮到您',
  other_party: '等待对方',
  committee: '等待调委会',
  mediator: '等待调解员',
  court: '等待法院',
  nobody: '已结束',
};

/** The one line under the status: what happens next and who has to act (computed on the server for this viewer). */
export function NextStep({ step }: { step: CaseDetail['nextStep'] }) {
  return (
    <p class={`next-step next-step-${step.actor}`} data-testid="next-step">
      <strong class="next-step-who">{t(WHO[step.actor])}</strong>
      <span>{t(step.text)}</span>
    </p>
  );
}
