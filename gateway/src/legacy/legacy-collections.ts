// Which collections of the old storage go into which table: each through its domain repository. Order matters
// where a table refers to another: customers before their contacts.
import { createAccountRepo } from '../account/account.repo.ts';
import { createActingRepo } from '../acting/acting.repo.ts';
import { createAdminsRepo } from '../admins/admins.repo.ts';
import { createCartsRepo } from '../cart/cart.repo.ts';
import { createCatalogueRepo } from '../catalogue/catalogue.repo.ts';
import { createCataloguesRepo } from '../custom-catalogues/catalogues.repo.ts';
import { createCustomersRepo } from '../customers/customers.repo.ts';
import type { PortalDb } from '../db/database.ts';
import { createEmailTemplatesRepo } from '../email/email-templates.repo.ts';
import { createOutboxRepo } from '../email/outbox.repo.ts';
import { createInvitationsRepo } from '../invitations/invitations.repo.ts';
import { createNotificationsRepo } from '../notifications/notifications.repo.ts';
import { createOrdersRepo } from '../orders/orders.repo.ts';
import type { Order } from '../orders/orders.types.ts';
import { createSessionsRepo } from '../sessions/sessions.repo.ts';
import { createStandingOrdersRepo } from '../standing-orders/standing-orders.repo.ts';
import { createStoresRepo } from '../stores/stores.repo.ts';
import { createSyncRepo } from '../sync/sync.repo.ts';
import type { LegacyCollection } from './legacy-import.ts';

export function legacyCollections(db: PortalDb): LegacyCollection[] {
  const account = createAccountRepo(db);
  const admins = createAdminsRepo(db);
  const sessions = createSessionsRepo(db);
  const stores = createStoresRepo(db);
  const outbox = createOutboxRepo(db);
  const emailTemplates = createEmailTemplatesRepo(db);
  const sync = createSyncRepo(db);
  const customers = createCustomersRepo(db);
  const invitations = createInvitationsRepo(db);
  const notifications = createNotificationsRepo(db);
  const acting = createActingRepo(db);
  const orders = createOrdersRepo(db);
  const carts = createCartsRepo(db);
  const standingOrders = createStandingOrdersRepo(db);
  // An order whose customer is no longer stored had lost its history (R6) already: it is left behind.
  const customerStored = async (order: Order) =>
    (await customers.getCustomer(order.storeId, order.customerGuid)) !== undefined;
  const catalogue = createCatalogueRepo(db);
  const catalogues = createCataloguesRepo(db);
  // Records are written as the repositories type them; the row builders default fields older records lack.
  const pages = <T>(saveAll: (records: T[]) => Promise<void>) => ({
    save: (record: T) => saveAll([record]),
    saveAll,
  });
  return [
    { concern: 'account', name: 'account', save: (record) => account.save(record) },
    { concern: 'auth', name: 'admins', save: async (record) => void (await admins.insert(record)) },
    { concern: 'auth', name: 'sessions', save: (record) => sessions.save(record) },
    { concern: 'stores', name: 'stores', save: (record) => stores.save(record) },
    { concern: 'customers', name: 'customers', save: (record) => customers.saveCustomers([record]) },
    {
      concern: 'customers',
      name: 'contacts',
      // A contact whose customer the old storage no longer had belonged to no one: it is left behind.
      save: async (record) => {
        if (await customers.getCustomer(record.storeId, record.customerGuid))
          await customers.saveContacts([record]);
      },
    },
    { concern: 'invitations', name: 'invitations', save: (record) => invitations.save(record) },
    { concern: 'invitations', name: 'logins', save: (record) => invitations.saveLogin(record) },
    { concern: 'notifications', name: 'notifications', save: (record) => notifications.save(record) },
    { concern: 'acting', name: 'sessions', save: (record) => acting.save(record) },
    { concern: 'email', name: 'outbox', save: (record) => outbox.save(record) },
    {
      concern: 'email',
      name: 'invitation-templates',
      // The legacy collection held the invitation only, keyed by store (`id`).
      save: ({ id, ...content }) => emailTemplates.save({ storeId: id, template: 'invitation', ...content }),
    },
    // In insertion order, so runs started at the same instant keep the order they were made in.
    { concern: 'sync', name: 'runs', save: (record) => sync.saveRun(record) },
    // Cursors saved before fullReadAt existed lack it: saved as null.
    { concern: 'sync', name: 'cursors', save: (record) => sync.saveCursor(record) },
    // After customers: an order's row needs its customer's.
    {
      concern: 'orders',
      name: 'orders',
      save: async ({ order }: { order: Order }) => {
        if (await customerStored(order)) await orders.save(order);
      },
    },
    {
      concern: 'carts',
      name: 'carts',
      save: (record) => carts.save({ ...record, updatedAt: record.updatedAt || new Date(0).toISOString() }),
    },
    // Standing orders before their runs (a run's row needs its standing order's).
    { concern: 'standing-orders', name: 'standing-orders', save: (record) => standingOrders.save(record) },
    { concern: 'standing-orders', name: 'runs', save: (record) => standingOrders.saveRun(record) },
    { concern: 'catalogue', name: 'products', ...pages(catalogue.saveProducts) },
    { concern: 'catalogue', name: 'categories', ...pages(catalogue.saveCategories) },
    { concern: 'catalogue', name: 'priceTiers', ...pages(catalogue.savePriceTiers) },
    { concern: 'prices', name: 'priceRules', ...pages(catalogue.savePriceRules) },
    { concern: 'stock', name: 'stockLevels', ...pages(catalogue.saveStockLevels) },
    { concern: 'store-catalogues', name: 'catalogues', save: (record) => catalogues.saveCatalogue(record) },
    { concern: 'store-catalogues', name: 'categories', save: (record) => catalogues.saveCategory(record) },
  ];
}
