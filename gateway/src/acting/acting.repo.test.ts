// The acting log and the admin's notifications on PostgreSQL and PGlite: the log's order and pages, an end
// recorded once, open sessions per admin, and notifications in the order they were made.
import { describe, expect, it } from 'vitest';
import { onEachDatabase } from '../../test/databases.ts';
import { createNotificationsRepo } from '../notifications/notifications.repo.ts';
import { type ActingRecord, createActingRepo } from './acting.repo.ts';

const record = (id: string, startedAt: string, overrides: Partial<ActingRecord> = {}): ActingRecord => ({
  id,
  storeId: 'log-store',
  adminId: 'admin-1',
  adminEmail: 'ada@supplier.example',
  adminName: 'Ada',
  adminSessionId: 'admin-session-1',
  customerGuid: 'cust-1',
  customerCode: 'DEMO001',
  customerName: 'Demo Wholesale',
  startedAt,
  endedAt: null,
  endReason: null,
  ...overrides,
});

describe('the acting log', () => {
  onEachDatabase((db) => {
    it('when the admin pages through the log, then it is newest first, those started at the same instant the later-made first', async () => {
      const repo = createActingRepo(db());
      const same = '2026-11-02T10:00:00.000Z';
      await repo.save(record('a', '2026-11-01T10:00:00.000Z'));
      await repo.save(record('b', same));
      await repo.save(record('c', same));
      await repo.save(record('d', '2026-11-03T10:00:00.000Z'));
      await repo.save(record('x', '2026-11-04T10:00:00.000Z', { storeId: 'elsewhere' }));
      const first = await repo.listByStore('log-store', { page: 1, pageSize: 3 });
      const second = await repo.listByStore('log-store', { page: 2, pageSize: 3 });
      expect([first.items.map((r) => r.id), second.items.map((r) => r.id)]).toEqual([['d', 'c', 'b'], ['a']]);
      expect([first.total, second.total]).toEqual([4, 4]);
    });

    it('when two requests end the same acting session, then the first end stands and it is no longer open', async () => {
      const repo = createActingRepo(db());
      await repo.save(record('end-1', '2026-11-05T10:00:00.000Z', { adminId: 'admin-end' }));
      await repo.save(
        record('end-2', '2026-11-05T11:00:00.000Z', { adminId: 'admin-end', storeId: 'other' }),
      );
      expect((await repo.listOpen('admin-end')).map((r) => r.id)).toEqual(['end-1', 'end-2']);
      const first = await repo.end('end-1', '2026-11-05T10:30:00.000Z', 'stopped');
      const second = await repo.end('end-1', '2026-11-05T10:31:00.000Z', 'admin-signed-out');
      expect(first).toMatchObject({ endedAt: '2026-11-05T10:30:00.000Z', endReason: 'stopped' });
      expect(second).toStrictEqual(first);
      expect((await repo.listOpen('admin-end')).map((r) => r.id)).toEqual(['end-2']);
    });

    it('when notifications are made, then the store lists its own oldest first', async () => {
      const repo = createNotificationsRepo(db());
      const note = (id: string, storeId: string) => ({
        ...{ id, storeId, kind: 'invitation-expired' as const, message: `note ${id}` },
        ...{ contactGuid: 'contact-1', customerGuid: 'cust-1', createdAt: '2026-11-01T09:00:00.000Z' },
      });
      for (const [id, storeId] of [
        ['n2', 'note-store'],
        ['n1', 'note-store'],
        ['n3', 'elsewhere'],
      ] as const)
        await repo.save(note(id, storeId));
      expect(await repo.listByStore('note-store')).toStrictEqual([
        note('n2', 'note-store'),
        note('n1', 'note-store'),
      ]);
    });
  });
});
