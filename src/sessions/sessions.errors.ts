import { defineErrors } from '../common/errors/error-definition';

/** Video mediation sessions: the file of a session and its record (调解笔录). */
export const SESSIONS_ERRORS = defineErrors({
  SESSION_NOT_FOUND: { status: 404, zh: '找不到该调解会议', en: 'Mediation session not found' },
  SESSION_ALREADY_OPEN: { status: 409, zh: '该案件已有未结束的调解会议，请先结束它', en: 'This case already has an open session' },
  SESSION_ENDED: { status: 409, zh: '调解会议已结束', en: 'The session has ended' },
  SESSION_HOST_ONLY: { status: 403, zh: '只有主持调解员可以执行此操作', en: 'Only the host mediator may do this' },
  SESSION_JOIN_FORBIDDEN: { status: 403, zh: '您不是本次调解会议的参与人，不能进入', en: 'You are not a participant of this session' },
  SESSION_GUEST_INVALID: { status: 400, zh: '只能邀请本调委会所属法院的工作人员或本调委会的调解员参加指导', en: 'Guides are staff of the committee’s own court or mediators of the committee' },
  RECORD_VERSION_CONFLICT: { status: 409, zh: '笔录已被他人更新，请在最新版本上修改后再保存', en: 'The record changed meanwhile; edit the latest version' },
  RECORD_VERSION_NOT_FOUND: { status: 404, zh: '找不到该版本的笔录', en: 'Record version not found' },
  RECORD_VERSION_STALE: { status: 409, zh: '只能确认笔录的最新版本，请刷新后查看', en: 'Only the latest record version can be confirmed' },
  SESSION_CASE_CLOSED: { status: 409, zh: '案件已结案或撤回，调解会议已结束', en: 'The case is closed; its sessions are over' },
  SESSION_GUEST_NOT_FOUND: { status: 404, zh: '该人员不是本次会议的指导法官', en: 'This person is not a guide of the session' },
  SESSION_CURSOR_INVALID: { status: 400, zh: '分页参数 after 不正确，请使用上一页返回的 next', en: 'Invalid paging cursor; pass the previous page’s next' },
  SESSION_NOT_OPEN: { status: 409, zh: '该调解会议尚未开始，请在预约时间由调解员开启后进入', en: 'The booked session has not been opened yet' },
  BOOKING_IN_PAST: { status: 422, zh: '不能预约已经过去的时间', en: 'The time is in the past' },
  BOOKING_OUTSIDE_AVAILABILITY: { status: 422, zh: '所选时间不在调解员的可预约时段内（或调解员请假）', en: 'The time is outside the mediator’s available hours' },
  BOOKING_SLOT_TAKEN: { status: 409, zh: '该时段已被预约，请选择其他时段', en: 'The slot was just booked by someone else' },
  BOOKING_OFFICE_INVALID: { status: 422, zh: '线下调解须选择调解员的一个调解地点', en: 'An in-person session needs one of the mediator’s offices' },
  BOOKING_NOT_CHANGEABLE: { status: 409, zh: '只能改期或取消尚未开始的预约', en: 'Only a booked session that has not started can be moved or cancelled' },
  SESSION_NOT_IN_PERSON: { status: 409, zh: '只有线下调解会议在会后登记出席情况', en: 'Attendance is recorded for in-person sessions only' },
  SESSION_NOT_YET_HELD: { status: 409, zh: '会议开始时间未到，不能登记出席情况', en: 'The session has not started yet' },
  RECORD_CONFIRM_FORBIDDEN: { status: 403, zh: '只有本案当事人可以确认笔录', en: 'Only the parties confirm the record' },
});
