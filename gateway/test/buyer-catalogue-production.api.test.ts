// The buyer catalogue as production serves it (responses not re-validated): each page is serialised once and
// sent as stored bytes with a stored ETag. What a buyer must still get: the same page as the validated path,
// conditional GETs answered 304, a new page the moment stock or prices move, and never another customer's page.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailOf, type Portal, startPortal } from './portal-fixtures.ts';

let portal: Portal;
let dana: string;
let other: string;
const guidOf: Record<string, string> = {};

beforeAll(async () => {
  portal = await startPortal({ plan: 'premium-plus', validateResponses: false });
  const demo = (await portal.api('GET', '/customers?search=DEMO001')).body.items.find(
    (c: { code: string }) => c.code === 'DEMO001',
  );
  const danaGuid = (await portal.api('GET', `/customers/${demo.guid}/contacts`)).body.items.find(
    (c: { email: string }) => c.email === 'dana@demo-wholesale.example',
  ).guid;
  dana = await portal.signUp(danaGuid, 'dana@demo-wholesale.example');
  const shop = await portal.addCustomer([{ firstName: 'Olive' }]);
  other = await portal.signUp(shop.contacts.Olive as string, emailOf('Olive', shop.code));
  for (const code of ['DEMO-PLENTY', 'DEMO-LOW']) {
    guidOf[code] = (await portal.api('GET', `/products?search=${code}`)).body.items[0].guid;
  }
  await portal.api('POST', '/products/status', { status: 'sellable', productGuids: [guidOf['DEMO-PLENTY']] });
  await portal.api('POST', '/products/status', { status: 'visible', productGuids: [guidOf['DEMO-LOW']] });
}, 60_000);
afterAll(() => portal.close());

const PAGE = '/store/products?pageSize=50';

// node:http rather than fetch: fetch turns a conditional request into a no-cache one, which is never answered 304.
function fetchPage(token: string, headers: Record<string, string> = {}, path = PAGE) {
  return new Promise<{ status: number; etag: string | undefined; type: string | undefined; text: string }>(
    (done, fail) => {
      const headersSent = { Authorization: `Bearer ${token}`, ...headers };
      request(portal.gw.url + path, { headers: headersSent }, (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          text += chunk;
        });
        response.on('end', () =>
          done({
            status: response.statusCode ?? 0,
            etag: response.headers.etag,
            type: response.headers['content-type'],
            text,
          }),
        );
      })
        .on('error', fail)
        .end();
    },
  );
}
const item = (text: string, code: string) =>
  (JSON.parse(text) as { items: { code: string }[] }).items.find((p) => p.code === code);

describe('the buyer catalogue as production serves it (R17a, R17b)', () => {
  it('when the buyer asks twice, then the same JSON page comes back with the same ETag, and a conditional GET gets 304', async () => {
    const first = await fetchPage(dana);
    expect(first.status).toBe(200);
    expect(first.type).toMatch(/^application\/json/);
    expect(item(first.text, 'DEMO-PLENTY')).toMatchObject({ price: 16.5, orderable: true });
    expect(JSON.parse(first.text).stockSyncedAt).not.toBeNull();
    const again = await fetchPage(dana);
    expect(again.text).toBe(first.text);
    expect(again.etag).toBe(first.etag);
    const unchanged = await fetchPage(dana, { 'If-None-Match': first.etag as string });
    expect(unchanged.status).toBe(304);
    expect(unchanged.text).toBe('');
  });

  it('when a page URL is asked again, then it is judged as the first time: its paging holds and bad queries on that path are still refused', async () => {
    const path = '/store/products?page=2&pageSize=1';
    const first = await fetchPage(dana, {}, path);
    expect(first.status).toBe(200);
    expect(JSON.parse(first.text)).toMatchObject({ page: 2, pageSize: 1, items: [expect.anything()] });
    expect((await fetchPage(dana, {}, path)).text).toBe(first.text);
    expect((await fetchPage(dana, {}, '/store/products?page=2&pageSize=0')).status).toBe(400);
    expect((await fetchPage(dana, {}, `${path}&colour=red`)).status).toBe(400);
    expect((await fetchPage(dana, {}, path)).text).toBe(first.text);
    expect((await fetchPage('not-a-session', {}, path)).status).toBe(401);
  });

  it("when another customer's buyer asks for the same page, then it gets its own prices, not the stored page of DEMO001", async () => {
    const mine = await fetchPage(dana);
    const theirs = await fetchPage(other);
    expect(item(mine.text, 'DEMO-PLENTY')).toMatchObject({ price: 16.5 });
    expect(item(theirs.text, 'DEMO-PLENTY')).toMatchObject({ price: 20 });
    expect(theirs.etag).not.toBe(mine.etag);
    expect((await fetchPage(other, { 'If-None-Match': mine.etag as string })).status).toBe(200);
  });

  it('when stock moves in Unleashed and the sync brings it in, then the next page shows it with a new ETag and stock time', async () => {
    const before = await fetchPage(dana);
    expect(item(before.text, 'DEMO-LOW')).toMatchObject({ stock: { band: 'low', available: 5 } });
    await portal.gw.mock.control('POST', '/__control/stock', {
      productCode: 'DEMO-LOW',
      warehouseCode: 'MAIN',
      setQtyOnHand: 40,
    });
    await portal.advance(60_000);
    await portal.sync();
    const after = await fetchPage(dana);
    expect(item(after.text, 'DEMO-LOW')).toMatchObject({ stock: { band: 'plenty', available: 40 } });
    expect(after.etag).not.toBe(before.etag);
    expect(JSON.parse(after.text).stockSyncedAt > JSON.parse(before.text).stockSyncedAt).toBe(true);
    expect((await fetchPage(dana, { 'If-None-Match': before.etag as string })).status).toBe(200);
  });

  it('when the admin hides a product, then the very next page no longer lists it', async () => {
    await portal.api('PUT', `/products/${guidOf['DEMO-LOW']}/status`, { status: 'hidden' });
    expect(item((await fetchPage(dana)).text, 'DEMO-LOW')).toBeUndefined();
  });
});
