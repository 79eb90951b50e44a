// The store admin's notifications (table `notifications`), kept in the order they were made (seq).

import type { components } from '../../../openapi/generated/gateway.d.ts';
import type { PortalDb } from '../db/database.ts';

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
    save: async (record) => {
      const row = {
        id: record.id,
        storeId: record.storeId,
        kind: record.kind,
        message: record.message,
        contactGuid: record.contactGuid,
        customerGuid: record.customerGuid,
        createdAt: record.createdAt,
      };
      const { id, ...changes } = row;
      await db.q
        .insertInto('notifications')
        .values(row)
        .onConflict((oc) => oc.column('id').doUpdateSet(changes))
        .execute();
    },
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
