// The gateway's answers as the storefront reads them: only the fields a page shows or branches on, with loose
// matchers (any value of the type), so the gateway stays free to add and reorder.
import { MatchersV3 } from '@pact-foundation/pact';
import { isoDateTime, isoDateTimeOrNull, oneOf, orNull } from './matchers.ts';

const { like, eachLike, integer, boolean } = MatchersV3;

const nullableNumber = (example: number | null) => orNull('-?\\d+(?:\\.\\d+)?', example);
const nullableText = (example: string | null) => orNull('[\\s\\S]*', example);

/** The store's branding (issue 16 item 9); a fresh store has none. */
export const branding = {
  brandColour: orNull('#[0-9a-f]{6}', null),
  bannerText: nullableText(null),
  logoUrl: orNull('/store/logos/[^?]+\\?v=[0-9a-f]+', null),
};

export const admin = { id: like('admin-1'), email: like('admin@supplier.example'), name: like('Ada Admin') };

export const store = {
  id: like('store-1'),
  name: like('Trade Store'),
  adminEmail: like('orders@supplier.example'),
  importStatus: oneOf(['Parked', 'Placed', 'Backordered'], 'Parked'),
  warehouseCodes: eachLike('MAIN'),
  orderWarehouseCode: like('MAIN'),
  taxCode: like('G.S.T.'),
  defaultTaxRate: like(0.15),
  syncIntervalMinutes: integer(15),
  autoAddCustomers: boolean(true),
  unleashed: { apiId: like('6c0d9a57-3f1e-4b8a-9d2c-5e7f80a1b2c3'), connectedAt: isoDateTime() },
};

export const resourceResult = {
  resource: like('products'),
  status: oneOf(['pending', 'running', 'succeeded', 'failed', 'skipped'], 'succeeded'),
  added: integer(4),
  changed: integer(0),
  removed: integer(0),
  skipped: MatchersV3.atLeastLike(
    { key: like('DEMO-X'), reason: like('plan-limit'), detail: like('Why.') },
    0,
  ),
  calls: integer(1),
};

export const syncRun = {
  id: like('run-1'),
  trigger: oneOf(['schedule', 'manual', 'startup', 'order-placed'], 'manual'),
  status: oneOf(['running', 'succeeded', 'failed', 'interrupted'], 'succeeded'),
  startedAt: isoDateTime(),
  finishedAt: isoDateTimeOrNull('2026-11-01T09:00:02.000Z'),
  resources: eachLike(resourceResult),
};

export const account = {
  name: like('Test Supplier'),
  plan: oneOf(['base', 'premium', 'premium-plus'], 'premium-plus'),
  limits: { stores: integer(10), products: nullableNumber(null), customers: nullableNumber(null) },
  usage: {
    stores: integer(1),
    perStore: eachLike({ storeId: like('store-1'), products: integer(0), customers: integer(150) }),
  },
};

export const contactCounts = { active: integer(1), pending: integer(0), inactive: integer(2) };

export const contact = (status: string, statusReason: string) => ({
  guid: like('5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e'),
  customerGuid: like('7a1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d'),
  firstName: nullableText('Dana'),
  lastName: nullableText('Buyer'),
  email: nullableText('dana@buyer.example'),
  isDefault: boolean(true),
  status,
  statusReason,
});

export const invitationSent = {
  contact: contact('pending', 'invited'),
  message: { id: like('message-1'), status: oneOf(['queued', 'sending', 'sent', 'failed'], 'queued') },
};

export const storeProduct = {
  guid: like('3f2b8c1e-9d4a-4e7b-8a6c-1b2c3d4e5f60'),
  code: like('DEMO-PLENTY'),
  description: like('Plenty of stock'),
  status: oneOf(['hidden', 'visible', 'sellable'], 'sellable'),
  obsolete: boolean(false),
  stock: { onHand: like(500), available: like(500) },
};

export const statusResult = (status: string) => ({
  status,
  changed: integer(1),
  unchanged: integer(0),
  listed: integer(1),
  limit: nullableNumber(null),
});

export const buyer = {
  store: { id: like('store-1'), name: like('Trade Store'), standingOrdersEnabled: boolean(true), branding },
  customer: { guid: like('7a1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d'), code: like('DEMO001'), name: like('Demo') },
  contact: {
    guid: like('5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e'),
    firstName: nullableText('Dana'),
    lastName: nullableText('Buyer'),
    email: like('dana@demo-wholesale.example'),
  },
};

export const buyerSession = { token: like('buyer-session-token'), expiresAt: isoDateTime(), buyer };

export const buyerProduct = {
  guid: like('3f2b8c1e-9d4a-4e7b-8a6c-1b2c3d4e5f60'),
  code: like('DEMO-PLENTY'),
  description: like('Plenty of stock'),
  category: nullableText('Hardware'),
  imageUrls: MatchersV3.atLeastLike('https://images.example/demo-plenty.png', 0),
  price: nullableNumber(16.5),
  stock: { band: oneOf(['plenty', 'low', 'out'], 'plenty'), available: nullableNumber(500) },
  orderable: boolean(true),
};

export const cartLine = {
  productGuid: like('3f2b8c1e-9d4a-4e7b-8a6c-1b2c3d4e5f60'),
  code: like('DEMO-PLENTY'),
  description: like('Plenty of stock'),
  quantity: integer(2),
  unitPrice: nullableNumber(16.5),
  lineTotal: nullableNumber(33),
  taxRate: like(0.15),
  orderable: boolean(true),
  problem: nullableText(null),
};

export const cart = (lines: unknown) => ({
  lines,
  subTotal: like(33),
  taxRate: like(0.15),
  taxTotal: like(4.95),
  total: like(37.95),
  canPlace: boolean(true),
  currency: like('NZD'),
});

export const orderStatus = oneOf(
  ['awaiting-approval', 'processing', 'pending-approval', 'confirmed', 'coming-soon', 'complete', 'rejected'],
  'processing',
);

export const buyerOrder = {
  id: like('order-1'),
  reference: like('E7BF257B'),
  storeReference: like('E7BF257B'),
  requiredDate: nullableText(null),
  status: orderStatus,
  statusLabel: like('Processing'),
  placedByEmail: like('dana@demo-wholesale.example'),
  unleashedOrderNumber: nullableText(null),
  purchaseOrderRef: nullableText(null),
  lines: eachLike({
    code: like('DEMO-PLENTY'),
    description: like('Plenty of stock'),
    quantity: like(2),
    unitPrice: like(16.5),
    lineTotal: like(33),
  }),
  subTotal: like(33),
  taxTotal: like(4.95),
  total: like(37.95),
  createdAt: isoDateTime(),
};

export const page = (items: unknown) => ({
  items,
  page: integer(1),
  pageSize: integer(50),
  total: integer(1),
});
