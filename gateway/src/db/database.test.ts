// Transactions on both databases: a business step commits whole or not at all; a nested step that fails is
// undone alone (with its after-commit callbacks) while the outer step goes on.
import { describe, expect, it } from 'vitest';
import { onEachDatabase } from '../../test/databases.ts';

describe('transactions', () => {
  onEachDatabase((db) => {
    const names = async () =>
      (await db().q.selectFrom('admins').select('email').orderBy('email').execute()).map((row) => row.email);
    const admin = (email: string) =>
      db()
        .q.insertInto('admins')
        .values({ id: email, email, name: email, passwordHash: 'x', createdAt: '2026-01-01T00:00:00.000Z' })
        .execute();

    it('when a step throws after its first write, then nothing of it is kept and no after-commit callback runs', async () => {
      const called: string[] = [];
      await expect(
        db().transaction(async () => {
          await admin('half@x.example');
          db().afterCommit(() => called.push('half'));
          throw new Error('fault between the writes');
        }),
      ).rejects.toThrow('fault between the writes');
      expect(await names()).not.toContain('half@x.example');
      expect(called).toEqual([]);
    });

    it('when a nested step fails and the outer one goes on, then only the nested writes are undone', async () => {
      const called: string[] = [];
      await db().transaction(async () => {
        await admin('outer@x.example');
        db().afterCommit(() => called.push('outer'));
        await db()
          .transaction(async () => {
            await admin('inner@x.example');
            db().afterCommit(() => called.push('inner'));
            throw new Error('the inner step is refused');
          })
          .catch(() => undefined);
        expect(called).toEqual([]);
      });
      expect(await names()).toContain('outer@x.example');
      expect(await names()).not.toContain('inner@x.example');
      expect(called).toEqual(['outer']);
    });
  });
});
