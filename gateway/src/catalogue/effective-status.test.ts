import { describe, expect, it } from 'vitest';
import { MemoryBackend } from '../storage/collections.ts';
import { createCatalogueRepo } from './catalogue.repo.ts';
import type { Product, ProductStatus } from './catalogue.types.ts';
import { type CustomCatalogue, createCataloguesRepo } from './catalogues.repo.ts';
import { createEffectiveStatuses, morePermissive } from './effective-status.ts';

const product = (guid: string, status: ProductStatus, obsolete = false) =>
  ({ id: `s:${guid}`, storeId: 's', guid, code: guid, status, obsolete }) as Product;
const custom = (
  id: string,
  statuses: CustomCatalogue['statuses'],
  customerGuids: string[],
): CustomCatalogue => ({
  id: `s:${id}`,
  storeId: 's',
  catalogueId: id,
  name: id,
  statuses,
  customerGuids,
  createdAt: '2026-01-01T00:00:00Z',
});

async function setUp() {
  const backend = new MemoryBackend();
  const catalogue = await createCatalogueRepo(backend);
  const catalogues = await createCataloguesRepo(backend);
  await catalogue.saveProducts([
    product('p1', 'hidden'),
    product('p2', 'visible'),
    product('p3', 'hidden'),
    product('p4', 'hidden', true),
  ]);
  await catalogues.saveCatalogue(custom('a', { p1: 'visible', p2: 'visible', p4: 'sellable' }, ['c1']));
  await catalogues.saveCatalogue(custom('b', { p1: 'sellable' }, ['c1', 'c2']));
  return { catalogue, statuses: createEffectiveStatuses({ catalogue, catalogues }) };
}

describe('effective product status (R17)', () => {
  it('orders statuses Sellable over Visible over Hidden', () => {
    expect(morePermissive('hidden', 'visible')).toBe('visible');
    expect(morePermissive('sellable', 'visible')).toBe('sellable');
    expect(morePermissive('hidden', 'hidden')).toBe('hidden');
  });

  it('gives a customer the most permissive of Base and each of its catalogues, and others Base only', async () => {
    const { catalogue, statuses } = await setUp();
    const get = async (guid: string) => (await catalogue.getProduct('s', guid)) as Product;
    const [p1, p2, p3] = [await get('p1'), await get('p2'), await get('p3')];
    const c1 = await statuses.forCustomer('s', 'c1');
    const c2 = await statuses.forCustomer('s', 'c2');
    const nobody = await statuses.forCustomer('s', 'c9');
    expect([c1(p1), c1(p2), c1(p3)]).toEqual(['sellable', 'visible', 'hidden']);
    expect([c2(p1), c2(p2)]).toEqual(['sellable', 'visible']);
    expect([nobody(p1), nobody(p2)]).toEqual(['hidden', 'visible']);
  });

  it('counts for R7 each non-obsolete product listed in Base or any catalogue once', async () => {
    const { statuses } = await setUp();
    expect(await statuses.countListed('s')).toBe(2);
    expect([...(await statuses.listedGuids('s'))].sort()).toEqual(['p1', 'p2']);
  });
});
