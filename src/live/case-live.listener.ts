import { Injectable, OnModuleInit } from '@nestjs/common';
import type { LiveCaseChanged } from '../api-contract';
import { TRANSITIONS } from '../cases/case-transitions';
import { EventMap, EventName } from '../events/event-map';
import { EventsService } from '../events/events.service';
import { LiveService } from './live.service';

type CaseEventName = { [N in EventName]: EventMap[N] extends { caseId: string } ? N : never }[EventName];
type Facts = Pick<LiveCaseChanged, 'action' | 'sessionId' | 'summary' | 'actorId'>;

const AGENT_CHANGES = { added: '当事人添加了代理人，等待审核', approved: '代理人已获批准', rejected: '代理人委托被驳回', revoked: '代理人已撤销' } as const;

/** What each case event tells the people watching the case: a short sentence for the live notice, or none. */
const DESCRIBE: { [N in CaseEventName]: (payload: EventMap[N]) => Facts } = {
  'case.filed': (p) => ({ summary: '收到新的调解申请', actorId: p.applicantUserId }),
  'case.transitioned': (p) => ({ action: p.action, summary: TRANSITIONS[p.action].label, actorId: p.actorId }),
  'case.statement_given': (p) => ({ summary: '被申请人提交了答辩意见', actorId: p.authorId }),
  'invitation.answered': (p) => ({
    summary: p.answer === 'accepted' ? '被申请人已同意调解' : '被申请人拒绝调解', actorId: p.userId,
  }),
  'evidence.added': (p) => ({ summary: `新提交证据：${p.fileName}`, actorId: p.uploadedBy }),
  'session.opened': (p) => ({ sessionId: p.sessionId, summary: '调解员已开启视频调解，可以进入了', actorId: p.hostId }),
  'session.ended': (p) => ({ sessionId: p.sessionId, summary: '视频调解已结束', actorId: p.endedBy?.id }),
  'record.saved': (p) => ({ sessionId: p.sessionId, actorId: p.authorId }),
  'record.confirmed': (p) => ({ sessionId: p.sessionId, actorId: p.userId }),
  'mediator.offered': () => ({ summary: '双方选定了调解员，等待调解员接受' }),
  'mediator.choice_lapsed': () => ({ summary: '双方未在期限内选定调解员，将由调委会指派' }),
  'mediator.replacement_requested': () => ({ summary: '有当事人申请更换调解员' }),
  'session.booked': (p) => ({ sessionId: p.sessionId, summary: '已预约调解会议' }),
  'session.reminder': (p) => ({ sessionId: p.sessionId }),
  'court_guidance.message': (p) => ({ actorId: p.authorId }),
  'mediation.extension_requested': () => ({ summary: '调解员请求延长调解期限，请答复' }),
  'agreement.finalized': () => ({ summary: '调解协议已定稿，请核对后签署' }),
  'agreement.reopened': () => ({ summary: '调解协议重新修改，之前的签名已作废' }),
  'agreement.signed': (p) => ({ summary: '调解协议有新的签名', actorId: p.signerUserId }),
  'agreement.effective': () => ({ summary: '调解协议已生效' }),
  'confirmation.submitted': (p) => ({ summary: `各方已会签，司法确认申请已提交法院（${p.acceptBy}前决定是否受理）` }),
  'confirmation.accepted': (p) => ({ summary: `法院已受理司法确认申请，案号${p.courtCaseNumber}` }),
  'confirmation.decided': (p) => ({
    summary: { confirm: '法院裁定确认调解协议有效（已司法确认）', reject: '法院裁定驳回司法确认申请', refuse: '法院不予受理司法确认申请', withdraw: '司法确认申请已撤回' }[p.decision],
  }),
  'court.item_received': (p) => ({ summary: p.kind === 'litigation' ? '纠纷材料已转交法院网上立案' : '强制执行申请已提交法院' }),
  'follow_up.due': () => ({ summary: '协议约定的履行期限已到' }),
  'follow_up.recorded': (p) => ({ summary: '调委会记录了履行情况', actorId: p.actorId }),
  'payment.reported': (p) => ({ summary: '当事人报告了一笔付款', actorId: p.reportedBy }),
  'satisfaction.rated': (p) => ({ actorId: p.userId }),
  'agent.changed': (p) => ({ summary: AGENT_CHANGES[p.change], actorId: p.actorId }),
};

/** Turns every case event into a `case.changed` message for those who may read the case (in every process). */
@Injectable()
export class CaseLiveListener implements OnModuleInit {
  constructor(
    private readonly events: EventsService,
    private readonly live: LiveService,
  ) {}

  onModuleInit(): void {
    for (const name of Object.keys(DESCRIBE) as CaseEventName[]) {
      this.events.on(name, (payload, event) => {
        const facts = (DESCRIBE[name] as (p: EventMap[typeof name]) => Facts)(payload);
        const message: LiveCaseChanged = { type: 'case.changed', caseId: payload.caseId, reason: name, ...facts, at: event.createdAt };
        return this.live.sendToCase(payload.caseId, message);
      });
    }
  }
}
