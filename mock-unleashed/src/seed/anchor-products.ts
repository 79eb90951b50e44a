// The anchor products of DEFAULT_SEED_FACTS with their stock and prices; Guids from the seeded generator,
// everything else fixed.
import type { Customer, Product, ProductPrice, StockRecord, Warehouse } from '../types.ts';
import { DEFAULT_SEED_FACTS as FACTS } from './facts.ts';
import type { Lookups } from './lookups.ts';
import { ACCOUNT_USERS } from './pools.ts';
import { priceRow } from './prices.ts';
import { barcode, productRecord } from './product-record.ts';
import type { Catalogue } from './products.ts';
import type { Rng } from './random.ts';
import { stockRecord } from './stock.ts';

export const ANCHOR_CREATED = Date.UTC(2025, 1, 3, 9);
export const ANCHOR_MODIFIED = Date.UTC(2026, 8, 1, 9);

type AnchorProduct = (typeof FACTS.products)[keyof typeof FACTS.products];

/** DEMO-PLENTY, DEMO-LOW, DEMO-OUT and DEMO-OBSOLETE, in that order, in the Hardware group. */
export function anchorProducts(rng: Rng, lookups: Lookups, catalogue: Catalogue): Product[] {
  const group = catalogue.groups.find((g) => g.GroupName === 'Hardware') ?? null;
  const { plenty, low, out, obsolete } = FACTS.products;
  const product = (n: number, spec: AnchorProduct, tiers: readonly (number | null)[]) =>
    productRecord(
      {
        guid: rng.uuid(),
        code: spec.code,
        description: spec.description,
        group,
        unit: catalogue.units.EA!,
        sellPrice: spec.defaultSellPrice,
        purchasePrice: spec.defaultSellPrice / 2,
        tierValues: tiers,
        minimumSellPrice: null,
        barcode: barcode(n),
        packSize: null,
        weight: 0.5,
        obsolete: spec === obsolete,
        sellable: true,
        salesTaxCode: null,
        images: spec.images,
        createdBy: ACCOUNT_USERS[0],
        createdOn: ANCHOR_CREATED,
        modifiedOn: ANCHOR_MODIFIED,
      },
      lookups.sellPriceTiers,
    );
  return [
    product(1, plenty, plenty.tierValues),
    product(2, low, [7.65]),
    product(3, out, [10.8]),
    product(4, obsolete, [4.5]),
  ];
}

/** One row each in `main`, nothing allocated: 500, 5, 0 and 12 on hand. */
export function anchorStock(rng: Rng, products: readonly Product[], main: Warehouse): StockRecord[] {
  const { plenty, low, out, obsolete } = FACTS.products;
  const onHand = [plenty.qtyOnHand, low.available, out.qtyOnHand, obsolete.qtyOnHand];
  return products.map((product, i) => stockRecord(rng, product, main, onHand[i] ?? 0, 0));
}

/** DEMO001's Fixed price on DEMO-PLENTY and the quantity break at 10 on DEMO-PLENTY, both open-ended. */
export function anchorPrices(rng: Rng, plenty: Product, wholesale: Customer): ProductPrice[] {
  const from = Date.UTC(2025, 1, 3);
  const { customerFixed, quantityBreak } = FACTS.prices;
  return [
    priceRow(rng, plenty, wholesale, {
      type: customerFixed.priceType,
      value: customerFixed.customerPrice,
      minimumQuantity: 1,
      validFrom: from,
      validTo: null,
      comments: 'Demo contract price',
    }),
    priceRow(rng, plenty, null, {
      type: 'Fixed',
      value: quantityBreak.customerPrice,
      minimumQuantity: quantityBreak.minimumQuantity,
      validFrom: from,
      validTo: null,
    }),
  ];
}
