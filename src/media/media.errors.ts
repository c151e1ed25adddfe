import { defineErrors } from '../common/errors/error-definition';

/** The media layer's refusals (src/media): it throws MediaError(code) and never writes text of its own. */
export const MEDIA_ERRORS = defineErrors({
  MEDIA_NOT_IN_ROOM: { status: 404, zh: '您不在媒体房间中，请重新加入', en: 'You are not in the media room; rejoin' },
  MEDIA_ROOM_CLOSED: { status: 503, zh: '媒体房间已关闭，请重新加入', en: 'The media room is closed; rejoin' },
  MEDIA_PEER_EXISTS: { status: 409, zh: '该参与者已在媒体房间中', en: 'This peer is already in the room' },
  MEDIA_PEER_CLOSED: { status: 409, zh: '您已离开会议', en: 'You have left the session' },
  MEDIA_TRANSPORT_NOT_FOUND: { status: 404, zh: '找不到该媒体通道', en: 'Transport not found' },
  MEDIA_TRANSPORT_TYPE_MISMATCH: { status: 400, zh: '该媒体通道不支持此操作', en: 'This transport does not support that' },
  MEDIA_TRANSPORT_LIMIT: { status: 409, zh: '媒体通道数量已达上限', en: 'Too many transports' },
  MEDIA_PRODUCER_NOT_FOUND: { status: 404, zh: '找不到该音视频流', en: 'Producer not found' },
  MEDIA_CONSUMER_NOT_FOUND: { status: 404, zh: '找不到该接收的音视频流', en: 'Consumer not found' },
  MEDIA_SOURCE_KIND_MISMATCH: { status: 400, zh: '麦克风须为音频，摄像头须为视频', en: 'The microphone sends audio, the camera video' },
  MEDIA_NO_LAYERS: { status: 400, zh: '该视频流没有可选的清晰度', en: 'This stream has no layers to choose from' },
  MEDIA_RECV_TRANSPORT_FIRST: { status: 409, zh: '请先建立接收媒体的通道', en: 'Create a receiving transport first' },
  MEDIA_MUTED_BY_HOST: { status: 403, zh: '主持人已将您静音，请先申请发言，经主持人同意后再开启麦克风', en: 'The host muted you; ask to speak first' },
});

export type MediaErrorCode = keyof typeof MEDIA_ERRORS;
