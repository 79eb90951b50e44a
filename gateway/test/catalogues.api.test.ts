// Custom catalogues (R17) and store categories (R3): a buyer gets the most permissive status of Base and every
// catalogue its customer is assigned to, in the catalogue, the cart and at placement; a customer in no custom
// catalogue gets Base only; buyers never see catalogue names; R7 counts a product listed anywhere once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailOf, type Portal, startPortal } from './portal-fixtures.ts';

let portal: Portal;
let dana: string;
let sue: string;
let demo001: string;
const guidOf: Record<string, string> = {};

const acceptAs = (contactGuid: string, email: string) => portal.signUp(contactGuid, email);
beforeAll(async () => {
  portal = await startPortal({ plan: 'premium-plus' });
  const demo = (await portal.api('GET', '/customers?search=DEMO001')).body.items.find(
    (c: { code: string }) => c.code === 'DEMO001',
  );
  demo001 = demo.guid;
  const contacts = [...demo.contacts.active, ...demo.contacts.pending, ...demo.contacts.inactive];
  dana = await acceptAs(
    contacts.find((c: { email: string }) => c.email === 'dana@demo-wholesale.example').guid,
    'dana@demo-wholesale.example',
  );
  const stranger = await portal.addCustomer([{ firstName: 'Sue' }]);
  sue = await acceptAs(stranger.contacts.Sue!, emailOf('Sue', stranger.code));
  for (const code of ['DEMO-PLENTY', 'DEMO-LOW', 'DEMO-OUT', 'DEMO-OBSOLETE'])
    guidOf[code] = (await portal.api('GET', `/products?search=${code}`)).body.items[0].guid;
  // Base: DEMO-LOW Visible, everything else Hidden.
  await portal.api('PUT', `/products/${guidOf['DEMO-LOW']}/status`, { status: 'visible' });
}, 60_000);
afterAll(() => portal.close());

const shop = (method: string, path: string, token: string, body?: unknown) =>
  portal.gw.request(method, `/store${path}`, { token, body });
const seen = async (token: string, query = '') =>
  (await shop('GET', `/products?pageSize=200&${query}`, token)).body.items as {
    code: string;
    orderable: boolean;
    categories: string[];
  }[];
const codes = async (token: string, query = '') => (await seen(token, query)).map((p) => p.code).sort();
const newCatalogue = async (name: string) => {
  const made = await portal.api('POST', '/catalogues', { name });
  expect(made.status).toBe(201);
  return made.body.id as string;
};

