// Generated products: spread over the 12 groups, with readable codes (BEV-0001), tier prices, images,
// a few obsolete or unsellable ones, and dates across 2025-2026.
import { round2 } from '../money.ts';
import type { Product, ProductGroup, SellPriceTierDefinition } from '../types.ts';
import { GROUPS, UNITS } from './catalogue.ts';
import { ACCOUNT_USERS } from './pools.ts';
import { barcode, productRecord, type UnitOfMeasure } from './product-record.ts';
import type { Rng } from './random.ts';
import { DAY, HISTORY_START, HOUR, REFERENCE_TIME, timeBetween, wire } from './time.ts';

/** How often each tier (1..10) has a price on a product, and how far below DefaultSellPrice it is. */
const TIER_CHANCE = [0.7, 0.55, 0.4, 0.35, 0.25, 0.15, 0.12, 0.1, 0.1, 0.08];
const TIER_DISCOUNT = [0.1, 0.15, 0.2, 0.12, 0.22, 0.05, 0.08, 0.18, 0.25, 0.03];

export interface Catalogue {
  groups: ProductGroup[];
  units: Record<string, UnitOfMeasure>;
}

/** The product groups (in GROUPS order) and units of measure of the account. */
export function buildCatalogue(rng: Rng): Catalogue {
  const groups = GROUPS.map((group, i) => ({
    Guid: rng.uuid(),
    GroupName: group.name,
    LastModifiedOn: wire(HISTORY_START + (10 + i) * DAY),
  }));
  const units = Object.fromEntries(UNITS.map((name) => [name, { Guid: rng.uuid(), Name: name }]));
  return { groups, units };
}

/**
 * `count` products with unique codes (`<prefix>-<4+ digits>`) and unique barcodes (numbered from `firstBarcode`),
 * about 4% obsolete, 5% not sellable, 10% without images and 25% with a second image.
 */
export function buildProducts(
  rng: Rng,
  count: number,
  catalogue: Catalogue,
  tiers: readonly SellPriceTierDefinition[],
  firstBarcode: number,
): Product[] {
  const counters = GROUPS.map(() => 0);
  const products: Product[] = [];
  for (let i = 0; i < count; i++) {
    const g = rng.int(0, GROUPS.length - 1);
    const def = GROUPS[g]!;
    counters[g] = counters[g]! + 1;
    const [noun, ...sizes] = rng.pick(def.items).split('|') as [string, ...string[]];
    const sizeIndex = rng.int(0, sizes.length - 1);
    const scale = ((sizeIndex + rng.next()) / sizes.length) ** 2;
    const sellPrice = nicePrice(def.price[0] + scale * (def.price[1] - def.price[0]));
    const purchasePrice = round2(sellPrice * (0.45 + rng.next() * 0.25));
    const values = TIER_DISCOUNT.map((discount, t) =>
      rng.chance(TIER_CHANCE[t]!) ? round2(sellPrice * (1 - discount - rng.int(0, 3) / 100)) : null,
    );
    const lowest = Math.min(sellPrice, ...values.filter((value) => value !== null));
    const createdOn = timeBetween(() => rng.next(), HISTORY_START, REFERENCE_TIME - 30 * DAY);
    const obsolete = rng.chance(0.04);
    const imageRoll = rng.next();
    products.push(
      productRecord(
        {
          guid: rng.uuid(),
          code: `${def.prefix}-${String(counters[g]).padStart(4, '0')}`,
          description: `${rng.pick(def.qualifiers)} ${noun} ${sizes[sizeIndex]}`,
          group: catalogue.groups[g] ?? null,
          unit: catalogue.units[def.unit]!,
          sellPrice,
          purchasePrice,
          tierValues: values,
          minimumSellPrice: rng.chance(0.15) ? round2(lowest * 0.85) : null,
          barcode: rng.chance(0.9) ? barcode(firstBarcode + i) : null,
          packSize: rng.chance(0.3) ? rng.pick([6, 12, 24]) : null,
          weight: rng.chance(0.8) ? round2(0.05 + rng.next() * 20) : null,
          obsolete,
          sellable: obsolete || rng.chance(0.95),
          salesTaxCode: rng.chance(0.03) ? 'NONE' : null,
          images: imageRoll < 0.1 ? 0 : imageRoll < 0.325 ? 2 : 1,
          createdBy: rng.pick(ACCOUNT_USERS),
          createdOn,
          modifiedOn: timeBetween(() => rng.next(), createdOn, REFERENCE_TIME - HOUR),
        },
        tiers,
      ),
    );
    // MinimumSaleQuantity without another draw (the seed's sequence stays as it was): every third carton product
    // sells at least two cartons, every twentieth loose product at least 10 units.
    const made = products[products.length - 1]!;
    if (made.PackSize && i % 3 === 0) made.MinimumSaleQuantity = made.PackSize * 2;
    else if (!made.PackSize && i % 20 === 7) made.MinimumSaleQuantity = 10;
  }
  return products;
}

/** A shelf price ending in .49 or .99. */
function nicePrice(raw: number): number {
  return Math.max(0.99, round2(Math.round(raw * 2) / 2 - 0.01));
}
