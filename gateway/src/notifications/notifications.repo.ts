// The store admin's notifications (table `notifications`), kept in the order they were made (seq).

import type { components } from '../../../openapi/generated/gateway.d.ts';
import type { PortalDb } from '../db/database.ts';
import { upsertRow } from '../db/upsert-row.ts';

export type Notification = components['schemas']['Notification'];

export interface NotificationRecord extends Notification {
  storeId: string;
}

export interface NotificationsRepo {
  save(record: NotificationRecord): Promise<void>;
  /** A store's notifications, oldest first. */
  listByStore(storeId: string): Promise<NotificationRecord[]>;
}

export function createNotificationsRepo(db: PortalDb): NotificationsRepo {
  return {
    save: (record) =>
      upsertRow(db, 'notifications', ['id'], {
        id: record.id,
        storeId: record.storeId,
        kind: record.kind,
        message: record.message,
        contactGuid: record.contactGuid,
        customerGuid: record.customerGuid,
        createdAt: record.createdAt,
      }),
    listByStore: async (storeId) =>
      (
        await db.q
          .selectFrom('notifications')
          .select(['id', 'storeId', 'kind', 'message', 'contactGuid', 'customerGuid', 'createdAt'])
          .where('storeId', '=', storeId)
          .orderBy('seq')
          .execute()
      ).map((row) => ({ ...row, kind: row.kind as Notification['kind'] })),
  };
}
