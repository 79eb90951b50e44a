// Bench child process: order placement latency with many orders already stored. Usage (forked by
// catalogue.bench.ts): `placement-worker.ts <memory|pglite|postgres> <storedOrders> <placements> [dataDir]`. Sets up a
// portal on the default seed, stores <storedOrders> past orders (inserted 1,000 rows a statement), then places <placements> orders one
// after another through the buyer API (cart line + POST /store/orders, import started as in production) and
// reports the POST latencies over IPC.
import { performance } from 'node:perf_hooks';
import { storeOrderHistory } from './order-history.ts';
import { type StorageKind, startBenchPortal } from './portal-setup.ts';

export interface PlacementResult {
  storage: StorageKind;
  storedOrders: number;
  latenciesMs: number[];
  setupSeconds: number;
}

const [storageArg, storedArg, placementsArg, dataDir] = process.argv.slice(2);
const storage = storageArg as StorageKind;
const storedOrders = Number(storedArg);
const placements = Number(placementsArg);
const started = performance.now();
const portal = await startBenchPortal({ storage, dataDir, seed: 'default' });

interface QuantityRule {
  minimum: number | null;
  maximum: number | null;
  multiple: number | null;
}
const products = (await portal.buyer('GET', '/store/products?pageSize=50')) as {
  items: {
    guid: string;
    orderable: boolean;
    quantityRule: QuantityRule;
    stock: { available: number | null };
  }[];
};
// B9: a line past the available stock is refused, so only products with more in stock than any one line asks.
const orderable = products.items.filter((p) => p.orderable && (p.stock.available ?? 0) >= 100);
if (orderable.length === 0) throw new Error('no orderable product in the bench store');
const address = { deliveryAddress: { name: 'Bench', street: '1 Bench Road', city: 'Auckland' } };

// 1 to 3 units, or as many as the product's order rules (B4) ask for.
function validQuantity(rule: QuantityRule, index: number): number {
  const step = rule.multiple ?? 1;
  const wanted = Math.max(1 + (index % 3), rule.minimum ?? 1);
  return Math.ceil(wanted / step) * step;
}

async function place(index: number): Promise<number> {
  const product = orderable[index % orderable.length]!;
  await portal.buyer('PUT', `/store/cart/lines/${product.guid}`, {
    quantity: validQuantity(product.quantityRule, index),
  });
  const before = performance.now();
  await portal.buyer('POST', '/store/orders', address);
  return performance.now() - before;
}

// One real order is the template of the stored history.
await place(0);
await storeOrderHistory(portal, storedOrders);

const latenciesMs: number[] = [];
for (let i = 1; i <= placements; i++) latenciesMs.push(await place(i));
const result: PlacementResult = {
  storage,
  storedOrders,
  latenciesMs,
  setupSeconds: (performance.now() - started) / 1000,
};
await portal.close();
if (process.send) process.send(result, () => process.exit(0));
else console.log(result);
