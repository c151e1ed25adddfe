import { CASE_STATUS_LABELS } from '../cases/case-status';
import type { EventMap, EventName } from '../events/event-map';
import { sessionReminderBody, sessionReminderTitle } from '../sessions/session-reminder-text';
import type { NotificationKind } from './notification-kinds';

/** Who of a case hears of something. `mediator` is the mediator in charge, or the committee's mediators before one is. */
export type Audience =
  | { of: 'parties'; except?: string | null }
  | { of: 'applicant' }
  | { of: 'mediator'; except?: string | null }
  | { of: 'committee' }
  | { of: 'users'; ids: string[] };

export interface Notice {
  audience: Audience;
  kind: NotificationKind;
  title: string;
  body: string;
  /** Where the bell's entry leads in the SPA. */
  link: string;
}

/** What the rules know of the case besides the event (read once per event). */
export interface CaseContext {
  caseId: string;
  caseNumber: string;
  category: string;
}

type Rule<N extends EventName> = (payload: EventMap[N], c: CaseContext) => Notice[];

const caseLink = (c: CaseContext) => `/cases/${c.caseId}`;

/**
 * THE table of who is told what, per event (README, "Notifications"). Events not listed notify nobody. Each rule is
 * pure: the audience is resolved to accounts in SQL, the channels from each account's preferences.
 */
