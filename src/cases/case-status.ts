// The lifecycle of a case (../shared/domain.md, "Lifecycle and deadlines").
export const CASE_STATUS_LABELS = {
  filed: '已申请',
  accepted: '已受理',
  mediator_assigned: '已指派调解员',
  in_mediation: '调解中',
  settled: '调解成功',
  failed: '调解不成',
  withdrawn: '已撤回',
  refused: '被申请人拒绝调解',
  declined: '不予受理',
  confirmation_requested: '已申请司法确认',
  confirmed: '已司法确认',
  confirmation_rejected: '司法确认被驳回',
} as const;

export type CaseStatus = keyof typeof CASE_STATUS_LABELS;
export const CASE_STATUSES = Object.keys(CASE_STATUS_LABELS) as CaseStatus[];

/** 案由 accepted at filing. */
export const CASE_CATEGORIES = [
  '民间借贷', '婚姻家庭', '邻里纠纷', '物业服务', '消费纠纷', '劳动争议',
  '道路交通事故', '房屋租赁', '买卖合同', '人身损害', '医疗纠纷',
] as const;
export type CaseCategory = (typeof CASE_CATEGORIES)[number];
