// In-memory customers, contacts, revoked logins, plan room and order history for the customers pass, on top of
// passWorld's context (its transaction keeps a page's writes only when the page succeeds).
import type { Contact, Customer } from '../../customers/customers.types.ts';
import type { Order } from '../../orders/orders.types.ts';
import type { Store } from '../../stores/stores.types.ts';
import type { CustomerRecord } from '../../unleashed/operations.ts';
import { NOW, passWorld } from './pass.fakes.ts';

export const customer = (guid: string, fields: Partial<Customer> = {}): Customer => ({
  ...{
    id: `s1:${guid}`,
    storeId: 's1',
    guid,
    code: guid.toUpperCase(),
    name: `${guid} Ltd`,
    customerType: null,
  },
  ...{ currency: 'NZD', taxable: true, taxCode: null, taxRate: null, discountRate: 0, sellPriceTier: null },
  ...{ addresses: [], obsolete: false, inStore: false, addedAt: null, modifiedAt: NOW, syncedAt: NOW },
  ...fields,
});

export const contact = (guid: string, customerGuid: string, fields: Partial<Contact> = {}): Contact => ({
  ...{ id: `s1:${guid}`, storeId: 's1', guid, customerGuid, firstName: guid, lastName: 'Tester' },
  ...{ email: `${guid}@buyer.example`, isDefault: false, forOrdering: true, syncState: 'synced' },
  ...{ modifiedAt: NOW, syncedAt: NOW },
  ...fields,
});

/** What Unleashed sends for one customer: the record and its contacts. */
export const record = (c: Customer, contacts: Contact[] = []): CustomerRecord => ({
  customer: c,
  contacts: async () => contacts.map((x) => ({ ...x })),
});

export function customerWorld(store: Partial<Store> = {}) {
  const world = passWorld({ autoAddCustomers: true, ...store });
  const customers = new Map<string, Customer>();
  const contacts = new Map<string, Contact>();
  const history: Order[] = [];
  const revoked: string[] = [];
  const room = { customers: null as number | null };
  const { ctx } = world;
  Object.assign(ctx, {
    customers: {
      getCustomer: async (_s: string, guid: string) => customers.get(guid),
      getCustomers: async (_s: string, guids: string[]) =>
        new Map(guids.flatMap((g) => (customers.has(g) ? [[g, customers.get(g) as Customer] as const] : []))),
      listContacts: async () => [...contacts.values()],
      saveCustomers: async (items: Customer[]) =>
        world.write(() => {
          for (const item of items) customers.set(item.guid, item);
        }),
      saveContacts: async (items: Contact[]) =>
        world.write(() => {
          for (const item of items) contacts.set(item.guid, item);
        }),
      removeCustomer: async (_s: string, guid: string) => {
        customers.delete(guid);
        for (const c of [...contacts.values()]) if (c.customerGuid === guid) contacts.delete(c.guid);
      },
      countInStore: async () => [...customers.values()].filter((c) => c.inStore).length,
    },
    sessions: { revokeContact: async (_s: string, guid: string) => void revoked.push(guid) },
    limits: {
      customersAllowed: async () => room.customers,
      customersLift: async () => ' Premium allows more.',
    },
  });
  Object.assign(ctx.orders, {
    deleteByCustomer: async (_s: string, guid: string) => {
      const gone = history.filter((o) => o.customerGuid === guid);
      history.splice(0, history.length, ...history.filter((o) => o.customerGuid !== guid));
      return gone;
    },
  });
  return { ...world, customers, contacts, history, revoked, room };
}
