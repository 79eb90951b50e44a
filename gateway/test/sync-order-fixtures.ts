// The world the order sync tests share: the mock's default seed synced into a store, and queued store orders
// for DEMO001 built from synced products (as the ordering issue will save them).
import { type RunningMock, startMock } from '../../mock-unleashed/test/harness.ts';
import type { Order, OrderLine } from '../src/orders/orders.types.ts';
import { buildOrder, buildStore, type SyncSetup, setUpSync } from './sync-fixtures.ts';

export interface OrderWorld {
  mock: RunningMock;
  setup: SyncSetup;
  customer: { guid: string; code: string };
  products: Map<string, { guid: string; code: string }>;
  /** A line of `quantity` × product `code` at `unitPrice`, G.S.T. 15 %, to the cent. */
  line(
    code: string,
    lineNumber: number,
    quantity: number,
    unitPrice: number,
    discountRate?: number,
  ): OrderLine;
  /** Saves a queued order (two lines unless given) and returns it. */
  queue(overrides?: Partial<Order>): Promise<Order>;
  stored(order: Order): Promise<Order>;
  salesOrderCount(): Promise<number>;
  sync(): ReturnType<SyncSetup['engine']['runSync']>;
}

export async function startOrderWorld(): Promise<OrderWorld> {
  const mock = await startMock();
  const setup = await setUpSync(buildStore(mock.url));
  await setup.engine.runSync(setup.store.id, 'manual');
  const all = await setup.repos.customers.listCustomers(setup.store.id);
  const customer = all.find((c) => c.code === 'DEMO001') as { guid: string; code: string };
  const products = new Map<string, { guid: string; code: string }>();
  for (const product of await setup.repos.catalogue.listProducts(setup.store.id))
    products.set(product.code, product);

  const line: OrderWorld['line'] = (code, lineNumber, quantity, unitPrice, discountRate = 0) => {
    const product = products.get(code);
    if (!product) throw new Error(`no ${code}`);
    const lineTotal = Math.round(quantity * unitPrice * (1 - discountRate) * 100) / 100;
    const lineTax = Math.round(lineTotal * 15) / 100;
    return {
      lineNumber,
      productGuid: product.guid,
      productCode: code,
      description: code,
      quantity,
      unitPrice,
      discountRate,
      lineTotal,
      lineTax,
    };
  };
  return {
    mock,
    setup,
    customer,
    products,
    line,
    async queue(overrides = {}) {
      const lines = overrides.lines ?? [line('DEMO-PLENTY', 1, 3, 16.5), line('DEMO-LOW', 2, 2, 8.5, 0.1)];
      const subTotal = lines.reduce((sum, l) => sum + l.lineTotal, 0);
      const taxTotal = lines.reduce((sum, l) => sum + l.lineTax, 0);
      const order = buildOrder(setup.store, customer, {
        lines,
        subTotal,
        taxTotal,
        total: subTotal + taxTotal,
        ...overrides,
      });
      await setup.repos.orders.save(order);
      return order;
    },
    stored: async (order) => (await setup.repos.orders.get(setup.store.id, order.id)) as Order,
    salesOrderCount: async () =>
      (await mock.control('GET', '/__control/state')).body.counts.salesOrders as number,
    sync: () => setup.engine.runSync(setup.store.id, 'order-placed'),
  };
}
