// The well-known records of the `default` seed (also present in `large`), which tests and demos rely on.
// Only codes, names, emails and amounts are fixed here; their Guids come from the seeded generator.
import { REFERENCE_TIME } from './time.ts';

/** The anchor records: the same under every seedNumber, always first in their lists. */
export const DEFAULT_SEED_FACTS = {
  /** 2026-10-01T00:00:00Z: every seeded date lies before it. */
  referenceTime: REFERENCE_TIME,
  warehouses: { default: 'MAIN', other: 'NORTH' },
  tax: { code: 'G.S.T.', rate: 0.15 },
  baseCurrency: 'NZD',
  tiers: [
    'Trade',
    'Wholesale',
    'Distributor',
    'Hospitality',
    'VIP',
    'Tier 6',
    'Tier 7',
    'Tier 8',
    'Tier 9',
    'Tier 10',
  ],
  customers: {
    wholesale: { code: 'DEMO001', name: 'Demo Wholesale Ltd', sellPriceTier: 'Trade', discountRate: 0 },
    cafe: { code: 'DEMO002', name: 'Second Street Cafe', sellPriceTier: 'Hospitality', discountRate: 0.05 },
    third: { code: 'DEMO003', name: 'Third Avenue Traders', sellPriceTier: '', discountRate: 0 },
    obsolete: { code: 'DEMOOBS', name: 'Old Harbour Supplies', sellPriceTier: '', discountRate: 0 },
  },
  /** DEMO002 has no contacts. */
  contacts: {
    dana: {
      customerCode: 'DEMO001',
      firstName: 'Dana',
      lastName: 'Demo',
      email: 'dana@demo-wholesale.example',
      isDefault: true,
      forOrdering: true,
    },
    oliver: {
      customerCode: 'DEMO001',
      firstName: 'Oliver',
      lastName: 'Order',
      email: 'oliver@demo-wholesale.example',
      isDefault: false,
      forOrdering: true,
    },
    nina: {
      customerCode: 'DEMO001',
      firstName: 'Nina',
      lastName: 'NoOrder',
      email: 'nina@demo-wholesale.example',
      isDefault: false,
      forOrdering: false,
    },
    /** The same person and email on DEMO001 (4th contact) and DEMO003. */
    shared: {
      customerCodes: ['DEMO001', 'DEMO003'],
      firstName: 'Sam',
      lastName: 'Shared',
      email: 'shared@demo-wholesale.example',
      isDefault: false,
      forOrdering: true,
    },
    tess: {
      customerCode: 'DEMO003',
      firstName: 'Tess',
      lastName: 'Third',
      email: 'tess@third-avenue.example',
      isDefault: true,
      forOrdering: true,
    },
    owen: {
      customerCode: 'DEMOOBS',
      firstName: 'Owen',
      lastName: 'Oldham',
      email: 'owen@old-harbour.example',
      isDefault: true,
      forOrdering: true,
    },
  },
  products: {
    /** All 10 tiers set (in tier order), 500 on hand in MAIN, two images. */
    plenty: {
      code: 'DEMO-PLENTY',
      description: 'Demo Plenty Widget',
      defaultSellPrice: 20,
      tierValues: [18, 17.5, 17, 18, 16.5, 19.5, 19, 18.5, 16, 19.75],
      qtyOnHand: 500,
      warehouse: 'MAIN',
      images: 2,
    },
    /** 5 available in MAIN, one image. */
    low: {
      code: 'DEMO-LOW',
      description: 'Demo Low Stock Gadget',
      defaultSellPrice: 8.5,
      available: 5,
      images: 1,
    },
    /** 0 on hand everywhere, no image (ImageUrl null). */
    out: {
      code: 'DEMO-OUT',
      description: 'Demo Out Of Stock Gizmo',
      defaultSellPrice: 12,
      qtyOnHand: 0,
      images: 0,
    },
    /** Obsolete, 12 on hand in MAIN, one image. */
    obsolete: {
      code: 'DEMO-OBSOLETE',
      description: 'Demo Discontinued Doohickey',
      defaultSellPrice: 5,
      qtyOnHand: 12,
      images: 1,
    },
  },
  prices: {
    /** DEMO001 pays 16.50 for DEMO-PLENTY at any quantity (open-ended). */
    customerFixed: {
      customerCode: 'DEMO001',
      productCode: 'DEMO-PLENTY',
      priceType: 'Fixed',
      customerPrice: 16.5,
    },
    /** Everyone pays 17.00 for DEMO-PLENTY from 10 units (open-ended). */
    quantityBreak: { productCode: 'DEMO-PLENTY', minimumQuantity: 10, customerPrice: 17 },
  },
  /** DEMO001 has one sales order in each of these statuses (with a Freight charge on the Completed one). */
  wholesaleOrderStatuses: ['Completed', 'Placed', 'Parked'],
  /** Anchor products never appear in the generated sales orders, so their stock figures are exact. */
  anchorProductsInOrders: false,
} as const;
