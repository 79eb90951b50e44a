// /__control: the QA surface (not part of Unleashed). Reset to a named seed, the call log, faults, the clock,
// stock adjustments and usage limits. Changes Unleashed has an endpoint for go through that endpoint instead.
import { Router } from 'express';
import type { MockContext } from '../context.ts';
import { toWireDate } from '../dates.ts';
import { fieldError, notFound, validationError } from '../errors.ts';
import { stockRow } from '../resources/stock-on-hand.ts';
import type {
  ClockRequest,
  LimitsRequest,
  MockData,
  ResetRequest,
  SeedName,
  StockAdjustment,
} from '../types.ts';
import type { CallLog } from './calls.ts';
import type { FaultInjector } from './faults.ts';
import type { UsageLimits } from './limits.ts';

export interface ControlDeps {
  calls: CallLog;
  faults: FaultInjector;
  limits: UsageLimits;
  /** Builds the data of a named seed. */
  seed: (name: SeedName, options: { seedNumber: number; products?: number; customers?: number }) => MockData;
  defaultSeedNumber: number;
  /** Forgets webhook deliveries and faults (subscriptions go with the data). */
  resetWebhooks: () => void;
}

/** The clock's range: a date outside it cannot be written as an ISO date (and 1e308 ms is not a date at all). */
const EARLIEST_MS = Date.parse('0001-01-01T00:00:00Z');
const LATEST_MS = Date.parse('9999-12-31T23:59:59.999Z');
/** The most stock a control adjustment may leave on hand (the spec's bound on setQtyOnHand). */
const MAX_QTY_ON_HAND = 1_000_000_000;

/** A date-time that exists (2030-02-30 does not, though Date.parse rolls it over into March). */
function isRealDateTime(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!match || Number.isNaN(Date.parse(text))) return false;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return day.getUTCDate() === Number(match[3]) && day.getUTCMonth() === Number(match[2]) - 1;
}

