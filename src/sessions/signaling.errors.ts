import { defineErrors } from '../common/errors/error-definition';

/** The live room: signaling messages, media objects and caucus (背对背). */
export const SIGNALING_ERRORS = defineErrors({
  SIGNAL_BAD_MESSAGE: { status: 400, zh: '消息格式不正确，应为 JSON 对象 {id, method, data}', en: 'Malformed signaling message' },
  SIGNAL_UNKNOWN_METHOD: { status: 400, zh: '不支持该操作', en: 'Unknown signaling method' },
  SIGNAL_TIMEOUT: { status: 504, zh: '服务器处理超时，请重试', en: 'The request timed out' },
  SIGNAL_NOT_JOINED: { status: 409, zh: '请先加入调解会议', en: 'Join the session first' },
  SIGNAL_WAITING: { status: 409, zh: '请等待调解员准许您进入会议', en: 'Wait for the mediator to admit you' },
  SIGNAL_RATE_LIMITED: { status: 429, zh: '发送的消息过于频繁，请稍后再试', en: 'Too many messages, slow down' },
  SIGNAL_CHAT_RATE_LIMITED: { status: 429, zh: '聊天消息发送过于频繁，请稍后再发', en: 'Too many chat messages, wait a moment' },
  SIGNAL_BUSY: { status: 429, zh: '待处理的请求过多，请等待之前的请求完成', en: 'Too many requests waiting on this connection' },
  SIGNAL_TOO_MANY_SOCKETS: { status: 429, zh: '同时打开的会议连接过多，请关闭其他页面后重试', en: 'Too many open signaling connections' },
  SIGNAL_NOT_MUTED: { status: 409, zh: '您没有被静音，可以直接开启麦克风', en: 'You are not muted' },
  SIGNAL_CAPABILITIES_REQUIRED: { status: 400, zh: '请提供设备的 rtpCapabilities', en: 'Send the device rtpCapabilities' },
  SESSION_PEER_NOT_WAITING: { status: 404, zh: '候场区中没有该参与人', en: 'This person is not in the waiting room' },
  SESSION_PEER_NOT_FOUND: { status: 404, zh: '会议中没有该参与人', en: 'This person is not in the room' },
  SESSION_PEER_NOT_MUTED: { status: 409, zh: '该参与人没有被静音', en: 'This person is not muted' },
  CHAT_EMPTY: { status: 400, zh: '消息不能为空', en: 'The message is empty' },
  MEDIA_REQUEST_INVALID: { status: 400, zh: '音视频参数不正确', en: 'Invalid media request' },
  MEDIA_UNAVAILABLE: { status: 503, zh: '音视频服务暂时不可用，请稍后重新加入', en: 'The media server is unavailable, rejoin shortly' },
  CAUCUS_ALREADY_ACTIVE: { status: 409, zh: '已有背对背调解正在进行', en: 'A caucus is already in progress' },
  CAUCUS_NOT_ACTIVE: { status: 409, zh: '当前没有进行中的背对背调解', en: 'No caucus is in progress' },
  CAUCUS_MEMBERS_INVALID: { status: 400, zh: '背对背调解的参与人须是会议中的其他在场人员', en: 'Caucus members must be other participants in the room' },
});
