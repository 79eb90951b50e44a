// Customers with their contacts (R9 in contacts.ts). Obsolete customers are asked for too: one the store
// knows is removed with its store order history, and its contacts lose their logins (R6); each removed order
// that never reached Unleashed is reported by name, since it is lost unless someone places it again. A
// customer new to the store is added to it when the store adds customers automatically and the plan has room
// (R7); otherwise it is kept out (inStore false), and when the plan was the reason, reported. Customers
// already in the store are never dropped because of the plan, and a customer left out is not added later by
// the sync: the admin adds it.
import type { Customer } from '../../customers/customers.types.ts';
import type { Order } from '../../orders/orders.types.ts';
import { type CustomerRecord, listCustomersChangedSince } from '../../unleashed/operations.ts';
import { ContactBook } from './contacts.ts';
import {
  type AlsoInTransaction,
  type ApplyContext,
  type Pass,
  passOverChanges,
  skip,
  tally,
} from './pass.ts';

/** Decides, once per pass, whether new customers go into the store. */
export async function admissions(ctx: ApplyContext) {
  let room = ctx.store.autoAddCustomers ? await ctx.limits.customersAllowed(ctx.store.id) : 0;
  let inStore = await ctx.customers.countInStore(ctx.store.id);
  const lift =
    room !== null && ctx.store.autoAddCustomers ? await ctx.limits.customersLift(ctx.store.id) : '';
  return (customer: Customer): Pick<Customer, 'inStore' | 'addedAt'> => {
    if (!ctx.store.autoAddCustomers) return { inStore: false, addedAt: null };
    if (room !== null && room <= 0) {
      skip(ctx.result, {
        key: customer.code,
        reason: 'plan-limit',
        detail: `Not added to the store: the store plan's customer limit is reached (${inStore} customers in the store). Add it once the plan has room.${lift}`,
      });
      return { inStore: false, addedAt: null };
    }
    if (room !== null) room--;
    inStore++;
    return { inStore: true, addedAt: ctx.now() };
  };
}

async function removeCustomer(ctx: ApplyContext, book: ContactBook, customer: Customer): Promise<void> {
  for (const contact of book.contactsOf(customer.guid)) {
    if (contact.syncState === 'synced') await ctx.sessions.revokeContact(ctx.store.id, contact.guid);
  }
  for (const order of await ctx.orders.deleteByCustomer(ctx.store.id, customer.guid)) {
    if (order.importState === 'imported') continue;
    skip(ctx.result, {
      key: customer.code,
      reason: 'order-not-imported',
      detail: notImportedDetail(order, customer),
    });
  }
  await ctx.customers.removeCustomer(ctx.store.id, customer.guid);
  book.forget(customer.guid);
  ctx.result.removed++;
}

/** The sentence naming an order removed with its customer before it reached Unleashed (R6). */
function notImportedDetail(order: Order, customer: Customer): string {
  const what = [
    `Order ${order.id.slice(0, 8).toUpperCase()}`,
    order.purchaseOrderRef ? ` (PO ${order.purchaseOrderRef})` : '',
    ` placed ${order.createdAt.slice(0, 10)} by ${order.placedByEmail}, total ${order.total.toFixed(2)},`,
  ].join('');
  const state =
    order.importState === 'failed'
      ? `Unleashed refused it: ${order.importError ?? 'no reason given'}`
      : 'it was still waiting to be imported';
  const removedWith = `${customer.code} ${customer.name}, obsolete in Unleashed`;
  return `${what} never reached Unleashed (${state}) and was removed with ${removedWith}. Place it again for the customer if it is still wanted.`;
}

type Admit = Awaited<ReturnType<typeof admissions>>;

/** Stores these customers and their contacts as Unleashed has them (R6, R7, R9); `also` commits with them. */
export async function applyCustomers(
  ctx: ApplyContext,
  incoming: readonly CustomerRecord[],
  admit: Admit,
  book: ContactBook,
  also?: AlsoInTransaction,
): Promise<void> {
  const storeId = ctx.store.id;
  const writes: Customer[] = [];
  const stored = await ctx.customers.getCustomers(
    storeId,
    incoming.map(({ customer }) => customer.guid),
  );
  for (const { customer, contacts } of incoming) {
    const before = stored.get(customer.guid);
    if (customer.obsolete) {
      if (before) await removeCustomer(ctx, book, before);
      continue;
    }
    Object.assign(customer, before ? { inStore: before.inStore, addedAt: before.addedAt } : admit(customer));
    if (tally(ctx.result, before, customer)) writes.push(customer);
    await book.reconcile(customer, await contacts());
  }
  // An admin may have added or removed a customer meanwhile: the store's own fields are taken as stored now.
  const now = await ctx.customers.getCustomers(
    storeId,
    writes.map((customer) => customer.guid),
  );
  for (const customer of writes) {
    const current = now.get(customer.guid);
    if (current) Object.assign(customer, { inStore: current.inStore, addedAt: current.addedAt });
  }
  await ctx.transaction(async () => {
    await ctx.customers.saveCustomers(writes);
    await book.flush();
    await also?.();
  });
}

/**
 * A customer Unleashed no longer has (deleted there; a webhook said so): removed as an obsolete one is, with its
 * store order history and its contacts' logins (R6). The sync never sees a deletion, only obsolete records.
 */
export async function applyCustomerGone(ctx: ApplyContext, guid: string): Promise<string | undefined> {
  const before = (await ctx.customers.getCustomers(ctx.store.id, [guid])).get(guid);
  if (!before) return undefined;
  const book = await ContactBook.load(ctx);
  await removeCustomer(ctx, book, before);
  await ctx.transaction(() => book.flush());
  return before.code;
}

/** The customers pass (resource `customers`). */
export const syncCustomers: Pass = async (ctx) => {
  const admit = await admissions(ctx);
  const book = await ContactBook.load(ctx);
  await passOverChanges(ctx, listCustomersChangedSince, (items, also) =>
    applyCustomers(ctx, items, admit, book, also),
  );
};
