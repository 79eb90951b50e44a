// The store admin's notifications over the embedded storage (concern `notifications`).
import type { components } from '../generated/gateway.d.ts';
import type { CollectionBackend } from '../storage/collections.ts';

export type Notification = components['schemas']['Notification'];

export interface NotificationRecord extends Notification {
  storeId: string;
}

export interface NotificationsRepo {
  save(record: NotificationRecord): Promise<void>;
  /** A store's notifications, oldest first. */
  listByStore(storeId: string): Promise<NotificationRecord[]>;
}

export async function createNotificationsRepo(backend: CollectionBackend): Promise<NotificationsRepo> {
  const notifications = await backend.collection<NotificationRecord>('notifications', 'notifications');
  return {
    save: (record) => notifications.put(record),
    listByStore: async (storeId) => notifications.all().filter((n) => n.storeId === storeId),
  };
}