describe('custom catalogues (R17)', () => {
  let trade: string;
  let extra: string;

  it('when a catalogue lists a product Hidden in Base as Sellable for DEMO001, then its buyer can order it and a buyer of an unassigned customer sees Base only', async () => {
    trade = await newCatalogue('Trade Specials');
    const set = await portal.api('PUT', `/catalogues/${trade}/products/${guidOf['DEMO-PLENTY']}/status`, {
      status: 'sellable',
    });
    expect(set.body).toMatchObject({ status: 'sellable', changed: 1 });
    expect((await portal.api('PUT', `/catalogues/${trade}/customers/${demo001}`)).body).toMatchObject({
      name: 'Trade Specials',
      customerGuids: [demo001],
      products: [{ code: 'DEMO-PLENTY', status: 'sellable' }],
    });
    expect(await codes(dana)).toEqual(['DEMO-LOW', 'DEMO-PLENTY']);
    expect((await seen(dana)).find((p) => p.code === 'DEMO-PLENTY')?.orderable).toBe(true);
    expect(await codes(sue)).toEqual(['DEMO-LOW']);
  });

  it('when two catalogues of the customer disagree, then the most permissive status wins (Sellable over Visible over Hidden)', async () => {
    extra = await newCatalogue('Clearance');
    await portal.api('PUT', `/catalogues/${extra}/customers/${demo001}`);
    await portal.api('POST', `/catalogues/${extra}/products/status`, {
      status: 'visible',
      productGuids: [guidOf['DEMO-PLENTY'], guidOf['DEMO-LOW']],
    });
    await portal.api('PUT', `/catalogues/${trade}/products/${guidOf['DEMO-LOW']}/status`, {
      status: 'sellable',
    });
    const mine = await seen(dana);
    expect(mine.find((p) => p.code === 'DEMO-PLENTY')?.orderable).toBe(true);
    expect(mine.find((p) => p.code === 'DEMO-LOW')?.orderable).toBe(true);
    // Sue's Base status of DEMO-LOW (Visible) is untouched.
    expect((await seen(sue)).find((p) => p.code === 'DEMO-LOW')?.orderable).toBe(false);
    // Hidden in a catalogue never takes away what Base gives.
    await portal.api('PUT', `/catalogues/${trade}/products/${guidOf['DEMO-LOW']}/status`, {
      status: 'hidden',
    });
    await portal.api('PUT', `/catalogues/${extra}/products/${guidOf['DEMO-LOW']}/status`, {
      status: 'hidden',
    });
    expect((await seen(dana)).find((p) => p.code === 'DEMO-LOW')).toMatchObject({ orderable: false });
  });

  it('when a buyer asks for a product Hidden for its customer by id or code, then the cart and the product page answer it is unknown (R17)', async () => {
    const refused = await shop('PUT', `/cart/lines/${guidOf['DEMO-PLENTY']}`, sue, { quantity: 1 });
    expect(refused.status).toBe(404);
    expect((await shop('GET', '/cart', sue)).body.lines).toEqual([]);
    // Nor does its product page: the same 404 as a code that does not exist.
    expect((await shop('GET', '/products/DEMO-PLENTY', sue)).status).toBe(404);
    expect((await shop('GET', '/products/DEMO-PLENTY', dana)).body).toMatchObject({ orderable: true });
  });

  it('when the customer is unassigned after filling its cart, then the line is flagged and the order is refused', async () => {
    expect((await shop('PUT', `/cart/lines/${guidOf['DEMO-PLENTY']}`, dana, { quantity: 2 })).status).toBe(
      200,
    );
    await portal.api('DELETE', `/catalogues/${trade}/customers/${demo001}`);
    const cart = (await shop('GET', '/cart', dana)).body;
    expect(cart).toMatchObject({ canPlace: false, lines: [{ code: 'DEMO-PLENTY', orderable: false }] });
    const placed = await shop('POST', '/orders', dana, { deliveryAddress: { street: '1 Main St' } });
    expect(placed.status).toBe(409);
    expect(placed.body.type).toMatch(/cart-cannot-be-placed$/);
    await shop('DELETE', '/cart', dana);
  });

  it('when a buyer reads the catalogue, then no catalogue name appears anywhere in what it gets', async () => {
    await portal.api('PUT', `/catalogues/${trade}/customers/${demo001}`);
    const raw = JSON.stringify([
      (await shop('GET', '/products?pageSize=200', dana)).body,
      (await shop('GET', '/categories', dana)).body,
      (await shop('GET', '/me', dana)).body,
    ]);
    expect(raw).not.toContain('Trade Specials');
    expect(raw).not.toContain('Clearance');
  });

  it('when names clash (any case, "Base" included) or Base is renamed or deleted, then the admin gets a 409 naming why', async () => {
    const dup = await portal.api('POST', '/catalogues', { name: 'trade specials' });
    expect(dup.status).toBe(409);
    expect(dup.body.type).toMatch(/name-taken$/);
    expect((await portal.api('POST', '/catalogues', { name: 'BASE' })).status).toBe(409);
    const renameBase = await portal.api('PATCH', '/catalogues/base', { name: 'Everything' });
    expect(renameBase.body.type).toMatch(/base-catalogue-fixed$/);
    expect((await portal.api('DELETE', '/catalogues/base')).status).toBe(409);
    const renameTaken = await portal.api('PATCH', `/catalogues/${extra}`, { name: 'TRADE specials' });
    expect(renameTaken.status, JSON.stringify(renameTaken.body)).toBe(409);
    expect(renameTaken.body.type).toMatch(/name-taken$/);
    const list = (await portal.api('GET', '/catalogues')).body.items.map((c: { name: string }) => c.name);
    expect(list).toEqual(['Base', 'Clearance', 'Trade Specials']);
  });

  it('when a catalogue is renamed, then the new name shows; when deleted, its customers fall back to the rest', async () => {
    expect((await portal.api('PATCH', `/catalogues/${extra}`, { name: 'Last Chance' })).body.name).toBe(
      'Last Chance',
    );
    expect((await portal.api('DELETE', `/catalogues/${trade}`)).status).toBe(204);
    expect((await portal.api('GET', `/catalogues/${trade}`)).status).toBe(404);
    // Last Chance still lists DEMO-PLENTY Visible for DEMO001.
    expect((await seen(dana)).find((p) => p.code === 'DEMO-PLENTY')).toMatchObject({ orderable: false });
  });

  it('when an unknown product or customer, or an obsolete product, is given, then nothing changes and the answer says why', async () => {
    const unknown = await portal.api('POST', `/catalogues/${extra}/products/status`, {
      status: 'sellable',
      productGuids: [guidOf['DEMO-OUT'], 'no-such-product'],
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.detail).toContain('no-such-product');
    const obsolete = await portal.api(
      'PUT',
      `/catalogues/${extra}/products/${guidOf['DEMO-OBSOLETE']}/status`,
      {
        status: 'visible',
      },
    );
    expect(obsolete.status).toBe(409);
    expect((await portal.api('PUT', `/catalogues/${extra}/customers/nobody`)).status).toBe(404);
    const after = (await portal.api('GET', `/catalogues/${extra}`)).body;
    expect(after.products.map((p: { code: string }) => p.code)).toEqual(['DEMO-PLENTY']);
  });
});

describe('store categories (R3)', () => {
  let specials: string;

  it('when the admin makes a category and puts products in it, then buyers who can see one of them filter by it and see it among the product categories', async () => {
    const made = await portal.api('POST', '/categories', { name: 'Summer Specials' });
    expect(made.status).toBe(201);
    specials = made.body.id;
    const empty = (await portal.api('POST', '/categories', { name: 'Empty Shelf' })).body.id;
    await portal.api('PUT', `/categories/${empty}/products`, { productGuids: [guidOf['DEMO-OUT']] });
    const set = await portal.api('PUT', `/categories/${specials}/products`, {
      productGuids: [guidOf['DEMO-PLENTY'], guidOf['DEMO-OUT']],
    });
    expect(set.body).toMatchObject({ name: 'Summer Specials', source: 'store' });

    const danaCategories = (await shop('GET', '/categories', dana)).body.items;
    expect(danaCategories).toContain('Summer Specials');
    expect(danaCategories).not.toContain('Empty Shelf');
    expect(await codes(dana, 'category=Summer%20Specials')).toEqual(['DEMO-PLENTY']);
    const plenty = (await seen(dana)).find((p) => p.code === 'DEMO-PLENTY');
    expect(plenty?.categories).toContain('Summer Specials');
    expect(plenty?.categories.length).toBe(2);
    // The product's own group still works as a category.
    const group = plenty?.categories.find((c) => c !== 'Summer Specials') as string;
    expect(danaCategories).toContain(group);
    expect(await codes(dana, `category=${encodeURIComponent(group)}`)).toContain('DEMO-PLENTY');
    // Sue cannot see DEMO-PLENTY, so the category is not listed to her.
    expect((await shop('GET', '/categories', sue)).body.items).not.toContain('Summer Specials');
  });

  it('when the admin lists categories, then product groups and store categories show with their source; a group cannot be renamed here (R1)', async () => {
    const items = (await portal.api('GET', '/categories')).body.items as { id: string; source: string }[];
    expect(items.some((c) => c.source === 'unleashed')).toBe(true);
    const group = items.find((c) => c.source === 'unleashed') as { id: string };
    const refused = await portal.api('PATCH', `/categories/${group.id}`, { name: 'Mine now' });
    expect(refused.status).toBe(409);
    expect(refused.body.type).toMatch(/category-from-unleashed$/);
  });

  it('when renamed, clashing or deleted, then buyers follow and a clash is refused', async () => {
    expect((await portal.api('POST', '/categories', { name: 'summer specials' })).status).toBe(409);
    await portal.api('PATCH', `/categories/${specials}`, { name: 'Winter Warmers' });
    expect((await shop('GET', '/categories', dana)).body.items).toContain('Winter Warmers');
    expect((await portal.api('DELETE', `/categories/${specials}`)).status).toBe(204);
    expect((await shop('GET', '/categories', dana)).body.items).not.toContain('Winter Warmers');
    expect((await portal.api('PUT', `/categories/${specials}/products`, { productGuids: [] })).status).toBe(
      404,
    );
  });
});

describe('plan limit (R7) with custom catalogues', () => {
  it('when a product is listed only through a custom catalogue, then it counts once; past the Base plan limit nothing changes', async () => {
    const usage = async () =>
      (await portal.gw.request('GET', '/admin/account', { token: portal.admin })).body.usage.perStore.find(
        (s: { storeId: string }) => s.storeId === portal.storeId,
      ).products;
    // Listed now: DEMO-LOW (Base Visible) and DEMO-PLENTY (only in "Last Chance").
    expect(await usage()).toBe(2);
    const extra = (await portal.api('GET', '/catalogues')).body.items.find(
      (c: { name: string }) => c.name === 'Last Chance',
    ).id;
    // Listing in a catalogue what Base already lists adds nothing.
    const again = await portal.api('PUT', `/catalogues/${extra}/products/${guidOf['DEMO-LOW']}/status`, {
      status: 'sellable',
    });
    expect(again.body).toMatchObject({ changed: 1, listed: 2 });

    // Fill the Base plan (200) with other products through Base.
    await portal.gw.request('PUT', '/admin/account/plan', { token: portal.admin, body: { plan: 'base' } });
    const all = [
      ...(await portal.api('GET', '/products?pageSize=200')).body.items,
      ...(await portal.api('GET', '/products?pageSize=200&page=2')).body.items,
    ].filter((p: { code: string; obsolete: boolean }) => !p.obsolete && !p.code.startsWith('DEMO-'));
    const fill = all.slice(0, 198).map((p: { guid: string }) => p.guid);
    expect(
      (await portal.api('POST', '/products/status', { status: 'visible', productGuids: fill })).body.listed,
    ).toBe(200);
    const refused = await portal.api('PUT', `/catalogues/${extra}/products/${guidOf['DEMO-OUT']}/status`, {
      status: 'visible',
    });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ limit: 'products', plan: 'base', upgradeTo: 'premium' });
    expect(
      (await portal.api('GET', `/catalogues/${extra}`)).body.products.map((p: { code: string }) => p.code),
    ).not.toContain('DEMO-OUT');
    // A product a catalogue already lists can be made Sellable in Base without passing the limit.
    expect(
      (await portal.api('PUT', `/products/${guidOf['DEMO-PLENTY']}/status`, { status: 'sellable' })).status,
    ).toBe(200);
    expect(await usage()).toBe(200);
  });
});
