// Demo mode: the store bootstrap connects is synced at once and part of the seed made Sellable through the
// catalogue service, within the plan limit (R7), once - a restart or a second call never overrides the admin.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrap } from '../src/bootstrap.ts';
import type { Product } from '../src/catalogue/catalogue.types.ts';
import { DEMO_BUYER } from '../src/config.ts';
import { createDemoBuyer } from '../src/demo-buyer.ts';
import { pickDemoProducts, seedDemoCatalogue } from '../src/demo-catalogue.ts';
import { createLogger } from '../src/http/logging.ts';
import { type RunningGateway, startGateway } from './harness.ts';

let gw: RunningGateway;
let admin: string;
const logger = createLogger('silent');
const config = () => ({
  adminName: 'Demo Admin',
  accountName: 'Demo Supplier',
  plan: 'base' as const,
  storeName: 'Demo Store',
  adminEmail: 'admin@demo-supplier.example',
  unleashedApiId: gw.unleashed.apiId,
  unleashedApiKey: gw.unleashed.apiKey,
  unleashedBaseUrl: gw.unleashed.baseUrl,
});

beforeAll(async () => {
  gw = await startGateway({ plan: 'base' });
  admin = await gw.loginAdmin();
}, 60_000);
afterAll(() => gw.close());

const sellable = async (storeId: string) =>
  (
    await gw.request('GET', `/admin/stores/${storeId}/products?status=sellable&pageSize=200`, {
      token: admin,
    })
  ).body as { items: { code: string; guid: string; category: string }[]; total: number };

describe('the demo store (npm start)', () => {
  let storeId: string;

  it('when bootstrap connects the demo store, then after its first sync the anchors and a few whole groups are Sellable, within the Base plan', async () => {
    await bootstrap(gw.gateway.services, config(), 1, logger, { demo: true });
    const stores = (await gw.request('GET', '/admin/stores', { token: admin })).body.items;
    expect(stores).toHaveLength(1);
    storeId = stores[0].id;
    const page = await sellable(storeId);
    const codes = page.items.map((p) => p.code);
    expect(codes).toEqual(expect.arrayContaining(['DEMO-PLENTY', 'DEMO-LOW', 'DEMO-OUT']));
    expect(codes).not.toContain('DEMO-OBSOLETE');
    expect(page.total).toBeGreaterThan(20);
    expect(page.total).toBeLessThanOrEqual(200);
    expect(new Set(page.items.filter((p) => !p.code.startsWith('DEMO-')).map((p) => p.category)).size).toBe(
      3,
    );
  });

  it('when the admin hides a product and the gateway restarts (bootstrap again) or the seeding runs again, then nothing is overridden', async () => {
    const low = (await sellable(storeId)).items.find((p) => p.code === 'DEMO-LOW') as { guid: string };
    await gw.request('PUT', `/admin/stores/${storeId}/products/${low.guid}/status`, {
      token: admin,
      body: { status: 'hidden' },
    });
    const before = (await sellable(storeId)).total;
    await bootstrap(gw.gateway.services, config(), 1, logger, { demo: true });
    expect(await seedDemoCatalogue(gw.gateway.services, storeId, logger)).toBe(0);
    const after = await sellable(storeId);
    expect(after.total).toBe(before);
    expect(after.items.map((p) => p.code)).not.toContain('DEMO-LOW');
    expect((await gw.request('GET', '/admin/stores', { token: admin })).body.items).toHaveLength(1);
  });
});

describe('the ready-made demo buyer (npm start runs the Premium plan, so the whole seed fits)', () => {
  let premium: RunningGateway;
  beforeAll(async () => {
    premium = await startGateway({ plan: 'premium' });
  }, 60_000);
  afterAll(() => premium.close());

  it('when the demo store is created, then the ready-made buyer signs in and sees its own price; a wrong password still fails', async () => {
    const cfg = { ...config(), unleashedBaseUrl: premium.unleashed.baseUrl, plan: 'premium' as const };
    await bootstrap(premium.gateway.services, cfg, 1, logger, { demo: true });
    const storeId = (await premium.gateway.services.stores.list())[0]?.id as string;
    const signIn = (password: string) =>
      premium.request('POST', '/store/login', { body: { storeId, email: DEMO_BUYER.email, password } });
    const signedIn = await signIn(DEMO_BUYER.password);
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.buyer.customer.code).toBe('DEMO001');
    const page = await premium.request('GET', '/store/products?search=DEMO-PLENTY', {
      token: signedIn.body.token,
    });
    expect(page.body.items[0]).toMatchObject({ code: 'DEMO-PLENTY', price: 16.5, orderable: true });
    expect((await signIn('not-the-password')).status).toBe(401);
    expect(await createDemoBuyer(premium.gateway.services, storeId, logger)).toBe(false);
  });
});

describe('the demo selection', () => {
  const product = (code: string, group: string | null, extra: Partial<Product> = {}) =>
    ({
      guid: code,
      code,
      categoryName: group,
      obsolete: false,
      sellableInUnleashed: true,
      ...extra,
    }) as Product;
  const products = [
    product('DEMO-A', 'Hardware'),
    product('DEMO-X', null, { obsolete: true }),
    product('B1', 'Bakery'),
    product('B2', 'Bakery'),
    product('C1', 'Cleaning'),
    product('Z1', 'Zinc'),
    product('Z2', 'Zinc', { sellableInUnleashed: false }),
  ];

  it('when there is room, then the anchors and the first three groups by name (Bakery, Cleaning, Hardware) are picked, never obsolete or unsellable ones', () => {
    expect(pickDemoProducts(products, null).map((p) => p.code)).toEqual(['DEMO-A', 'B1', 'B2', 'C1']);
  });

  it('when the plan limit is small, then whole groups that do not fit are left out and the total never passes it', () => {
    expect(pickDemoProducts(products, 3).map((p) => p.code)).toEqual(['DEMO-A', 'B1', 'B2']);
    expect(pickDemoProducts(products, 2).map((p) => p.code)).toEqual(['DEMO-A']);
  });
});
