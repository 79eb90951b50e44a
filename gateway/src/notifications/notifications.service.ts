// What the store admin is told in the admin UI (R13: a contact tried to accept an expired invitation).
import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock.ts';
import type { Notification, NotificationsRepo } from './notifications.repo.ts';

export interface NotificationsService {
  /** Records one notification for the store's admins. */
  notify(storeId: string, notification: Omit<Notification, 'id' | 'createdAt'>): Promise<Notification>;
  /** The store's notifications, newest first. */
  list(storeId: string): Promise<Notification[]>;
}

export function createNotificationsService(repo: NotificationsRepo, clock: Clock): NotificationsService {
  return {
    async notify(storeId, notification) {
      const record = { id: randomUUID(), createdAt: clock.now().toISOString(), ...notification };
      await repo.save({ ...record, storeId });
      return record;
    },
    async list(storeId) {
      return (await repo.listByStore(storeId)).reverse().map(({ storeId: _storeId, ...n }) => n);
    },
  };
}
