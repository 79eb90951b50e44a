// The customers page (R11) and store membership (R7). Reads go through the directory, which other domains
// (invitations) use too; the contacts' statuses come from the invitations domain through ContactAccess.

import type { components } from '../../../openapi/generated/gateway.d.ts';
import type { AccountService } from '../account/account.service.ts';
import type { AuditLog } from '../audit/audit-log.ts';
import type { Clock } from '../clock.ts';
import { type PageRequest, pageOf } from '../http/paging.ts';
import { AppError } from '../http/problems.ts';
import type { CustomersRepo } from './customers.repo.ts';
import type { Contact, Customer } from './customers.types.ts';

type StoreContact = components['schemas']['StoreContact'];
type ContactStatus = components['schemas']['ContactStatus'];
export type StoreCustomer = components['schemas']['StoreCustomer'];
export type CustomerContacts = components['schemas']['CustomerContacts'];

/** Read-only access to the customers and contacts the sync brought in. */
export interface CustomerDirectory {
  customer(storeId: string, guid: string): Promise<Customer | undefined>;
  customers(storeId: string): Promise<Customer[]>;
  contact(storeId: string, guid: string): Promise<Contact | undefined>;
  /** A store's contacts, or one customer's, whatever their syncState. */
  contacts(storeId: string, customerGuid?: string): Promise<Contact[]>;
  /** The store's contacts with this (lower-cased) email, whatever their syncState. */
  contactsByEmail(storeId: string, email: string): Promise<Contact[]>;
}

/** What the customers page needs from the invitations domain. */
export interface ContactAccess {
  /** The contacts as the admin sees them, with their status (R15). */
  describe(storeId: string, contacts: Contact[], customers: Customer[]): Promise<StoreContact[]>;
  /** A customer left the store: its pending invitations are cancelled and its buyers signed out. */
  closeCustomer(storeId: string, customerGuid: string): Promise<void>;
}

export interface CustomersQuery {
  search?: string;
  customerType?: string;
  contactStatus?: ContactStatus | 'none';
  inStore?: boolean;
}

export interface CustomersService {
  listCustomers(
    storeId: string,
    query: CustomersQuery,
    page: PageRequest,
  ): Promise<{ items: StoreCustomer[]; page: number; pageSize: number; total: number }>;
  /** One customer's contacts (the slide-out), optionally of one status. */
  customerContacts(storeId: string, customerGuid: string, status?: ContactStatus): Promise<CustomerContacts>;
  /** The distinct customer types of the store's customers (any case counts once), by name: the page's filter. */
  customerTypes(storeId: string): Promise<string[]>;
  /** Adds a customer to the store within the plan limit (R7), or removes it (its buyers lose access). */
  setMembership(storeId: string, customerGuid: string, inStore: boolean): Promise<StoreCustomer>;
}

export function createCustomerDirectory(repo: CustomersRepo): CustomerDirectory {
  return {
    customer: (storeId, guid) => repo.getCustomer(storeId, guid),
    customers: (storeId) => repo.listCustomers(storeId),
    contact: (storeId, guid) => repo.getContact(storeId, guid),
    contacts: (storeId, customerGuid) => repo.listContacts(storeId, customerGuid),
    contactsByEmail: (storeId, email) => repo.listContactsByEmail(storeId, email),
  };
}

const STATUSES = ['active', 'pending', 'inactive'] as const;
const LABELS = { active: 'Active', pending: 'Pending', inactive: 'Inactive' } as const;

