import { useSession } from '../auth/session';
import { agreementsApi } from '../agreements/agreements-api';
import type { CaseDetail } from '../api/types';
import { t } from '../i18n';
import { useAsync } from '../ui/useAsync';
import { ConfirmationPanel, LitigationHandoff } from './ConfirmationPanel';

const CONFIRMATION_STATUSES = ['settled', 'confirmation_requested', 'confirmed', 'confirmation_rejected'];

/** The case page's court part, for the parties: 司法确认 (and enforcement) once the agreement is in effect, the handoff
 * to the court's online filing when mediation failed. */
export function CourtSection({ c, onChanged }: { c: CaseDetail; onChanged: () => void }) {
  const session = useSession();
  const party = session.user?.role === 'party';
  const agreement = useAsync(
    () => (party && CONFIRMATION_STATUSES.includes(c.status) ? agreementsApi.ofCase(c.id) : Promise.resolve(null)), [c.id, c.status, party]);
  if (!party) return null;
  if (c.status === 'failed') {
    // An agent (代理人) is not himself a party: his power of attorney for the mediation does not cover suing.
    const ownParty = c.parties.some((p) => p.isMe);
    return (
      <section class="card section" aria-label={t('转入诉讼')}>
        <h2>{t('转入诉讼')}</h2>
        {ownParty ? <LitigationHandoff caseId={c.id} onChanged={onChanged} />
          : <p class="small" data-testid="handoff-party-only">{t('调解不成。转交法院立案（起诉）需由当事人本人办理：调解代理权限不包括起诉。')}</p>}
      </section>
    );
  }
  const a = agreement.data;
  if (!a || a.status !== 'effective') return null;
  return (
    <section class="card section" aria-label={t('司法确认')}>
      <h2>{t('司法确认')}</h2>
      <ConfirmationPanel agreementId={a.id} onChanged={onChanged} />
    </section>
  );
}
