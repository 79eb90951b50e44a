// A store's public sign-in page (issue 16 items 1 and 9): by the store's address anyone may read its name and
// branding, and nothing else of the store; an address that names no store answers 404 problem+json.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningGateway, startGateway } from './harness.ts';

/** A 1×1 PNG, as an image editor saves it. */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC';

let gw: RunningGateway;
let token: string;
let storeId: string;
beforeAll(async () => {
  gw = await startGateway({ plan: 'base' });
  token = await gw.loginAdmin();
  const created = await gw.request('POST', '/admin/stores', {
    token,
    body: { name: 'Trade Store', adminEmail: 'orders@supplier.example', unleashed: gw.unleashed },
  });
  storeId = created.body.id;
}, 60_000);
afterAll(() => gw?.close());

const admin = (method: string, path: string, body?: unknown) =>
  gw.request(method, `/admin/stores/${storeId}${path}`, { token, body });
const signInPage = (slug: string) => gw.request('GET', `/store/sign-in-pages/${slug}`);

describe("a store's sign-in page", () => {
  it('when nobody is signed in, then the address answers the store name and the portal defaults, and nothing else', async () => {
    const { status, body } = await signInPage('trade-store');
    expect(status).toBe(200);
    expect(body).toEqual({
      name: 'Trade Store',
      branding: { brandColour: null, bannerText: null, logoUrl: null },
    });
  });

  it('when the admin sets a colour, a banner and a logo, then the page answers them (the logo at its versioned URL)', async () => {
    expect((await admin('PATCH', '', { brandColour: '#0B6E4F', bannerText: 'Closed Monday' })).status).toBe(
      200,
    );
    const logo = await admin('PUT', '/logo', { contentType: 'image/png', data: PNG });
    expect(logo.status).toBe(200);
    const { body } = await signInPage('trade-store');
    expect(body).toEqual({
      name: 'Trade Store',
      branding: { brandColour: '#0b6e4f', bannerText: 'Closed Monday', logoUrl: logo.body.logoUrl },
    });
    expect(JSON.stringify(body)).not.toMatch(/orders@supplier|apiId|warehouse/i);
  });

  it('when the address names no store (or the admin moved the store to another), then it answers 404 problem+json', async () => {
    expect((await admin('PATCH', '', { slug: 'trade-store-nz' })).status).toBe(200);
    const old = await signInPage('trade-store');
    expect(old.status).toBe(404);
    expect(old.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(old.body.type).toMatch(/\/not-found$/);
    expect((await signInPage('trade-store-nz')).body.name).toBe('Trade Store');
  });

  it('when the address is not a slug, then it answers 400 problem+json', async () => {
    const { status, headers } = await signInPage('Trade_Store');
    expect(status).toBe(400);
    expect(headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });
});
