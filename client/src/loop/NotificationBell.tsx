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
      {/* An SVG, not the 🔔 emoji: machines without an emoji font (Debian's CJK fonts only) draw a box. */}
      <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" class="read-aloud-icon">
        <path fill="currentColor" d="M12 22a2 2 0 0 0 2-2h-4a2 2 0 0 0 2 2zm6-6v-5c0-3.1-1.6-5.6-4.5-6.3V4a1.5 1.5 0 0 0-3 0v.7C7.6 5.4 6 7.9 6 11v5l-2 2v1h16v-1l-2-2z" />
      </svg>{' '}
      {t('通知')}{unread > 0 && <span class="badge" data-testid="unread-count">{unread}</span>}
    </a>
  );
}
