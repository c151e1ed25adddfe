/** Events of the notifications feature (merged into the app's EventMap in src/events/event-map.ts). */
export interface NotificationEvents {
  /** New entries in these users' bells: a live stream pushes each one's unread count. */
  'notification.created': { userIds: string[] };
}
