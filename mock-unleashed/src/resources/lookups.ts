// The read-only lookups: Warehouses, Taxes, Currencies, CustomerTypes, DeliveryMethods, ProductGroups,
// SellPriceTiers (paged) and PaymentTerms (not paged, as documented).
import { type Request, Router } from 'express';
import type { MockContext } from '../context.ts';
import { queryFlag } from '../query.ts';
import { sendCached } from '../respond.ts';
import type { MockData } from '../types.ts';
import { applyFilters, modifiedSinceFilter, textFilter } from './filters.ts';
import { pagedRoutes } from './paged-routes.ts';

function obsoleteFilter(req: Request) {
  return queryFlag(req.query.includeObsolete) ? undefined : (item: { Obsolete?: boolean }) => !item.Obsolete;
}

export function lookupsRouter(context: MockContext): Router {
  const data = (): MockData => context.store.data;
  const router = Router();
  const mount = <T>(path: string, select: (req: Request) => readonly T[]) => {
    router.use(pagedRoutes(context, { path, what: path.slice(1), select }));
  };

  mount('/Warehouses', (req) =>
    applyFilters(data().warehouses, [
      obsoleteFilter(req),
      modifiedSinceFilter(req.query.modifiedSince),
      textFilter(req.query.warehouseCode, (w) => w.WarehouseCode, 'startsWith'),
      textFilter(req.query.warehouseName, (w) => w.WarehouseName, 'startsWith'),
    ]),
  );
  mount('/Taxes', (req) =>
    applyFilters(data().taxes, [
      req.query.canApplyToRevenue === undefined
        ? undefined
        : (t) => t.CanApplyToRevenue === queryFlag(req.query.canApplyToRevenue),
      req.query.canApplyToExpenses === undefined
        ? undefined
        : (t) => t.CanApplyToExpenses === queryFlag(req.query.canApplyToExpenses),
    ]),
  );
  mount('/Currencies', (req) =>
    applyFilters(data().currencies, [modifiedSinceFilter(req.query.modifiedSince)]),
  );
  mount('/CustomerTypes', (req) =>
    applyFilters(data().customerTypes, [obsoleteFilter(req), modifiedSinceFilter(req.query.modifiedSince)]),
  );
  mount('/DeliveryMethods', (req) =>
    applyFilters(data().deliveryMethods, [obsoleteFilter(req), modifiedSinceFilter(req.query.modifiedSince)]),
  );
  mount('/ProductGroups', (req) =>
    applyFilters(data().productGroups, [modifiedSinceFilter(req.query.modifiedSince)]),
  );
  mount('/SellPriceTiers', (req) =>
    applyFilters(data().sellPriceTiers, [modifiedSinceFilter(req.query.modifiedSince)]),
  );

  router.get('/PaymentTerms', (req, res) => {
    sendCached(context.cache, req, res, () => ({ Items: data().paymentTerms }));
  });
  return router;
}
