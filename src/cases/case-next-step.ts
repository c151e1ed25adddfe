import type { CaseRelation } from '../access/case-permission';
import type { CaseStatus } from './case-status';

/** Service targets the pages promise (the committee's own practice, not a statutory time limit). */
export const ACCEPT_WITHIN_WORKING_DAYS = 3;
export const ASSIGN_WITHIN_WORKING_DAYS = 2;

/** Who has to act next, seen from the viewer: himself, someone else, or nobody (the case has ended). */
export type NextActor = 'you' | 'other_party' | 'committee' | 'mediator' | 'court' | 'nobody';

export interface NextStep {
  actor: NextActor;
  /** One line, Chinese: what happens next and who acts. */
  text: string;
}

export interface NextStepFacts {
  status: CaseStatus;
  relations: readonly CaseRelation[];
  /** The viewer is a respondent who has not answered yet. */
  viewerConsentPending: boolean;
  /** Some respondent has not agreed yet. */
  consentPending: boolean;
  mediatorName: string | null;
}

const has = (f: NextStepFacts, ...r: CaseRelation[]) => r.some((x) => f.relations.includes(x));
const isParty = (f: NextStepFacts) => has(f, 'applicant', 'respondent');
const step = (actor: NextActor, text: string): NextStep => ({ actor, text });

/**
 * The one line under the status on the case page: what happens next and who has to act, for this viewer. Each status
 * has its sentence; the viewer's relation decides whether it says "请您…" or "等待…".
 */
export function nextStepOf(f: NextStepFacts): NextStep {
  switch (f.status) {
    case 'filed':
      if (f.viewerConsentPending) return step('you', '请阅读申请人的请求和证据，决定是否同意调解。同意后由调委会受理。');
      if (f.consentPending) {
        if (has(f, 'applicant')) return step('other_party', '等待被申请人同意调解：邀请已通过短信发送，您也可以把邀请链接发给对方。');
        if (has(f, 'committee', 'admin')) return step('other_party', '被申请人尚未同意调解，同意后方可受理。');
        return step('other_party', '等待其他被申请人同意调解。');
      }
      if (has(f, 'committee', 'admin')) return step('you', '双方均已同意调解：请审查材料，决定受理或不予受理。');
      return step('committee', `已同意调解，等待调委会受理，通常 ${ACCEPT_WITHIN_WORKING_DAYS} 个工作日内。`);
    case 'accepted':
      if (has(f, 'committee', 'admin')) return step('you', '已受理：请指派调解员。');
      return step('committee', `调委会已受理，正在指派调解员，通常 ${ASSIGN_WITHIN_WORKING_DAYS} 个工作日内。`);
    case 'mediator_assigned':
      if (has(f, 'assigned_mediator')) return step('you', '请联系双方当事人，约定调解时间；开启视频调解或开始线下调解。');
      if (isParty(f)) {
        return step('mediator', `调解员${f.mediatorName ?? ''}将与您联系，约定调解时间。开启视频调解后，本页会出现“进入视频调解”按钮。`);
      }
      return step('mediator', `已指派调解员${f.mediatorName ?? ''}，等待开始调解。`);
    case 'in_mediation':
      if (has(f, 'assigned_mediator')) return step('you', '调解进行中：主持调解，达成一致后起草调解协议；无法达成时结束调解。');
      if (isParty(f)) return step('mediator', '调解进行中：按调解员的通知参加调解，可以继续补充证据。');
      return step('mediator', '调解进行中。');
    case 'settled':
      if (isParty(f)) return step('you', '调解成功。协议生效后 30 日内，双方可以共同向法院申请司法确认，使协议可以强制执行。');
      return step('nobody', '调解成功，等待当事人履行协议或申请司法确认。');
    case 'failed':
      return step('nobody', isParty(f) ? '调解不成，案件已结束。您可以依法向人民法院起诉。' : '调解不成，案件已结束。');
    case 'withdrawn':
      return step('nobody', '申请已撤回，案件已结束。');
    case 'refused':
      return step('nobody', isParty(f) ? '被申请人拒绝调解，案件已结束。申请人可以依法向人民法院起诉。' : '被申请人拒绝调解，案件已结束。');
    case 'declined':
      return step('nobody', isParty(f) ? '调委会不予受理，案件已结束。您可以向其他调解组织申请调解或向人民法院起诉。' : '不予受理，案件已结束。');
    case 'confirmation_requested':
      if (has(f, 'court')) return step('you', '请审查司法确认申请：3 日内决定是否受理，受理后 15 日内作出确认或驳回。');
      return step('court', '已申请司法确认，等待法院审查：受理后 15 日内作出决定。');
    case 'confirmed':
      return step('nobody', '法院已确认调解协议有效。一方不履行时，另一方可以向法院申请强制执行（履行期限届满后 2 年内）。');
    case 'confirmation_rejected':
      return step('nobody', '法院驳回了司法确认申请：双方可以通过调解变更原协议或达成新协议，也可以向人民法院起诉。');
  }
}