function present(customer: Customer, contacts: StoreContact[]): StoreCustomer {
  const grouped = { active: [], pending: [], inactive: [] } as StoreCustomer['contacts'];
  for (const contact of contacts) grouped[contact.status].push(contact);
  const counts = {
    active: grouped.active.length,
    pending: grouped.pending.length,
    inactive: grouped.inactive.length,
  };
  const summary = STATUSES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${LABELS[s]}`);
  return {
    guid: customer.guid,
    code: customer.code,
    name: customer.name,
    customerType: customer.customerType,
    currency: customer.currency,
    sellPriceTier: customer.sellPriceTier,
    discountRate: customer.discountRate,
    inStore: customer.inStore,
    addedAt: customer.addedAt,
    contactCounts: counts,
    contactsSummary: summary.length > 0 ? summary.join(', ') : 'No contacts added',
    contacts: grouped,
  };
}

/** Contacts removed in Unleashed stay stored for history but are no longer the customer's. */
const shown = (contact: Contact) => contact.syncState !== 'removed';

export function createCustomersService(deps: {
  repo: CustomersRepo;
  directory: CustomerDirectory;
  account: AccountService;
  access: ContactAccess;
  clock: Clock;
  audit: AuditLog;
  transaction: <T>(work: () => Promise<T>) => Promise<T>;
}): CustomersService {
  const { repo, directory, access } = deps;
  const customerOf = async (storeId: string, guid: string) => {
    const customer = await directory.customer(storeId, guid);
    if (!customer)
      throw new AppError('not-found', `There is no customer ${guid} in this store's Unleashed data.`);
    return customer;
  };
  /** The shown contacts of these customers, described by the invitations domain, by customer guid. */
  const describedContacts = async (storeId: string, customers: Customer[]) => {
    const contacts = await repo.listContactsOf(
      storeId,
      customers.map((c) => c.guid),
    );
    const byCustomer = new Map<string, StoreContact[]>();
    for (const c of await access.describe(storeId, contacts.filter(shown), customers))
      byCustomer.set(c.customerGuid, [...(byCustomer.get(c.customerGuid) ?? []), c]);
    return byCustomer;
  };
  const withContacts = async (storeId: string, customer: Customer) =>
    present(
      customer,
      await access.describe(storeId, (await directory.contacts(storeId, customer.guid)).filter(shown), [
        customer,
      ]),
    );

  return {
    async listCustomers(storeId, query, page) {
      const { search, customerType, inStore, contactStatus } = query;
      const filters = { search, customerType, inStore };
      if (contactStatus === undefined || contactStatus === 'none') {
        const contacts = contactStatus === 'none' ? 'none' : undefined;
        const found = await repo.findCustomers(storeId, { ...filters, contacts }, page);
        const byCustomer = await describedContacts(storeId, found.items);
        const items = found.items.map((customer) => present(customer, byCustomer.get(customer.guid) ?? []));
        return { items, page: page.page, pageSize: page.pageSize, total: found.total };
      }
      // A contact's status comes from the invitations domain (R15): that filter is applied here, over the
      // customers with contacts that match every other filter.
      const candidates = (await repo.findCustomers(storeId, { ...filters, contacts: 'some' })).items;
      const byCustomer = await describedContacts(storeId, candidates);
      const found = candidates.filter((customer) =>
        (byCustomer.get(customer.guid) ?? []).some((c) => c.status === contactStatus),
      );
      return pageOf(found, page, (customer) => present(customer, byCustomer.get(customer.guid) ?? []));
    },
    async customerContacts(storeId, customerGuid, status) {
      const full = await withContacts(storeId, await customerOf(storeId, customerGuid));
      return {
        customer: { guid: full.guid, code: full.code, name: full.name },
        contactCounts: full.contactCounts,
        items: status ? full.contacts[status] : STATUSES.flatMap((s) => full.contacts[s]),
      };
    },
    async customerTypes(storeId) {
      return (await repo.customerTypes(storeId)).sort((a, b) => a.localeCompare(b));
    },
    async setMembership(storeId, customerGuid, inStore) {
      const customer = await customerOf(storeId, customerGuid);
      if (customer.inStore !== inStore) {
        if (inStore) await deps.account.assertRoom('customers', await repo.countInStore(storeId), 1);
        const now = deps.clock.now().toISOString();
        await deps.transaction(async () => {
          await repo.saveCustomers([{ ...customer, inStore, addedAt: inStore ? now : null }]);
          if (!inStore) await access.closeCustomer(storeId, customerGuid);
          await deps.audit.record({
            ...{ storeId, kind: inStore ? 'customer-joined' : 'customer-left', recordType: 'customer' },
            ...{ recordId: customerGuid, before: { inStore: !inStore }, after: { inStore } },
            summary: `${customer.code} ${customer.name} ${inStore ? 'added to' : 'removed from'} the store`,
          });
        });
      }
      return withContacts(storeId, await customerOf(storeId, customerGuid));
    },
  };
}
