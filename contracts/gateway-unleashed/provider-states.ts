// The state handlers of the gateway→Unleashed verification: each makes one business fact true on the mock's
// account through its API (account-facts.ts) and hands back the ids the pact asks for (fromProviderState).
// pact-js only logs a handler that throws, so every failure is also kept in `failures` for the test to assert.
import type { VerifierOptions } from '@pact-foundation/pact';
import {
  ensureActiveCustomer,
  ensureOrderingContact,
  ensureProduct,
  ensureSalesOrder,
  factFails,
  findIn,
} from './account-facts.ts';
import { STATES } from './contract.ts';
import type { MockApi } from './mock-api.ts';

type StateHandlers = NonNullable<VerifierOptions['stateHandlers']>;
type Params = Record<string, unknown>;
type Handler = (params: Params) => Promise<Record<string, string> | undefined>;

const text = (params: Params, name: string) => String(params[name]);
const number = (params: Params, name: string) => Number(params[name]);

function handlers(api: MockApi): Record<string, Handler> {
  const q = encodeURIComponent;
  return {
    [STATES.productExists]: async (p) => {
      const product = await ensureProduct(api, text(p, 'productCode'));
      return { productGuid: product.Guid };
    },
    [STATES.productGroupExists]: async (p) => {
      const name = text(p, 'groupName');
      await findIn(api, '/ProductGroups', `product group ${name}`, (g) => g.GroupName === name);
      return undefined;
    },
    [STATES.sellPriceTierNamed]: async (p) => {
      const [tier, name] = [number(p, 'tierNumber'), text(p, 'name')];
      await findIn(
        api,
        '/SellPriceTiers',
        `tier ${tier} named ${name}`,
        (t) => t.TierNumber === tier && t.Name === name,
      );
      return undefined;
    },
    [STATES.customerPrice]: async (p) => {
      const [customerCode, productCode, price] = [
        text(p, 'customerCode'),
        text(p, 'productCode'),
        number(p, 'price'),
      ];
      await findIn(
        api,
        `/ProductPrices?productCode=${q(productCode)}&customerCode=${q(customerCode)}`,
        `${customerCode} pays ${price} for ${productCode}`,
        (row) => row.CustomerPrice === price && row.MinimumQuantity <= 1,
      );
      return undefined;
    },
    [STATES.quantityBreak]: async (p) => {
      const [productCode, price, minimum] = [
        text(p, 'productCode'),
        number(p, 'price'),
        number(p, 'minimumQuantity'),
      ];
      await findIn(
        api,
        `/ProductPrices?productCode=${q(productCode)}`,
        `everyone pays ${price} for ${productCode} from ${minimum}`,
        (row) => row.Customer === null && row.CustomerPrice === price && row.MinimumQuantity === minimum,
      );
      return undefined;
    },
    [STATES.stockOnHand]: async (p) => {
      const productCode = text(p, 'productCode');
      const product = await ensureProduct(api, productCode);
      await api.control('POST', '/__control/stock', {
        productCode,
        warehouseCode: text(p, 'warehouseCode'),
        setQtyOnHand: number(p, 'quantity'),
      });
      return { productGuid: product.Guid };
    },
    [STATES.activeContact]: async (p) => {
      const customer = await ensureActiveCustomer(api, text(p, 'customerCode'));
      const contact = await ensureOrderingContact(api, customer.Guid, text(p, 'email'));
      return { customerGuid: customer.Guid, contactGuid: contact.Guid };
    },
    [STATES.defaultWarehouse]: async (p) => {
      const code = text(p, 'warehouseCode');
      await findIn(
        api,
        '/Warehouses',
        `${code} is the default warehouse`,
        (w) => w.WarehouseCode === code && w.IsDefault,
      );
      return undefined;
    },
    [STATES.salesTax]: async (p) => {
      const [code, rate] = [text(p, 'taxCode'), number(p, 'rate')];
      await findIn(
        api,
        '/Taxes',
        `tax ${code} at ${rate} on sales`,
        (t) => t.TaxCode === code && t.TaxRate === rate,
      );
      return undefined;
    },
    [STATES.customerHasOrder]: async (p) => {
      const [customerCode, orderStatus] = [text(p, 'customerCode'), text(p, 'orderStatus')];
      await ensureActiveCustomer(api, customerCode);
      const orders = await api.call(
        'GET',
        `/SalesOrders?customerCode=${q(customerCode)}&orderStatus=${q(orderStatus)}`,
      );
      if (orders.Items.length === 0) {
        const product = await findIn(api, '/Products?pageSize=1', 'a sellable product', (x) => x.IsSellable);
        await ensureSalesOrder(api, crypto.randomUUID(), orderStatus, {
          customerCode,
          productCode: product.ProductCode,
        });
      }
      return undefined;
    },
    [STATES.orderCanBeCreated]: async (p) => {
      const customer = await ensureActiveCustomer(api, text(p, 'customerCode'));
      const product = await ensureProduct(api, text(p, 'productCode'));
      return { customerGuid: customer.Guid, productGuid: product.Guid };
    },
    [STATES.orderExists]: async (p) => {
      const customer = await findIn(api, '/Customers?pageSize=1', 'an active customer', (c) => !c.Obsolete);
      const product = await findIn(api, '/Products?pageSize=1', 'a sellable product', (x) => x.IsSellable);
      const parties = { customerCode: customer.CustomerCode, productCode: product.ProductCode };
      const order = await ensureSalesOrder(api, text(p, 'guid'), text(p, 'orderStatus'), parties);
      return { orderGuid: order.Guid };
    },
    [STATES.orderMissing]: async (p) => {
      const guid = text(p, 'guid');
      if (await api.find(`/SalesOrders/${guid}`)) factFails(`sales order ${guid} does not exist`);
      return undefined;
    },
    [STATES.rateLimited]: async (p) => {
      await api.control('POST', '/__control/faults', {
        kind: 'rateLimit',
        retryAfterSeconds: number(p, 'retryAfterSeconds'),
      });
      return undefined;
    },
    [STATES.accountExists]: async (p) => {
      // The verification's app holds exactly one account; a signed call proves its id is the one named.
      if (text(p, 'apiId') !== api.apiId) factFails(`account ${text(p, 'apiId')} exists`);
      await api.call('GET', '/Warehouses');
      return undefined;
    },
    [STATES.webhookSubscribed]: async (p) => {
      const made = await api.call('POST', '/Webhooks/Subscriptions', {
        notificationUrl: text(p, 'notificationUrl'),
        eventTypes: ['salesorder.completed'],
        description: text(p, 'description'),
      });
      return { subscriptionId: made.subscriptionId };
    },
    [STATES.webhookRoom]: async (p) => {
      for (let i = 0; i < number(p, 'count'); i++) {
        await api.call('POST', '/Webhooks/Subscriptions', {
          notificationUrl: `https://other-system-${i}.example/hooks`,
          eventTypes: ['product.updated'],
        });
      }
      return undefined;
    },
  };
}

/** Pact state handlers over `api`; a handler that throws is recorded in `failures` and rethrown. */
export function stateHandlers(api: MockApi, failures: string[]): StateHandlers {
  const wrapped: StateHandlers = {};
  for (const [state, handle] of Object.entries(handlers(api))) {
    // Setup only: every interaction starts from a fresh account (the verification's beforeEach).
    wrapped[state] = async (params?: unknown) => {
      try {
        return await handle((params ?? {}) as Params);
      } catch (error) {
        failures.push(`${state} ${JSON.stringify(params)}: ${(error as Error).message}`);
        throw error;
      }
    };
  }
  return wrapped;
}
