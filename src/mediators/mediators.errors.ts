import { defineErrors } from '../common/errors/error-definition';

/** The directory, the ranking, the parties' choice of mediator (回避 included), the mediation clock, court guidance. */
export const MEDIATORS_ERRORS = defineErrors({
  MEDIATOR_PROFILE_NOT_FOUND: { status: 404, zh: '找不到该调解员', en: 'Mediator not found' },
  MEDIATOR_PROFILE_FORBIDDEN: { status: 403, zh: '只能修改自己的调解员资料（管理员除外）', en: 'You may edit only your own profile' },
  MEDIATOR_NOT_CANDIDATE: { status: 422, zh: '该调解员不能办理本案：只能选择本调委会的调解员或本辖区法院的特邀调解员', en: 'This mediator cannot take this case (another committee)' },
  MEDIATOR_CONFLICT_OF_INTEREST: { status: 422, zh: '该调解员与本案当事人存在利害关系，应当回避', en: 'This mediator has a conflict of interest with a party' },
  MEDIATOR_CHOICE_CLOSED: { status: 409, zh: '双方未在3日内就调解员达成一致，现由调委会指派调解员', en: 'The parties did not agree in time; the committee assigns' },
  MEDIATOR_OFFER_PENDING: { status: 409, zh: '双方已选定调解员，正在等待调解员答复', en: 'The chosen mediator has not answered yet' },
  MEDIATOR_REPLACEMENT_PENDING: { status: 409, zh: '已有一项更换调解员的申请正在等待调委会决定', en: 'A replacement request is already pending' },
  MEDIATOR_REPLACEMENT_NOT_FOUND: { status: 404, zh: '找不到该更换调解员申请，或它已有决定', en: 'Replacement request not found or already decided' },
  AVAILABILITY_INVALID: { status: 422, zh: '可预约时段不正确：每段须在同一天内，开始早于结束，且各段不重叠', en: 'Invalid weekly hours' },
  LEAVE_INVALID: { status: 422, zh: '请假时间不正确：开始须早于结束', en: 'Invalid leave' },
  LEAVE_NOT_FOUND: { status: 404, zh: '找不到该请假记录，或它已被撤销', en: 'Leave not found or already taken back' },
  PHOTO_INVALID: { status: 422, zh: '照片须为 PNG 或 JPEG 图片，且不超过 1MB', en: 'The photo must be a PNG or JPEG of at most 1 MB' },
  EXTENSION_PENDING: { status: 409, zh: '已有一项延长调解期限的请求正在等待当事人答复', en: 'An extension request is already pending' },
  EXTENSION_NOT_FOUND: { status: 404, zh: '找不到该延期请求，或它已有结果', en: 'Extension request not found or already decided' },
  COURT_GUIDANCE_NO_COURT: { status: 422, zh: '本调委会尚未关联法院，无法申请法官指导', en: 'The committee has no court to ask' },
  CALENDAR_NOT_FOUND: { status: 404, zh: '找不到该日历', en: 'Calendar not found' },
});
