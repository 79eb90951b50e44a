// The job engine on both databases: a job exists only if the transaction that sent it commits, a job id sent
// twice runs once, two instances share a queue without doing a job twice, and a failing job is retried.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onEachDatabase } from '../../test/databases.ts';
import { JobEngine } from './job-engine.ts';

const waitFor = async (check: () => boolean, timeoutMs = 10_000) => {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe('the job engine', () => {
  onEachDatabase((db) => {
    let first: JobEngine;
    let second: JobEngine;
    const handled: string[] = [];
    const attempts = new Map<string, number>();

    beforeAll(async () => {
      first = new JobEngine(db(), { pollingIntervalSeconds: 0.5 });
      second = new JobEngine(db(), { pollingIntervalSeconds: 0.5 });
      await first.start();
      await second.start();
      for (const engine of [first, second]) {
        await engine.defineQueue('work', { retryDelaySeconds: 1, retryBackoff: false });
        await engine.work<{ key: string; failTimes?: number }>('work', async ({ key, failTimes = 0 }) => {
          const attempt = (attempts.get(key) ?? 0) + 1;
          attempts.set(key, attempt);
          if (attempt <= failTimes) throw new Error(`attempt ${attempt} fails`);
          handled.push(key);
        });
      }
    }, 60_000);
    afterAll(async () => {
      await first?.stop(2_000);
      await second?.stop(2_000);
    });

    it('when the transaction that sent a job rolls back, then the job never runs; when it commits, it runs once', async () => {
      await expect(
        db().transaction(async () => {
          await first.send('work', { key: 'rolled-back' });
          throw new Error('half way');
        }),
      ).rejects.toThrow('half way');
      await db().transaction(async () => {
        await first.send('work', { key: 'committed' });
      });
      await waitFor(() => handled.includes('committed'));
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(handled.filter((key) => key === 'committed')).toHaveLength(1);
      expect(handled).not.toContain('rolled-back');
    });

    it('when one job id is sent twice, from either instance, then it runs once', async () => {
      const id = randomUUID();
      expect(await first.send('work', { key: 'twice' }, { id })).toBe(id);
      expect(await second.send('work', { key: 'twice' }, { id })).toBeNull();
      await waitFor(() => handled.includes('twice'));
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(handled.filter((key) => key === 'twice')).toHaveLength(1);
    });

    it('when two instances work one queue, then each of 20 jobs is done exactly once', async () => {
      const keys = Array.from({ length: 20 }, (_, n) => `shared-${n}`);
      await Promise.all(keys.map((key, n) => (n % 2 ? first : second).send('work', { key })));
      await waitFor(() => keys.every((key) => handled.includes(key)), 20_000);
      await new Promise((resolve) => setTimeout(resolve, 600));
      for (const key of keys) expect(handled.filter((k) => k === key)).toHaveLength(1);
    });

    it('when a job fails twice, then it is retried and done on the third attempt', async () => {
      await first.send('work', { key: 'flaky', failTimes: 2 });
      await waitFor(() => handled.includes('flaky'), 20_000);
      expect(attempts.get('flaky')).toBe(3);
    });
  });
});
