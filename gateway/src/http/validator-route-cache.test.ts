import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import express, { type ErrorRequestHandler } from 'express';
import * as OpenApiValidator from 'express-openapi-validator';
import { describe, expect, it } from 'vitest';
import { cacheValidatorRouteLookups } from './validator-route-cache.ts';

const validatorRequire = createRequire(createRequire(import.meta.url).resolve('express-openapi-validator'));
type Compiled = { regexp: RegExp; keys: { name: string }[] };
const ptr = validatorRequire('path-to-regexp') as {
  pathToRegexp: (path: string, options?: object) => Compiled;
};

describe('the validator route cache', () => {
  it('when a route is compiled twice with the same options, then the first compile is reused and still matches the same paths', () => {
    cacheValidatorRouteLookups();
    cacheValidatorRouteLookups();
    const first = ptr.pathToRegexp('/store/orders/:orderId', { sensitive: false, strict: false });
    const again = ptr.pathToRegexp('/store/orders/:orderId', { sensitive: false, strict: false });
    expect(again).toBe(first);
    expect(first.regexp.exec('/store/orders/abc')?.[1]).toBe('abc');
    expect(first.regexp.test('/store/orders')).toBe(false);
    expect(first.keys.map((k) => k.name)).toEqual(['orderId']);
  });

  it('when the options differ, then each gets its own compile (case-sensitive routing is honoured)', () => {
    cacheValidatorRouteLookups();
    const loose = ptr.pathToRegexp('/Store', { sensitive: false, strict: false });
    const exact = ptr.pathToRegexp('/Store', { sensitive: true, strict: false });
    expect(exact).not.toBe(loose);
    expect(loose.regexp.test('/store')).toBe(true);
    expect(exact.regexp.test('/store')).toBe(false);
  });
});

describe('the remembered route of a request path', () => {
  const spec = {
    openapi: '3.0.3',
    info: { title: 'routes', version: '1' },
    paths: {
      '/things/special': { get: { responses: { '200': { description: 'ok' } } } },
      '/things/{id}': {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', maxLength: 5 } }],
        get: { responses: { '200': { description: 'ok' } } },
      },
    },
  };

  async function startApp() {
    cacheValidatorRouteLookups();
    const app = express();
    app.use(
      OpenApiValidator.middleware({ apiSpec: structuredClone(spec) as never, validateResponses: false }),
    );
    app.get('/things/special', (_req, res) => void res.json({ route: 'special' }));
    app.get('/things/:id', (req, res) => void res.json({ route: 'one', id: req.params.id }));
    app.use(
      ((error, _req, res, _next) =>
        void res.status(error.status ?? 500).json({ status: error.status })) as ErrorRequestHandler,
    );
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const call = async (method: string, path: string) => {
      const response = await fetch(base + path, { method });
      return { status: response.status, body: await response.json() };
    };
    return { call, close: () => new Promise((resolve) => server.close(resolve)) };
  }

  it('when the same paths are asked again, then every answer is the one the first lookup gave (match, parameters, 400s, 404, 405)', async () => {
    const app = await startApp();
    try {
      const asks: [string, string][] = [
        ['GET', '/things/special'],
        ['GET', '/things/a%20b'],
        ['GET', '/things/toolongid'],
        ['DELETE', '/things/abc'],
        ['GET', '/nothing/here'],
        ['GET', '/things/abc?x=1'],
      ];
      const first = [];
      for (const [method, path] of asks) first.push(await app.call(method, path));
      expect(first.map((answer) => answer.status)).toEqual([200, 200, 400, 405, 404, 400]);
      expect(first[1]?.body).toEqual({ route: 'one', id: 'a b' });
      for (let round = 0; round < 2; round++) {
        const again = [];
        for (const [method, path] of asks) again.push(await app.call(method, path));
        expect(again).toEqual(first);
      }
      // A path remembered for GET still answers other methods as the full lookup would.
      expect((await app.call('DELETE', '/things/special')).status).toBe(405);
    } finally {
      await app.close();
    }
  });
});
