// Ordering on behalf of a customer (R23): while acting, an order must name the contact it is placed for, one
// of the customer's ordering contacts with an email that is not deactivated. That contact's email is the order's
// placedByEmail (R20) and gets the buyer's confirmation; the admin's email goes into the admin's confirmation.
import type { CartService } from '../cart/cart.service.ts';
import type { CustomerDirectory, CustomersService } from '../customers/customers.service.ts';
import { AppError } from '../http/problems.ts';
import type { Buyer, StoreContact } from '../invitations/invitations.types.ts';
import type { OrderPlacement } from '../orders/order-placement.ts';
import { type CheckoutInput, placeCart } from '../orders/ordering.service.ts';
import type { Order } from '../orders/orders.types.ts';
import type { Store } from '../stores/stores.types.ts';
import type { ActingRecord } from './acting.repo.ts';
import type { ActingContact } from './acting.types.ts';

export interface ActingOrdersDeps {
  customers: CustomersService;
  directory: CustomerDirectory;
  cart: Pick<CartService, 'takeLines'>;
  placement: OrderPlacement;
  /** Runs the placement and the emptying of the acting cart in one transaction. */
  transaction: <T>(work: () => Promise<T>) => Promise<T>;
}

const offerable = (c: StoreContact): c is StoreContact & { email: string } =>
  c.syncState === 'synced' && !!c.email && c.statusReason !== 'deactivated';

export function createActingOrders(deps: ActingOrdersDeps) {
  const contactsOf = async (record: ActingRecord) =>
    (await deps.customers.customerContacts(record.storeId, record.customerGuid)).items;

  /** The contact an order may be placed for, or the problem that says why not. */
  async function contactFor(record: ActingRecord, contactGuid: string | undefined) {
    if (!contactGuid) {
      throw new AppError('validation-failed', 'Choose the contact this order is placed for.', {
        errors: [{ field: 'placedForContactGuid', message: 'is required while acting as the customer' }],
      });
    }
    const contact = (await contactsOf(record)).find((c) => c.guid === contactGuid);
    const name = `${record.customerCode} ${record.customerName}`;
    if (contact?.syncState !== 'synced') {
      throw new AppError('validation-failed', `That is not an ordering contact of ${name}.`, {
        errors: [
          { field: 'placedForContactGuid', message: `not an ordering contact of ${record.customerCode}` },
        ],
      });
    }
    if (!contact.email) throw new AppError('contact-has-no-email', 'That contact has no email address.');
    if (!offerable(contact))
      throw new AppError('contact-deactivated', `${contact.email} is deactivated in this store.`);
    return contact;
  }

  return {
    /** The contacts an order may be placed for (deactivated ones are not offered). */
    async contacts(record: ActingRecord): Promise<ActingContact[]> {
      return (await contactsOf(record))
        .filter(offerable)
        .map(({ guid, firstName, lastName, email, isDefault }) => ({
          guid,
          firstName,
          lastName,
          email,
          isDefault,
        }))
        .sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || a.email.localeCompare(b.email));
    },

    /** Places the acting admin's cart for the chosen contact through the one order placement; empties the cart. */
    async placeOrder(
      store: Store,
      buyer: Buyer,
      record: ActingRecord,
      input: CheckoutInput & { placedForContactGuid?: string },
    ): Promise<Order> {
      const contact = await contactFor(record, input.placedForContactGuid);
      const customer = await deps.directory.customer(store.id, record.customerGuid);
      if (!customer) throw new AppError('not-signed-in', 'The customer is no longer in this store.');
      return placeCart(deps, store, buyer, input, {
        customer,
        placedBy: { email: contact.email, firstName: contact.firstName },
        placedOnBehalfBy: record.adminEmail,
      });
    },
  };
}

export type ActingOrders = ReturnType<typeof createActingOrders>;
