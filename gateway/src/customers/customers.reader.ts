// What other domains may ask of the customers domain besides the CustomerDirectory: the customer and contacts
// an order, a standing order or a price is for, and the writes the sync makes when it brings Unleashed's
// customers and contacts in. Nothing outside customers/ takes the repository itself.
import type { CustomersRepo } from './customers.repo.ts';

/** One customer and its contacts, as orders and standing orders read them. */
export type CustomerReader = Pick<CustomersRepo, 'getCustomer' | 'listContacts'>;

/** What a sync pass reads and writes to mirror Unleashed's customers and contacts (B1, R6). */
export type CustomerSyncTarget = Pick<
  CustomersRepo,
  | 'getCustomer'
  | 'getCustomers'
  | 'listContacts'
  | 'saveCustomers'
  | 'saveContacts'
  | 'removeCustomer'
  | 'countInStore'
>;
