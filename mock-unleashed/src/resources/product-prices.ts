// /ProductPrices: customer-specific prices and quantity breaks (filters of S-PP).
import type { Request, Router } from 'express';
import type { MockContext } from '../context.ts';
import { parseUtcDate } from '../dates.ts';
import { queryFlag, queryText } from '../query.ts';
import type { ProductPrice } from '../types.ts';
import { applyFilters, modifiedSinceFilter, orderRecords, textFilter } from './filters.ts';
import { pagedRoutes } from './paged-routes.ts';
import { isPriceValidOn } from './prices.ts';

export function productPricesRouter(context: MockContext): Router {
  const { store } = context;
  const select = (req: Request): readonly ProductPrice[] => {
    const q = req.query;
    const asAt = queryText(q.asAtDate);
    const filtered = applyFilters(store.data.productPrices, [
      modifiedSinceFilter(q.modifiedSince),
      textFilter(q.customerCode, (p) => p.Customer?.CustomerCode, 'exact'),
      textFilter(q.productCode, (p) => p.Product.ProductCode, 'exact'),
      queryFlag(q.productGroupPrices) ? undefined : (p) => !p.ProductGroup,
      asAt === undefined ? undefined : (p) => isPriceValidOn(p, parseUtcDate(asAt) ?? 0),
    ]);
    return orderRecords(
      filtered,
      q.orderBy,
      (p) => `${p.Product.ProductCode ?? ''}|${p.Customer?.CustomerCode ?? ''}|${p.MinimumQuantity}`,
    );
  };
  return pagedRoutes<ProductPrice>(context, {
    path: '/ProductPrices',
    what: 'Product price',
    select,
    findOne: (guid) => store.byGuid('productPrices').get(guid),
  });
}