export function controlRouter(context: MockContext, deps: ControlDeps): Router {
  const { store, clock } = context;
  const router = Router();

  const state = () => ({
    seed: store.data.seed,
    seedNumber: store.data.seedNumber,
    clock: clock.state(),
    counts: {
      products: store.data.products.length,
      customers: store.data.customers.length,
      contacts: Object.values(store.data.contacts).reduce((sum, list) => sum + list.length, 0),
      productPrices: store.data.productPrices.length,
      stockRecords: store.data.stock.length,
      salesOrders: store.data.salesOrders.length,
      warehouses: store.data.warehouses.length,
    },
    faults: deps.faults.list(),
    limits: deps.limits.get(),
  });

  router.get('/__control/state', (_req, res) => {
    res.json(state());
  });

  router.post('/__control/reset', async (req, res) => {
    const body = (req.body ?? {}) as ResetRequest;
    const data = deps.seed(body.seed ?? 'default', {
      seedNumber: body.seedNumber ?? deps.defaultSeedNumber,
      products: body.products,
      customers: body.customers,
    });
    deps.faults.clear();
    deps.limits.reset();
    deps.calls.clear();
    deps.resetWebhooks();
    clock.release();
    await store.replace(data);
    res.json(state());
  });

  router.get('/__control/calls', (req, res) => {
    const q = req.query;
    res.json({
      Items: deps.calls.list({
        path: q.path === undefined ? undefined : String(q.path),
        method: q.method === undefined ? undefined : String(q.method),
        since: q.since === undefined ? undefined : Number(q.since),
        limit: q.limit === undefined ? undefined : Number(q.limit),
      }),
    });
  });
  router.delete('/__control/calls', (_req, res) => {
    deps.calls.clear();
    res.status(204).end();
  });

  router.get('/__control/faults', (_req, res) => {
    res.json({ Items: deps.faults.list() });
  });
  router.post('/__control/faults', (req, res) => {
    res.status(201).json(deps.faults.add(req.body));
  });
  router.delete('/__control/faults', (_req, res) => {
    deps.faults.clear();
    res.status(204).end();
  });
  router.delete('/__control/faults/:faultId', (req, res) => {
    if (!deps.faults.remove(req.params.faultId)) throw notFound('Fault');
    res.status(204).end();
  });

  router.get('/__control/clock', (_req, res) => {
    res.json(clock.state());
  });
  router.post('/__control/clock', (req, res) => {
    const body = req.body as ClockRequest;
    const given = Object.keys(body).filter((key) => body[key as keyof ClockRequest] !== undefined);
    if (given.length !== 1) {
      throw validationError([
        fieldError('Request', 'Send exactly one of freezeAt, setTo, advanceMs, release.', 'Invalid'),
      ]);
    }
    const when = body.freezeAt ?? body.setTo;
    if (when !== undefined && !isRealDateTime(when)) {
      throw validationError([
        fieldError(body.freezeAt ? 'freezeAt' : 'setTo', `${when} is not a real date and time.`, 'Invalid'),
      ]);
    }
    const field = (given[0] ?? 'release') as keyof ClockRequest;
    const target = when !== undefined ? Date.parse(when) : clock.now() + (body.advanceMs ?? 0);
    if (field !== 'release' && !(target >= EARLIEST_MS && target <= LATEST_MS)) {
      throw validationError([
        fieldError(field, 'The clock must stay within the years 1 to 9999.', 'Invalid'),
      ]);
    }
    if (body.freezeAt !== undefined) clock.freeze(Date.parse(body.freezeAt));
    else if (body.setTo !== undefined) clock.set(Date.parse(body.setTo));
    else if (body.advanceMs !== undefined) clock.advance(body.advanceMs);
    else clock.release();
    store.touch();
    res.json(clock.state());
  });

  router.post('/__control/stock', async (req, res) => {
    const body = req.body as StockAdjustment;
    const problems = [];
    if ((body.productCode === undefined) === (body.productGuid === undefined)) {
      problems.push(fieldError('productCode', 'Send productCode or productGuid.', 'Required'));
    }
    if ((body.setQtyOnHand === undefined) === (body.adjustBy === undefined)) {
      problems.push(fieldError('setQtyOnHand', 'Send setQtyOnHand or adjustBy.', 'Required'));
    }
    if (problems.length > 0) throw validationError(problems);
    const product = store.data.products.find((p) =>
      body.productGuid ? p.Guid === body.productGuid.toLowerCase() : p.ProductCode === body.productCode,
    );
    if (!product) throw notFound('Product');
    const warehouse = store.data.warehouses.find((w) =>
      body.warehouseCode ? w.WarehouseCode === body.warehouseCode : w.IsDefault,
    );
    if (!warehouse) throw notFound('Warehouse');
    let record = store.data.stock.find(
      (r) => r.ProductGuid === product.Guid && r.WarehouseGuid === warehouse.Guid,
    );
    const newQty = body.setQtyOnHand ?? (record?.QtyOnHand ?? 0) + (body.adjustBy ?? 0);
    if (newQty < 0)
      throw validationError([fieldError('adjustBy', 'Quantity on hand cannot go below 0.', 'Invalid')]);
    if (newQty > MAX_QTY_ON_HAND)
      throw validationError([
        fieldError('adjustBy', `Quantity on hand cannot go above ${MAX_QTY_ON_HAND}.`, 'Invalid'),
      ]);
    if (!record) {
      record = {
        ProductGuid: product.Guid,
        WarehouseGuid: warehouse.Guid,
        QtyOnHand: 0,
        AllocatedQty: 0,
        AvgCost: product.DefaultPurchasePrice ?? 0,
        LastModifiedOn: '',
      };
      store.data.stock.push(record);
    }
    record.QtyOnHand = newQty;
    record.LastModifiedOn = toWireDate(clock.now());
    await store.commit();
    context.events.emit('product.updated', product.Guid);
    res.json(stockRow(product, [record], warehouse));
  });

  router.delete('/__control/product-prices/:priceGuid', async (req, res) => {
    const guid = String(req.params.priceGuid).toLowerCase();
    const at = store.data.productPrices.findIndex((row) => row.Guid === guid);
    if (at < 0) throw notFound('ProductPrice');
    store.data.productPrices.splice(at, 1);
    await store.commit();
    res.status(204).end();
  });

  router.get('/__control/limits', (_req, res) => {
    res.json(deps.limits.get());
  });
  router.put('/__control/limits', (req, res) => {
    res.json(deps.limits.set(req.body as LimitsRequest));
  });

  return router;
}
