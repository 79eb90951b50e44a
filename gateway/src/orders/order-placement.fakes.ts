// In-memory stand-ins for everything an order placement touches (catalogue, statuses, rules, repo, email, import
// queue, approvals, audit), with a transaction that keeps a step's writes only when the whole work succeeds.
import { expect } from 'vitest';
import type { Product, ProductStatus } from '../catalogue/catalogue.types.ts';
import { TestClock } from '../clock.ts';
import type { Contact, Customer } from '../customers/customers.types.ts';
import type { AppError } from '../http/problems.ts';
import type { QuantityRule } from '../order-rules/quantity-rules.ts';
import type { Store } from '../stores/stores.types.ts';
import { createOrderPlacement, type OrderPlacementDeps, type PlacementRequest } from './order-placement.ts';
import type { Order } from './orders.types.ts';

export const TODAY = '2026-12-07';

export const store = (fields: Partial<Store> = {}): Store =>
  ({
    id: 's1',
    name: 'Trade Store',
    adminEmail: 'orders@supplier.example',
    importStatus: 'complete',
    warehouseCodes: ['MAIN'],
    orderWarehouseCode: 'MAIN',
    taxCode: 'G.S.T.',
    defaultTaxRate: 0.15,
    syncIntervalMinutes: 15,
    autoAddCustomers: false,
    createdAt: '2026-01-01T00:00:00.000Z',
    ...fields,
  }) as Store;

export const customer = (fields: Partial<Customer> = {}): Customer => ({
  ...{ id: 's1:c1', storeId: 's1', guid: 'c1', code: 'ACME', name: 'Acme Ltd', customerType: null },
  ...{ currency: 'NZD', taxable: true, taxCode: null, taxRate: null, discountRate: 0, sellPriceTier: null },
  ...{ addresses: [], obsolete: false, inStore: true, addedAt: null },
  ...{ modifiedAt: '2026-01-01T00:00:00Z', syncedAt: '2026-01-01T00:00:00Z' },
  ...fields,
});

export const product = (guid: string, code: string, fields: Partial<Product> = {}): Product => ({
  ...{ id: `s1:${guid}`, storeId: 's1', guid, code, description: `${code} description` },
  ...{ categoryGuid: null, categoryName: null, defaultSellPrice: 10, tierPrices: [], minimumSellPrice: null },
  ...{ minimumSaleQuantity: null, packSize: null, taxable: true, taxCode: null, taxRate: null, images: [] },
  ...{ sellableInUnleashed: true, obsolete: false, status: 'sellable' as ProductStatus },
  ...{ modifiedAt: '2026-01-01T00:00:00Z', syncedAt: '2026-01-01T00:00:00Z' },
  ...fields,
});

export interface Sent {
  template: string;
  to: string;
  data: Record<string, unknown>;
}

/** A placement's world: what it reads (set before placing) and what it wrote (committed only). */
export function placementWorld() {
  const products = new Map<string, Product>();
  const stock = new Map<string, number>();
  const rules = new Map<string, QuantityRule>();
  const committed = {
    orders: [] as Order[],
    emails: [] as Sent[],
    imports: [] as Order[],
    audits: [] as { kind: string; recordType: string; recordId: string; summary: string; after: unknown }[],
    asked: [] as { order: Order; approvers: readonly Contact[] }[],
  };
  let pending: (() => unknown)[] | undefined;
  const write = (step: () => unknown): void => {
    if (pending) pending.push(step);
    else step();
  };
  const settings = {
    minimumOrderValue: null as number | null,
    purchaseOrderRefRequired: false,
    approvers: [] as Contact[],
    /** A step that fails inside the transaction (after the order is saved). */
    failing: undefined as 'import' | 'email' | undefined,
  };
  const deps: OrderPlacementDeps = {
    catalogue: {
      listPriceTiers: async () => [],
      getProducts: async (_s: string, guids: readonly string[]) =>
        guids.flatMap((g) => (products.has(g) ? [products.get(g) as Product] : [])),
      listPriceRules: async () => [],
      stockOf: async (_s: string, guid: string) => ({
        onHand: 0,
        allocated: 0,
        available: stock.get(guid) ?? 100,
      }),
    } as unknown as OrderPlacementDeps['catalogue'],
    statuses: {
      forCustomer: async () => (p: Product) => p.status,
    } as unknown as OrderPlacementDeps['statuses'],
    orders: {
      save: async (order: Order) => write(() => committed.orders.push(order)),
    } as OrderPlacementDeps['orders'],
    email: {
      send: async (_storeId: string, template: string, to: string, data: Record<string, unknown>) => {
        if (settings.failing === 'email') throw new Error('outbox down');
        write(() => committed.emails.push({ template, to, data }));
      },
    } as unknown as OrderPlacementDeps['email'],
    clock: new TestClock(new Date(`${TODAY}T09:30:00.000Z`)),
    publicBaseUrl: 'https://shop.example',
    transaction: async (work) => {
      pending = [];
      try {
        const result = await work();
        for (const step of pending) step();
        return result;
      } finally {
        pending = undefined;
      }
    },
    queueImport: async (order) => {
      if (settings.failing === 'import') throw new Error('job table down');
      write(() => committed.imports.push(order));
    },
    customerSettings: { get: async () => ({ purchaseOrderRefRequired: settings.purchaseOrderRefRequired }) },
    orderRules: {
      ruleBook: async () => ({
        quantityRuleOf: (p) => rules.get(p.guid) ?? { minimum: null, maximum: null, multiple: null },
        minimumOrderValue: settings.minimumOrderValue,
      }),
    },
    approvals: {
      approversFor: async () => settings.approvers,
      askApprovers: async (_store, order, approvers) =>
        write(() => committed.asked.push({ order, approvers })),
    },
    audit: {
      record: async ({ kind, recordType, recordId, summary, after }) =>
        write(() => committed.audits.push({ kind, recordType, recordId, summary, after })),
    } as OrderPlacementDeps['audit'],
  };
  return { deps, products, stock, rules, settings, committed };
}

const ADDRESS = { street: '1 Depot Road', city: 'Auckland' };

/** The world with two products (WIDGET at 10, GADGET at 2.5 with its own zero tax) and a request builder. */
export function placementScenario() {
  const world = placementWorld();
  world.products.set('p1', product('p1', 'WIDGET', { defaultSellPrice: 10 }));
  world.products.set('p2', product('p2', 'GADGET', { defaultSellPrice: 2.5, taxCode: 'EXEMPT', taxRate: 0 }));
  const placement = createOrderPlacement(world.deps);
  const request = (fields: Partial<PlacementRequest> = {}): PlacementRequest => ({
    store: store(),
    customer: customer(),
    placedBy: { email: 'ann@acme.example', firstName: 'Ann' },
    lines: [
      { productGuid: 'p1', quantity: 3 },
      { productGuid: 'p2', quantity: 4 },
    ],
    deliveryAddress: ADDRESS,
    ...fields,
  });
  /** Places and expects a refusal that left nothing behind; returns the problem. */
  const refusal = async (fields: Partial<PlacementRequest> = {}) => {
    const error = (await placement.place(request(fields)).catch((e: unknown) => e)) as AppError;
    expect(world.committed).toEqual({ orders: [], emails: [], imports: [], audits: [], asked: [] });
    return { problem: error.problem, detail: error.detail, extra: error.extra };
  };
  return {
    ...world,
    place: (fields?: Partial<PlacementRequest>) => placement.place(request(fields)),
    refusal,
  };
}
