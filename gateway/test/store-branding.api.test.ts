// Store branding (issue 16 item 9): the admin sets a brand colour and a banner (PATCH) and uploads a logo, checked
// to be the image it claims and served publicly with its own type and caching; every change is audited, and the
// emails carry the logo and the colour.
import { deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningGateway, startGateway } from './harness.ts';

let gw: RunningGateway;
let token: string;
let storeId: string;
beforeAll(async () => {
  gw = await startGateway({ plan: 'base', publicBaseUrl: 'https://shop.supplier.example' });
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

/** A real 1×1 PNG (signature, IHDR, IDAT, IEND), as an image editor would save it. */
function tinyPng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const header = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from([0, 0x1d, 0x4e, 0xd8]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('brand colour and banner', () => {
  it('when the colour is too light for white text, then the answer is 400 validation-failed naming the contrast, and nothing is saved', async () => {
    const { status, body } = await admin('PATCH', '', { brandColour: '#ffd700' });
    expect(status).toBe(400);
    expect(body.errors).toEqual([
      { field: 'brandColour', message: expect.stringMatching(/contrast of 1\.\d:1/) },
    ]);
    expect((await admin('GET', '')).body.branding.brandColour).toBeNull();
  });

  it('when the colour is not #rrggbb, then the answer is 400 naming the field', async () => {
    for (const brandColour of ['#12345', 'blue', '#1d4ed8; background:url(x)']) {
      const { status, body } = await admin('PATCH', '', { brandColour });
      expect(status).toBe(400);
      expect(body.errors[0].field).toMatch(/brandColour/);
    }
    const { status } = await admin('PATCH', '', { bannerText: 'x'.repeat(201) });
    expect(status).toBe(400);
  });

  it('when the admin sets a readable colour and a banner, then the store answers them and the audit trail has the change', async () => {
    const { status, body } = await admin('PATCH', '', {
      brandColour: '#0B6E4F',
      bannerText: '  Closed 24–26 December:   orders ship on the 27th  ',
    });
    expect(status).toBe(200);
    expect(body.branding).toEqual({
      brandColour: '#0b6e4f',
      bannerText: 'Closed 24–26 December: orders ship on the 27th',
      logoUrl: null,
    });
    const audit = await admin('GET', '/audit?kind=store-settings-changed');
    expect(audit.body.items[0]).toMatchObject({
      summary: 'Settings changed: brandColour, bannerText',
      after: { brandColour: '#0b6e4f' },
    });
  });
});

describe('the logo', () => {
  it('when the bytes are not the image the upload names, or are over 256 KB, or are SVG, then the answer is 400 and no logo is kept', async () => {
    const text = Buffer.from('<html><script>alert(1)</script></html>').toString('base64');
    const wrongType = await admin('PUT', '/logo', { contentType: 'image/png', data: text });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.errors).toEqual([{ field: 'data', message: 'is not a PNG image' }]);
    // Just over 256 KB fits the body's base64 limit, so the service itself weighs it; far over, the spec does.
    const justOver = Buffer.concat([tinyPng(), Buffer.alloc(256 * 1024 + 2 - tinyPng().length)]);
    const tooLarge = await admin('PUT', '/logo', {
      contentType: 'image/png',
      data: justOver.toString('base64'),
    });
    expect(tooLarge.status).toBe(400);
    expect(tooLarge.body.errors).toEqual([{ field: 'data', message: 'is 257 KB; at most 256 KB is taken' }]);
    const farOver = Buffer.alloc(400 * 1024).toString('base64');
    const refused = await admin('PUT', '/logo', { contentType: 'image/png', data: farOver });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].field).toMatch(/data/);
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64');
    expect((await admin('PUT', '/logo', { contentType: 'image/svg+xml', data: svg })).status).toBe(400);
    expect((await admin('GET', '')).body.branding.logoUrl).toBeNull();
  });

  it('when the admin uploads a PNG, then anyone can fetch it at its versioned URL with its type, long caching and an ETag, and the change is audited', async () => {
    const png = tinyPng();
    const { status, body } = await admin('PUT', '/logo', {
      contentType: 'image/png',
      data: png.toString('base64'),
    });
    expect(status).toBe(200);
    expect(body.logoUrl).toMatch(new RegExp(`^/store/logos/${storeId}\\?v=[0-9a-f]{16}$`));
    const answer = await fetch(`${gw.url}${body.logoUrl}`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('image/png');
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('cache-control')).toContain('immutable');
    expect(Buffer.from(await answer.arrayBuffer()).equals(png)).toBe(true);
    const etag = answer.headers.get('etag') ?? '';
    const again = await fetch(`${gw.url}${body.logoUrl}`, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    const audit = await admin('GET', '/audit?kind=store-settings-changed');
    expect(audit.body.items[0].summary).toBe('Logo uploaded (png, 1 KB)');
  });

  it('an email carries the logo (absolute URL) above the store name, and buttons in the brand colour', async () => {
    const { body } = await admin('POST', '/email-templates/invitation/preview');
    const { logoUrl } = (await admin('GET', '')).body.branding;
    expect(body.html).toContain(`src="https://shop.supplier.example${logoUrl.replace('&', '&amp;')}"`);
    expect(body.html).toContain('alt="Trade Store"');
    expect(body.html).toMatch(/background:#0b6e4f/i);
  });

  it('when the admin removes the logo, then its URL answers 404 problem+json and the store shows none', async () => {
    const { logoUrl } = (await admin('GET', '')).body.branding;
    const { status, body } = await admin('DELETE', '/logo');
    expect(status).toBe(200);
    expect(body.logoUrl).toBeNull();
    const gone = await fetch(`${gw.url}${logoUrl}`);
    expect(gone.status).toBe(404);
    expect(gone.headers.get('content-type')).toMatch(/problem\+json/);
  });
});
