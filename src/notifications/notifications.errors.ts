import { defineErrors } from '../common/errors/error-definition';

/** Notifications (src/notifications): the bell, channel preferences. */
export const NOTIFICATIONS_ERRORS = defineErrors({
  NOTIFICATION_NOT_FOUND: { status: 404, zh: '找不到该通知', en: 'Notification not found' },
  NOTIFICATION_KIND_LOCKED: { status: 422, zh: '法院期限通知不能关闭', en: 'Court deadline notices cannot be switched off' },
  SERVICE_RECORD_NOT_FOUND: { status: 404, zh: '找不到该送达记录', en: 'Service record not found' },
  NOTIFICATION_KIND_UNKNOWN: { status: 422, zh: '没有这种通知类别', en: 'Unknown notification kind' },
});
