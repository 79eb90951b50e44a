// Effective statuses (R17) over Base and custom catalogues, on both databases.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { aProduct } from '../../test/catalogue-fixtures.ts';
import { onEachDatabase } from '../../test/databases.ts';
import { type CatalogueRepo, createCatalogueRepo } from '../catalogue/catalogue.repo.ts';
import type { Product } from '../catalogue/catalogue.types.ts';
import { createDataVersions } from '../db/data-versions.ts';
import type { PortalDb } from '../db/database.ts';
import {
  type CataloguesRepo,
  type CustomCatalogue,
  createCataloguesRepo,
  type ListedStatus,
} from './catalogues.repo.ts';
import { createEffectiveStatuses, morePermissive } from './effective-status.ts';

async function setUp(db: PortalDb) {
  const s = `s-${randomUUID().slice(0, 8)}`;
  const catalogue = createCatalogueRepo(db);
  const catalogues = createCataloguesRepo(db);
  const custom = (id: string, statuses: CustomCatalogue['statuses'], customerGuids: string[]) =>
    catalogues.saveCatalogue({
      id: `${s}:${id}`,
      storeId: s,
      catalogueId: id,
      name: id,
      statuses,
      customerGuids,
      createdAt: '2026-01-01T00:00:00.000Z',
    });
  await catalogue.saveProducts([
    aProduct(s, 'p1', { status: 'hidden' }),
    aProduct(s, 'p2', { status: 'visible' }),
    aProduct(s, 'p3', { status: 'hidden' }),
    aProduct(s, 'p4', { status: 'hidden', obsolete: true }),
  ]);
  await custom('a', { p1: 'visible', p2: 'visible', p4: 'sellable' }, ['c1']);
  await custom('b', { p1: 'sellable' }, ['c1', 'c2']);
  const versions = createDataVersions(db);
  return { s, catalogue, catalogues, statuses: createEffectiveStatuses({ catalogue, catalogues, versions }) };
}

describe('effective product status (R17)', () => {
  it('orders statuses Sellable over Visible over Hidden', () => {
    expect(morePermissive('hidden', 'visible')).toBe('visible');
    expect(morePermissive('sellable', 'visible')).toBe('sellable');
    expect(morePermissive('hidden', 'hidden')).toBe('hidden');
  });

  onEachDatabase((db) => {
    it('gives a customer the most permissive of Base and each of its catalogues, and others Base only', async () => {
      const { s, catalogue, statuses } = await setUp(db());
      const get = async (guid: string) => (await catalogue.getProduct(s, guid)) as Product;
      const [p1, p2, p3] = [await get('p1'), await get('p2'), await get('p3')];
      const c1 = await statuses.forCustomer(s, 'c1');
      const c2 = await statuses.forCustomer(s, 'c2');
      const nobody = await statuses.forCustomer(s, 'c9');
      expect([c1(p1), c1(p2), c1(p3)]).toEqual(['sellable', 'visible', 'hidden']);
      expect([c2(p1), c2(p2)]).toEqual(['sellable', 'visible']);
      expect([nobody(p1), nobody(p2)]).toEqual(['hidden', 'visible']);
    });

    it('when a catalogue changes, then the next resolver of its customers follows at once', async () => {
      const { s, catalogue, catalogues, statuses } = await setUp(db());
      const p3 = (await catalogue.getProduct(s, 'p3')) as Product;
      expect((await statuses.forCustomer(s, 'c2'))(p3)).toBe('hidden');
      await catalogues.setProductStatuses(s, 'b', ['p3'], 'visible');
      expect((await statuses.forCustomer(s, 'c2'))(p3)).toBe('visible');
      await catalogues.assignCustomer(s, 'b', 'c2', false);
      expect((await statuses.forCustomer(s, 'c2'))(p3)).toBe('hidden');
    });

    it('counts for R7 each non-obsolete product listed in Base or any catalogue once', async () => {
      const { s, statuses } = await setUp(db());
      expect(await statuses.countListed(s)).toBe(2);
      expect([...(await statuses.listedAmong(s, ['p1', 'p2', 'p3', 'p4']))].sort()).toEqual(['p1', 'p2']);
    });
  });
});

describe('reading catalogue listings once per data version', () => {
  function counted() {
    let version = 1;
    const reads: string[] = [];
    const catalogues = {
      statusesForCustomer: async (_storeId: string, customerGuid: string) => {
        reads.push(customerGuid);
        return new Map<string, ListedStatus>([['p1', 'sellable']]);
      },
    } as unknown as CataloguesRepo;
    const statuses = createEffectiveStatuses({
      catalogue: {} as CatalogueRepo,
      catalogues,
      versions: { current: async () => version, bump: async () => {} },
    });
    const bump = () => {
      version += 1;
    };
    return { statuses, reads, bump };
  }

  it('when the same customers ask again with the catalogues unchanged, then nothing is read again; after a change, it is', async () => {
    const { statuses, reads, bump } = counted();
    await statuses.forCustomer('s', 'c1');
    await statuses.forCustomer('s', 'c2');
    await statuses.forCustomer('s', 'c1');
    expect(reads).toEqual(['c1', 'c2']);
    bump();
    await statuses.forCustomer('s', 'c1');
    expect(reads).toEqual(['c1', 'c2', 'c1']);
  });

  it('when 10,000 customers are held, then the next one starts afresh, so memory stays bounded', async () => {
    const { statuses, reads } = counted();
    for (let n = 0; n < 10_000; n++) await statuses.forCustomer('s', `c${n}`);
    await statuses.forCustomer('s', 'c0');
    expect(reads.length).toBe(10_000);
    await statuses.forCustomer('s', 'c-new');
    await statuses.forCustomer('s', 'c0');
    expect(reads.slice(-2)).toEqual(['c-new', 'c0']);
  });
});
