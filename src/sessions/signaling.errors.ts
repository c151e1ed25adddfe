import { defineErrors } from '../common/errors/error-definition';

/** The live room: signaling messages, media objects and caucus (背对背). */
export const SIGNALING_ERRORS = defineErrors({
  SIGNAL_BAD_MESSAGE: { status: 400, zh: '消息格式不正确，应为 JSON 对象 {id, method, data}', en: 'Malformed signaling message' },
  SIGNAL_UNKNOWN_METHOD: { status: 400, zh: '不支持该操作', en: 'Unknown signaling method' },
  SIGNAL_TIMEOUT: { status: 504, zh: '服务器处理超时，请重试', en: 'The request timed out' },
  SIGNAL_NOT_JOINED: { status: 409, zh: '请先加入调解会议', en: 'Join the session first' },
  SIGNAL_WAITING: { status: 409, zh: '请等待调解员准许您进入会议', en: 'Wait for the mediator to admit you' },
  SIGNAL_NOT_READY: { status: 409, zh: '请先建立接收媒体的通道', en: 'Create a receiving transport first' },
  MEDIA_OBJECT_NOT_FOUND: { status: 404, zh: '找不到该参与者或音视频流', en: 'Peer, transport, producer or consumer not found' },
  MEDIA_REQUEST_INVALID: { status: 400, zh: '音视频参数不正确', en: 'Invalid media request' },
  MEDIA_UNAVAILABLE: { status: 503, zh: '音视频服务暂时不可用，请稍后重新加入', en: 'The media server is unavailable, rejoin shortly' },
  CAUCUS_ALREADY_ACTIVE: { status: 409, zh: '已有背对背调解正在进行', en: 'A caucus is already in progress' },
  CAUCUS_NOT_ACTIVE: { status: 409, zh: '当前没有进行中的背对背调解', en: 'No caucus is in progress' },
  CAUCUS_MEMBERS_INVALID: { status: 400, zh: '背对背调解的参与人须是会议中的其他在场人员', en: 'Caucus members must be other participants in the room' },
});
