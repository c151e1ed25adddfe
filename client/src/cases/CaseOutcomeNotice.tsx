import { t } from '../i18n';
import { Notice } from '../ui/Notice';

// What a closed case means for the parties, in plain words (人民调解法 art. 3, 17, 26: mediation is voluntary;
// where it ends without agreement the parties may go to court).
const OUTCOMES: Record<string, { kind: 'info' | 'warn' | 'success'; text: string }> = {
  refused: { kind: 'warn', text: '被申请人拒绝调解，本案调解程序终结。您可以依法向人民法院提起诉讼。' },
  declined: { kind: 'warn', text: '调解委员会不予受理本案。您可以向其他调解组织申请调解，或依法向人民法院提起诉讼。' },
  failed: { kind: 'warn', text: '本案调解不成，调解程序终结。当事人可以依法向人民法院提起诉讼。' },
  withdrawn: { kind: 'info', text: '申请人已撤回调解申请，本案调解程序终结。' },
  settled: { kind: 'success', text: '调解成功。双方可在调解协议生效后 30 日内共同申请司法确认。' },
};

export function CaseOutcomeNotice({ status }: { status: string }) {
  const outcome = OUTCOMES[status];
  return outcome ? <Notice kind={outcome.kind}>{t(outcome.text)}</Notice> : null;
}
