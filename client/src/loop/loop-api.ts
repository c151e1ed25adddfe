import { api, apiFetch } from '../api/http';
import type { NotificationList, StatisticsResponse, UnreadCount } from '../../../src/api-contract';
import { saveBlob } from '../ui/save-blob';

export const notificationsApi = {
  list: () => api<NotificationList>('/notifications'),
  unread: () => api<UnreadCount>('/notifications/unread-count'),
  read: (id: string) => api<void>(`/notifications/${encodeURIComponent(id)}/read`, { method: 'POST' }),
  readAll: () => api<void>('/notifications/read-all', { method: 'POST' }),
};

export const statisticsApi = {
  get: (query: string) => api<StatisticsResponse>(`/statistics${query}`),
  async download(query: string, format: 'csv' | 'xlsx'): Promise<void> {
    const res = await apiFetch(`/statistics/export${query ? `${query}&` : '?'}format=${format}`);
    saveBlob(await res.blob(), `调解统计.${format}`);
  },
};