export const NOTIFICATION_RULES: { [N in EventName]?: Rule<N> } = {
  'case.filed': (_p, c) => [
    { audience: { of: 'applicant' }, kind: 'case', title: `调解申请已提交：${c.caseNumber}`, body: `您的${c.category}调解申请已提交，调解委员会将在 3 个工作日内决定是否受理。`, link: caseLink(c) },
    { audience: { of: 'committee' }, kind: 'case', title: `新的调解申请：${c.caseNumber}`, body: `收到一件${c.category}调解申请，请及时审查受理。`, link: caseLink(c) },
  ],
  'case.transitioned': (p, c) => {
    const label = CASE_STATUS_LABELS[p.to];
    const body = `案件 ${c.caseNumber}（${c.category}）状态变更为「${label}」。`;
    return [
      { audience: { of: 'parties', except: p.actorId }, kind: 'case', title: `案件${label}：${c.caseNumber}`, body, link: caseLink(c) },
      { audience: { of: 'mediator', except: p.actorId }, kind: 'case', title: `案件${label}：${c.caseNumber}`, body, link: caseLink(c) },
    ];
  },
  'invitation.answered': (p, c) => {
    const answer = p.answer === 'accepted' ? '同意调解' : '拒绝调解';
    const body = `被申请人已答复：${answer}。`;
    return [
      { audience: { of: 'applicant' }, kind: 'invitation', title: `被申请人${answer}：${c.caseNumber}`, body, link: caseLink(c) },
      { audience: { of: 'mediator' }, kind: 'invitation', title: `被申请人${answer}：${c.caseNumber}`, body, link: caseLink(c) },
    ];
  },
  'session.opened': (p, c) => [
    { audience: { of: 'parties' }, kind: 'session', title: `调解会议已开始：${c.caseNumber}`, body: '调解员已开启视频调解会议，请进入会议室。', link: `/sessions/${p.sessionId}` },
  ],
  'evidence.added': (p, c) => [
    { audience: { of: 'mediator', except: p.uploadedBy }, kind: 'evidence', title: `新的证据材料：${c.caseNumber}`, body: `新提交证据：${p.fileName}`, link: caseLink(c) },
  ],
  'agreement.finalized': (_p, c) => [
    { audience: { of: 'parties' }, kind: 'agreement', title: `调解协议已定稿，请签署：${c.caseNumber}`, body: '调解协议已定稿，请阅读后签署。', link: caseLink(c) },
  ],
  'follow_up.due': (_p, c) => [
    { audience: { of: 'mediator' }, kind: 'follow_up', title: `履行期限已到，请回访：${c.caseNumber}`, body: '调解协议约定的履行期限已到，请回访当事人并记录履行情况。', link: `${caseLink(c)}#follow-up` },
    { audience: { of: 'parties' }, kind: 'follow_up', title: `履行期限已到：${c.caseNumber}`, body: '调解协议约定的履行期限已到。已付款的，请在案件页报告付款并上传凭证。', link: `${caseLink(c)}#follow-up` },
  ],
  'follow_up.recorded': (p, c) => p.outcome === 'unpaid' || p.outcome === 'partly' ? [
    { audience: { of: 'parties' }, kind: 'follow_up', title: `回访记录：义务${p.outcome === 'partly' ? '部分履行' : '未履行'}（${c.caseNumber}）`, body: `调解委员会回访记录该项义务${p.outcome === 'partly' ? '仅部分履行' : '未履行'}。经司法确认的协议，权利人可以申请强制执行。`, link: `${caseLink(c)}#follow-up` },
  ] : [],
  'payment.reported': (p, c) => [
    { audience: { of: 'mediator' }, kind: 'follow_up', title: `当事人报告付款：${c.caseNumber}`, body: '当事人报告了一笔付款，请核实后记录履行情况。', link: `${caseLink(c)}#follow-up` },
    { audience: { of: 'parties', except: p.reportedBy }, kind: 'follow_up', title: `对方报告付款：${c.caseNumber}`, body: '对方当事人报告了一笔付款，请核实。', link: `${caseLink(c)}#follow-up` },
  ],
  // Agents (代理人): the mediator (the committee before one is assigned) checks each power of attorney; the party
  // who named the agent hears of the decision, or of the mediator revoking him.
  'agent.changed': (p, c) => {
    if (p.change === 'added') {
      return [{ audience: { of: 'mediator' }, kind: 'case', title: `授权委托书待审核：${c.caseNumber}`, body: `当事人委托${p.agentName}为代理人，请核对授权委托书后批准或驳回。`, link: caseLink(c) }];
    }
    const word = { approved: '已批准', rejected: '被驳回', revoked: '已撤销' }[p.change];
    const ids = p.principalUserId && p.principalUserId !== p.actorId ? [p.principalUserId] : [];
    return ids.length ? [{ audience: { of: 'users', ids }, kind: 'case', title: `代理人${word}：${c.caseNumber}`, body: `您委托的代理人${p.agentName}${word}。`, link: caseLink(c) }] : [];
  },
  'mediator.offered': (p, c) => [
    { audience: { of: 'users', ids: [p.mediatorId] }, kind: 'case', title: `双方选定您调解：${c.caseNumber}`, body: '当事人双方选定您为调解员，请决定是否接受。', link: caseLink(c) },
  ],
  'session.booked': (p, c) => [
    { audience: { of: 'parties' }, kind: 'session', title: `已预约调解会议：${c.caseNumber}`, body: `调解会议时间：${new Date(p.startsAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}。`, link: caseLink(c) },
  ],
  'session.reminder': (p, c) => [
    { audience: { of: 'users', ids: p.userIds }, kind: 'session', title: sessionReminderTitle(p), body: sessionReminderBody(p, `${c.caseNumber}（${c.category}）`), link: caseLink(c) },
  ],
  'mediation.extension_requested': (_p, c) => [
    { audience: { of: 'parties' }, kind: 'case', title: `调解员请求延长调解期限：${c.caseNumber}`, body: '请在案件页答复是否同意延长调解期限。', link: caseLink(c) },
  ],
  'confirmation.submitted': (p, c) => [
    { audience: { of: 'parties' }, kind: 'deadline', title: `司法确认申请已提交法院：${c.caseNumber}`, body: `法院将于 ${p.acceptBy} 前决定是否受理。`, link: caseLink(c) },
  ],
  'confirmation.accepted': (p, c) => [
    { audience: { of: 'parties' }, kind: 'deadline', title: `法院已受理司法确认申请：${c.caseNumber}`, body: `案号 ${p.courtCaseNumber}，法院将于 ${p.decideBy} 前作出裁定。`, link: caseLink(c) },
  ],
  'confirmation.decided': (p, c) => {
    const title = { confirm: '法院裁定确认调解协议有效', reject: '法院裁定驳回司法确认申请', refuse: '法院不予受理司法确认申请', withdraw: '司法确认申请已撤回' }[p.decision];
    return [
      { audience: { of: 'parties' }, kind: 'deadline', title: `${title}：${c.caseNumber}`, body: '请在案件页查看法院文书。', link: caseLink(c) },
      { audience: { of: 'mediator' }, kind: 'case', title: `${title}：${c.caseNumber}`, body: '请在案件页查看法院文书。', link: caseLink(c) },
    ];
  },
  'agreement.effective': (_p, c) => [
    { audience: { of: 'parties' }, kind: 'agreement', title: `调解协议已生效：${c.caseNumber}`, body: '各方已签署，调解协议已生效，可在案件文书中下载。', link: caseLink(c) },
    { audience: { of: 'mediator' }, kind: 'agreement', title: `调解协议已生效：${c.caseNumber}`, body: '各方已签署，调解协议已生效。', link: caseLink(c) },
  ],
};

export function noticesFor<N extends EventName>(name: N, payload: EventMap[N], context: CaseContext): Notice[] {
  const rule = NOTIFICATION_RULES[name] as Rule<N> | undefined;
  return rule ? rule(payload, context) : [];
}

export const NOTIFYING_EVENTS = Object.keys(NOTIFICATION_RULES) as EventName[];
