// Data versions: a bump is seen by another instance within the remembered moment, a rolled-back bump is not, and
// requests arriving together share one read, which past half the remembered age runs in the background.
import { describe, expect, it, vi } from 'vitest';
import { onEachDatabase } from '../../test/databases.ts';
import { createDataVersions } from './data-versions.ts';

describe('data versions', () => {
  onEachDatabase((db) => {
    it('when one instance bumps a version, then another sees it once its remembered read is older than maxAgeMs', async () => {
      let clock = 0;
      const writer = createDataVersions(db());
      const reader = createDataVersions(db(), { maxAgeMs: 500, now: () => clock });
      expect(await reader.current('s1', 'catalogue')).toBe(0);
      await writer.bump('s1', 'catalogue');
      expect(await writer.current('s1', 'catalogue')).toBe(1);
      expect(await reader.current('s1', 'catalogue')).toBe(0);
      clock = 501;
      expect(await reader.current('s1', 'catalogue')).toBe(1);
      expect(await reader.current('s2', 'catalogue')).toBe(0);
    });

    it('when the transaction that bumped rolls back, then the version stays where it was', async () => {
      const versions = createDataVersions(db(), { maxAgeMs: 0 });
      await versions.bump('s3', 'customers');
      await expect(
        db().transaction(async () => {
          await versions.bump('s3', 'customers');
          throw new Error('half way');
        }),
      ).rejects.toThrow('half way');
      expect(await versions.current('s3', 'customers')).toBe(1);
    });

    it('when many requests ask at once with nothing remembered, then one query answers them all', async () => {
      const versions = createDataVersions(db(), { maxAgeMs: 500, now: () => 0 });
      await versions.bump('s4', 'access');
      let queries = 0;
      const counting = () => queries++;
      db().pool.on('acquire', counting);
      try {
        const answers = await Promise.all(Array.from({ length: 10 }, () => versions.current('s4', 'access')));
        expect(answers).toEqual(Array(10).fill(1));
      } finally {
        db().pool.off('acquire', counting);
      }
      expect(queries).toBe(1);
    });

    it('when a remembered version is past half its age, then it still answers at once while the next read runs', async () => {
      let clock = 0;
      const writer = createDataVersions(db());
      const reader = createDataVersions(db(), { maxAgeMs: 500, now: () => clock });
      expect(await reader.current('s5', 'stock')).toBe(0);
      await writer.bump('s5', 'stock');
      clock = 300;
      expect(await reader.current('s5', 'stock')).toBe(0);
      await vi.waitFor(async () => expect(await reader.current('s5', 'stock')).toBe(1));
    });
  });
});
