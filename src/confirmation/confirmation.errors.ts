import { defineErrors } from '../common/errors/error-definition';

/** The court's desk (src/confirmation): 司法确认, the court's queue, 诉讼衔接, 强制执行; the holiday calendar. */
export const CONFIRMATION_ERRORS = defineErrors({
  CONFIRMATION_NOT_FOUND: { status: 404, zh: '找不到该申请', en: 'Application not found' },
  CONFIRMATION_AGREEMENT_NOT_EFFECTIVE: { status: 409, zh: '调解协议尚未生效，生效后才能申请司法确认', en: 'The agreement is not in effect yet' },
  CONFIRMATION_PERIOD_OVER: {
    status: 409,
    zh: '申请司法确认的期限已过：应当自调解协议生效之日起三十日内共同申请（人民调解法第三十三条、民事诉讼法第二百零五条）。可以重新调解达成新的协议，或者向人民法院提起诉讼。',
    en: 'The 30 days to apply have passed: mediate again or sue',
  },
  CONFIRMATION_COURT_NOT_ELIGIBLE: { status: 422, zh: '该法院不是本协议可以申请司法确认的法院，请从列出的法院中选择', en: 'That court may not confirm this agreement' },
  CONFIRMATION_OPEN: { status: 409, zh: '本案已有一份正在办理的司法确认申请', en: 'An application is open already' },
  CONFIRMATION_ALREADY_CONFIRMED: { status: 409, zh: '本协议已经司法确认', en: 'Confirmed already' },
  CONFIRMATION_NOT_A_COSIGNER: { status: 403, zh: '您不是需要会签的当事人，或已经签过', en: 'You do not co-sign this application' },
  CONFIRMATION_STATE_CONFLICT: { status: 409, zh: '申请当前的状态不允许此操作', en: 'The application is not in a state that allows this' },
  CONFIRMATION_ATTORNEY_REQUIRED: { status: 422, zh: '代理人申请须上传授权委托书（PDF 或图片，不超过 5 MB）', en: 'An agent must upload a power of attorney' },
  CONFIRMATION_ATTORNEY_INVALID: { status: 422, zh: '授权委托书须为 PDF、PNG 或 JPEG 文件，不超过 5 MB', en: 'The power of attorney must be a PDF, PNG or JPEG up to 5 MB' },
  COURT_CASE_NUMBER_REQUIRED: { status: 422, zh: '本院使用自己的案件系统编号，受理时请填写案号', en: 'This court enters its own case number' },
  COURT_CASE_NUMBER_TAKEN: { status: 409, zh: '该案号已被使用', en: 'That case number is taken' },
  COURT_EXTENSION_USED: { status: 409, zh: '审查期限只能延长一次', en: 'The period may be extended once only' },
  COURT_APPROVER_NOT_PRESIDENT: { status: 422, zh: '延长审查期限须经本院院长批准，请选择本院院长', en: 'The approver must be this court\'s president' },
  COURT_REASON_REQUIRED: { status: 422, zh: '请从法定事由中选择理由', en: 'Choose a reason from the statutory list' },
  COURT_STAFF_NOT_FOUND: { status: 404, zh: '找不到该法院工作人员', en: 'Court staff member not found' },
  ENFORCEMENT_NOT_CONFIRMED: { status: 409, zh: '只有经司法确认的调解协议才能申请强制执行', en: 'Only a confirmed agreement can be enforced' },
  ENFORCEMENT_PERIOD_OVER: { status: 409, zh: '申请执行的期间（二年，自最后履行期限届满之日起计算）已过（民事诉讼法第二百五十条）', en: 'The two years to apply for enforcement have passed' },
  ENFORCEMENT_NOT_CREDITOR: { status: 403, zh: '只有协议中的权利人可以申请强制执行', en: 'Only a creditor of the agreement may apply' },
  ENFORCEMENT_OBLIGATION_UNKNOWN: { status: 422, zh: '请选择协议中未履行的义务', en: 'Choose obligations of the agreement' },
  LITIGATION_NOT_FAILED: { status: 409, zh: '只有调解不成的案件才能转入诉讼', en: 'Only a failed mediation can be handed to the court' },
  HOLIDAY_OUTSIDE_YEAR: { status: 422, zh: '日期须在所编辑的年度之内', en: 'Every date must be in that year' },
  HOLIDAY_DUPLICATE_DAY: { status: 422, zh: '同一日期只能出现一次', en: 'A date may appear once' },
});
