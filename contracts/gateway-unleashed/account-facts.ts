// Making business facts true on the mock's account through its own API, as a user of Unleashed would: find the
// record, and create or change it through Unleashed's endpoint when it is missing. Facts Unleashed has no
// endpoint for (groups, tiers, warehouses, taxes, prices) can only be checked: they come from the seed.
import { randomUUID } from 'node:crypto';
import type { Json, MockApi } from './mock-api.ts';

const q = encodeURIComponent;

/** Fails the state with a sentence saying which fact does not hold. */
export function factFails(fact: string): never {
  throw new Error(`The account does not satisfy: ${fact}`);
}

/** The product with this code, created (and made sellable again if obsolete) when needed. */
export async function ensureProduct(api: MockApi, productCode: string): Promise<Json> {
  const found = (await api.call('GET', `/Products?productCode=${q(productCode)}&includeObsolete=true`))
    .Items[0];
  if (!found) {
    return api.call('POST', `/Products/${randomUUID()}`, {
      ProductCode: productCode,
      ProductDescription: `Product ${productCode}`,
      DefaultSellPrice: 10,
    });
  }
  if (found.Obsolete || !found.IsSellable)
    return api.call('POST', `/Products/${found.Guid}`, { Obsolete: false, IsSellable: true });
  return found;
}

/** The customer with this code, created (or brought back from obsolete) when needed. */
export async function ensureActiveCustomer(api: MockApi, customerCode: string): Promise<Json> {
  const found = (
    await api.call('GET', `/Customers?customerCode=${q(customerCode)}&includeObsolete=true`)
  ).Items.find((customer: Json) => customer.CustomerCode === customerCode);
  if (!found) {
    return api.call('POST', `/Customers/${randomUUID()}`, {
      CustomerCode: customerCode,
      CustomerName: `Customer ${customerCode}`,
    });
  }
  return found.Obsolete ? api.call('POST', `/Customers/${found.Guid}`, { Obsolete: false }) : found;
}

/** A contact of the customer with this email who may place orders. */
export async function ensureOrderingContact(
  api: MockApi,
  customerGuid: string,
  email: string,
): Promise<Json> {
  const contacts = (await api.call('GET', `/Customers/${customerGuid}/Contacts`)).Items as Json[];
  const found = contacts.find((contact) => contact.EmailAddress?.toLowerCase() === email.toLowerCase());
  if (!found) {
    const firstName = email.split('@')[0] ?? email;
    return api.call('POST', `/Customers/${customerGuid}/Contacts`, {
      FirstName: firstName,
      EmailAddress: email,
      ForOrdering: true,
    });
  }
  return found.ForOrdering
    ? found
    : api.call('PUT', `/Customers/${customerGuid}/Contacts/${found.Guid}`, { ForOrdering: true });
}

/** The first record of a list that satisfies `test`, or a failed fact. */
export async function findIn(
  api: MockApi,
  pathAndQuery: string,
  fact: string,
  test: (item: Json) => boolean,
) {
  const found = (await api.call('GET', pathAndQuery)).Items.find(test);
  return found ?? factFails(fact);
}

/**
 * A sales order at `guid` in `orderStatus`, for the customer and product given (by code): posted as Placed
 * or Parked or Backordered, then completed or deleted through Unleashed's endpoints when asked for.
 */
export async function ensureSalesOrder(
  api: MockApi,
  guid: string,
  orderStatus: string,
  parties: { customerCode: string; productCode: string },
): Promise<Json> {
  const existing = await api.find(`/SalesOrders/${guid}`);
  if (existing?.OrderStatus === orderStatus) return existing;
  if (existing) factFails(`sales order ${guid} is ${orderStatus} (it is ${existing.OrderStatus})`);
  const tax = await findIn(api, '/Taxes', 'a tax for sales', (t) => t.CanApplyToRevenue && !t.Obsolete);
  const written = ['Parked', 'Placed', 'Backordered'].includes(orderStatus) ? orderStatus : 'Placed';
  const order = await api.call('POST', `/SalesOrders/${guid}`, {
    OrderStatus: written,
    Customer: { CustomerCode: parties.customerCode },
    Tax: { TaxCode: tax.TaxCode },
    SalesOrderLines: [{ Product: { ProductCode: parties.productCode }, OrderQuantity: 2, UnitPrice: 16.5 }],
  });
  if (orderStatus === 'Completed') return api.call('POST', `/SalesOrders/${guid}/Complete`);
  if (orderStatus === 'Deleted') return api.call('DELETE', `/SalesOrders/${guid}`);
  return order;
}
