import { useEffect, useState } from 'preact/hooks';
import { useLive } from '../live/live';
import { t } from '../i18n';
import { notificationsApi } from './loop-api';

const POLL_MS = 60_000;

/** The bell in the header: the unread count, pushed over the live stream (and polled once a minute as a fallback). */
export function NotificationBell() {
  const [unread, setUnread] = useState(0);
  const load = () => notificationsApi.unread().then((r) => setUnread(r.unread)).catch(() => undefined);
  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), POLL_MS);
    return () => clearInterval(timer);
  }, []);
  useLive((m) => {
    if (m.type === 'notifications.unread') setUnread(m.unread);
  });
  return (
    <a href="/notifications" class="nav-link notification-bell" aria-label={`${t('通知')}${unread ? `（${unread} ${t('条未读')}）` : ''}`}>
      🔔 {t('通知')}{unread > 0 && <span class="badge" data-testid="unread-count">{unread}</span>}
    </a>
  );
}
