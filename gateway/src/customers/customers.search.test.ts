// The customers page's queries on PostgreSQL and PGlite: pages by code in any case with the total, and the
// search and filters (R11).
import { describe, expect, it } from 'vitest';
import { contact, customer } from '../../test/customer-records.ts';
import { onEachDatabase } from '../../test/databases.ts';
import { createCustomersRepo } from './customers.repo.ts';
import type { Customer } from './customers.types.ts';

const codes = (found: { items: Customer[] }) => found.items.map((c) => c.code);

describe("the customers page's queries", () => {
  onEachDatabase((db) => {
    it('when the admin pages through the customers, then each page holds the next ones by code in any case, and the total counts them all', async () => {
      const repo = createCustomersRepo(db());
      const all = ['b02', 'A01', 'C03', 'a04', 'B05'].map((code) => customer('s-page', code));
      await repo.saveCustomers(all);
      await repo.saveCustomers([customer('s-other', 'A00')]);
      const first = await repo.findCustomers('s-page', {}, { page: 1, pageSize: 2 });
      const second = await repo.findCustomers('s-page', {}, { page: 2, pageSize: 2 });
      const third = await repo.findCustomers('s-page', {}, { page: 3, pageSize: 2 });
      expect([codes(first), codes(second), codes(third)]).toEqual([['A01', 'a04'], ['b02', 'B05'], ['C03']]);
      expect([first.total, second.total, third.total]).toEqual([5, 5, 5]);
      expect(await repo.findCustomers('s-page', {}, { page: 9, pageSize: 2 })).toEqual({
        items: [],
        total: 5,
      });
    });

    it('when the admin searches and filters, then code, name and a current contact email match in any case, with type, membership and having contacts', async () => {
      const repo = createCustomersRepo(db());
      const north = customer('s-find', 'NORTH1', { name: 'Northern Foods', customerType: 'Retail ' });
      const south = customer('s-find', 'SOUTH1', {
        name: 'Southern Cafe',
        customerType: 'cafe',
        inStore: false,
      });
      const east = customer('s-find', 'EAST1', { name: 'Eastside', customerType: 'RETAIL' });
      await repo.saveCustomers([north, south, east]);
      await repo.saveContacts([
        contact(south, 'Pia', { email: 'pia@harbour.example' }),
        contact(east, 'Gone', { email: 'gone@harbour.example', syncState: 'removed' }),
      ]);
      const find = async (search: Parameters<typeof repo.findCustomers>[1]) =>
        codes(await repo.findCustomers('s-find', search));
      expect(await find({ search: ' northern ' })).toEqual(['NORTH1']);
      expect(await find({ search: 'south1' })).toEqual(['SOUTH1']);
      expect(await find({ search: 'HARBOUR' })).toEqual(['SOUTH1']);
      expect(await find({ search: '%' })).toEqual([]);
      expect(await find({ customerType: 'retail' })).toEqual(['EAST1']);
      expect(await find({ inStore: false })).toEqual(['SOUTH1']);
      expect(await find({ contacts: 'some' })).toEqual(['SOUTH1']);
      expect(await find({ contacts: 'none', inStore: true })).toEqual(['EAST1', 'NORTH1']);
      expect((await repo.customerTypes('s-find')).map((t) => t.toLowerCase()).sort()).toEqual([
        'cafe',
        'retail',
      ]);
    });
  });
});
