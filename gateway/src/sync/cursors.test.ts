import { beforeEach, describe, expect, it } from 'vitest';
import { onEachDatabase } from '../../test/databases.ts';
import { openCursor } from './cursors.ts';
import { newRun } from './run-record.ts';
import { createSyncRepo } from './sync.repo.ts';
import type { SyncRun } from './sync.types.ts';

const now = () => '2026-11-02T09:00:00.000Z';
const T1 = '2026-10-01T00:00:00.000Z';
const T2 = '2026-10-02T00:00:00.000Z';
const T3 = '2026-10-03T00:00:00.000Z';

onEachDatabase((db) => {
  beforeEach(async () => {
    await db().q.deleteFrom('syncRuns').execute();
    await db().q.deleteFrom('syncCursors').execute();
  });

  describe('cursors', () => {
    it('move only when a pass succeeds; an unfinished pass leaves a resume point the next one starts from', async () => {
      const repo = createSyncRepo(db());
      const first = await openCursor(repo, 's', 'products', null, now);
      expect(first.start).toBeNull();
      await first.checkpoint(T1);
      // The pass fails here: modifiedSince has not moved, the next pass resumes at T1.
      expect(await repo.getCursor('s', 'products')).toMatchObject({
        modifiedSince: null,
        resumeFrom: T1,
        succeededAt: null,
      });
      const second = await openCursor(repo, 's', 'products', null, now);
      expect(second.start).toBe(T1);
      await second.checkpoint(T2);
      await second.complete(T3);
      expect(await repo.getCursor('s', 'products')).toMatchObject({
        modifiedSince: T3,
        resumeFrom: null,
        succeededAt: now(),
      });
      const third = await openCursor(repo, 's', 'products', null, now);
      await third.complete(null);
      expect((await repo.getCursor('s', 'products'))?.modifiedSince).toBe(T3);
    });

    it('keep partitions apart (stock per warehouse)', async () => {
      const repo = createSyncRepo(db());
      await (await openCursor(repo, 's', 'stock', 'MAIN', now)).complete(T2);
      await (await openCursor(repo, 's', 'stock', 'NORTH', now)).complete(T1);
      expect((await repo.listCursors('s', 'stock')).map((c) => [c.id, c.modifiedSince])).toEqual([
        ['s:stock:MAIN', T2],
        ['s:stock:NORTH', T1],
      ]);
    });
    it('read back whole: a resource followed as a whole has no partition; a cursor without fullReadAt (an older record) reads it as null; removing one partition leaves the others', async () => {
      const repo = createSyncRepo(db());
      const whole = { id: 's:products', storeId: 's', resource: 'products' as const, partition: null };
      const times = { modifiedSince: T1, resumeFrom: null, succeededAt: T2, updatedAt: T3 };
      await repo.saveCursor({ ...whole, ...times });
      expect(await repo.getCursor('s', 'products')).toEqual({ ...whole, ...times, fullReadAt: null });
      expect(await repo.getCursor('s', 'products', 'MAIN')).toBeUndefined();

      await (await openCursor(repo, 's', 'stock', 'MAIN', now)).complete(T2);
      await (await openCursor(repo, 's', 'stock', 'NORTH', now)).complete(T1);
      await (await openCursor(repo, 'other', 'stock', 'MAIN', now)).complete(T1);
      expect((await repo.listCursors('s')).map((c) => c.id)).toEqual([
        's:products',
        's:stock:MAIN',
        's:stock:NORTH',
      ]);
      const north = await repo.getCursor('s', 'stock', 'NORTH');
      if (!north) throw new Error('no NORTH cursor');
      await repo.removeCursor(north);
      expect((await repo.listCursors('s', 'stock')).map((c) => c.id)).toEqual(['s:stock:MAIN']);
      expect((await repo.listCursors('other')).map((c) => c.id)).toEqual(['other:stock:MAIN']);
    });
  });

  describe('the run store', () => {
    it('lists runs newest first, finds those left running, and keeps only the newest', async () => {
      const repo = createSyncRepo(db());
      for (const day of [1, 2, 3]) {
        const run = newRun(`r${day}`, 's', 'schedule', `2026-11-0${day}T00:00:00Z`);
        if (day < 3) run.status = 'succeeded';
        await repo.saveRun(run);
      }
      expect((await repo.listRuns('s', 10)).map((r) => r.id)).toEqual(['r3', 'r2', 'r1']);
      expect((await repo.listStaleRunning('2026-11-05T00:00:00Z')).map((r) => r.id)).toEqual(['r3']);
      expect(await repo.pruneRuns('s', 2)).toBe(1);
      expect((await repo.listRuns('s', 10)).map((r) => r.id)).toEqual(['r3', 'r2']);
      expect(await repo.getRun('other-store', 'r3')).toBeUndefined();
    });

    it('when two instances claim a run of one store, then one gets it; a second run waits until the first ends', async () => {
      const repo = createSyncRepo(db());
      const at = '2026-11-10T00:00:00.000Z';
      const claims = await Promise.all(
        ['a', 'b'].map((id) => repo.claimRun(newRun(`claim-${id}`, 'lease-store', 'manual', at), null, at)),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);
      const winner = claims[0] ? 'claim-a' : 'claim-b';
      const run = await repo.takeOverRun(winner, { owner: 'instance-1', at }, at);
      expect(run?.id).toBe(winner);
      expect(await repo.takeOverRun(winner, { owner: 'instance-2', at }, at)).toBeUndefined();
      expect(await repo.claimRun(newRun('claim-c', 'lease-store', 'manual', at), null, at)).toBe(false);
      await repo.saveLeasedRun({ ...(run as SyncRun), status: 'succeeded' }, { owner: 'instance-1', at });
      expect(await repo.claimRun(newRun('claim-c', 'lease-store', 'manual', at), null, at)).toBe(true);
    });

    it('when the instance running a run goes quiet, then another takes it over and the first can no longer save it', async () => {
      const repo = createSyncRepo(db());
      const started = '2026-11-11T00:00:00.000Z';
      await repo.claimRun(newRun('quiet', 'quiet-store', 'schedule', started), 'instance-1', started);
      const later = '2026-11-11T00:02:00.000Z';
      const staleBefore = '2026-11-11T00:01:00.000Z';
      expect((await repo.listStaleRunning(staleBefore, 'quiet-store')).map((r) => r.id)).toEqual(['quiet']);
      const taken = await repo.takeOverRun('quiet', { owner: 'instance-2', at: later }, staleBefore);
      expect(taken?.id).toBe('quiet');
      expect(await repo.heartbeat('quiet', { owner: 'instance-1', at: later })).toBe(false);
      expect(await repo.saveLeasedRun(taken as SyncRun, { owner: 'instance-1', at: later })).toBe(false);
      expect(await repo.heartbeat('quiet', { owner: 'instance-2', at: later })).toBe(true);
      expect(await repo.listStaleRunning(staleBefore, 'quiet-store')).toEqual([]);
    });

    it('when two runs start at the same instant (a frozen clock), then the one made last is the newest, whatever its id', async () => {
      const repo = createSyncRepo(db());
      const at = '2026-11-01T00:00:00Z';
      await repo.saveRun(newRun('zz-first', 's', 'manual', at));
      await repo.saveRun({ ...newRun('zz-first', 's', 'manual', at), status: 'succeeded' });
      await repo.saveRun(newRun('aa-second', 's', 'manual', at));
      expect((await repo.listRuns('s', 10)).map((r) => r.id)).toEqual(['aa-second', 'zz-first']);
    });

    it('a run reads back as it was saved, with every resource result', async () => {
      const repo = createSyncRepo(db());
      const run = newRun('r1', 's', 'manual', '2026-11-01T00:00:00.000Z');
      await repo.saveRun(run);
      expect(await repo.getRun('s', 'r1')).toEqual(run);
      const first = run.resources[0];
      if (first)
        Object.assign(first, {
          status: 'succeeded',
          added: 3,
          skipped: [{ key: 'C-1', reason: 'plan-limit', detail: 'x' }],
        });
      await repo.saveRun({ ...run, status: 'failed', finishedAt: '2026-11-01T00:05:00.000Z', error: 'boom' });
      expect(await repo.getRun('s', 'r1')).toEqual({
        ...run,
        status: 'failed',
        finishedAt: '2026-11-01T00:05:00.000Z',
        error: 'boom',
      });
    });

    it('keeps the newest runs of one store only, runs started at the same instant counted in the order made', async () => {
      const repo = createSyncRepo(db());
      const at = '2026-11-01T00:00:00.000Z';
      for (const id of ['c', 'b', 'a'])
        await repo.saveRun({ ...newRun(id, 's', 'schedule', at), status: 'succeeded' });
      await repo.saveRun({ ...newRun('elsewhere', 'other', 'schedule', at), status: 'succeeded' });
      expect((await repo.listRuns('s', 2)).map((r) => r.id)).toEqual(['a', 'b']);
      expect(await repo.pruneRuns('s', 1)).toBe(2);
      expect((await repo.listRuns('s', 10)).map((r) => r.id)).toEqual(['a']);
      expect((await repo.listRuns('other', 10)).map((r) => r.id)).toEqual(['elsewhere']);
      expect(await repo.pruneRuns('s', 5)).toBe(0);
    });
  });
});
