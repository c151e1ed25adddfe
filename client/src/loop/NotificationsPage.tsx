import { useEffect, useState } from 'preact/hooks';
import type { NotificationList } from '../../../src/api-contract';
import { t } from '../i18n';
import { navigate } from '../router';
import { notificationsApi } from './loop-api';

/** The user's notifications, newest first; opening one marks it read. */
export function NotificationsPage() {
  const [list, setList] = useState<NotificationList | null>(null);
  const load = () => notificationsApi.list().then(setList);
  useEffect(() => void load(), []);
  if (!list) return <p>{t('加载中…')}</p>;
  return (
    <section>
      <h1>{t('通知')}</h1>
      <p>
        {t('未读')} {list.unread}{' '}
        {list.unread > 0 && <button type="button" onClick={() => void notificationsApi.readAll().then(load)}>{t('全部标为已读')}</button>}
      </p>
      {!list.items.length && <p>{t('暂无通知')}</p>}
      <ul class="notification-list">
        {list.items.map((n) => (
          <li key={n.id} class={n.read ? 'read' : 'unread'}>
            <button type="button" class="link" onClick={() => void notificationsApi.read(n.id).then(() => (n.link ? navigate(n.link) : load()))}>
              <strong>{n.title}</strong>
            </button>
            <div>{n.body}</div>
            <small>{new Date(n.createdAt).toLocaleString('zh-CN')}</small>
          </li>
        ))}
      </ul>
    </section>
  );
}
