// The pass for each resource, run in SYNC_ORDER. Passes do not depend on each other's success: every record is
// stored by GUID whether or not what it refers to has arrived, so a failing resource never blocks the others.
import type { SyncResource } from '../sync.types.ts';
import { syncCustomers } from './customers.ts';
import { syncProductGroups, syncSellPriceTiers } from './lookups.ts';
import { pushOrders } from './order-push.ts';
import { pullOrderStatuses } from './order-status.ts';
import type { Pass } from './pass.ts';
import { syncProductPrices } from './product-prices.ts';
import { syncProducts } from './products.ts';
import { syncStock } from './stock.ts';

export const PASSES: Record<SyncResource, Pass> = {
  productGroups: syncProductGroups,
  sellPriceTiers: syncSellPriceTiers,
  products: syncProducts,
  productPrices: syncProductPrices,
  stock: syncStock,
  customers: syncCustomers,
  orderPush: pushOrders,
  orderStatus: pullOrderStatuses,
};
