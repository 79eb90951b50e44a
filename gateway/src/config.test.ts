import { describe, expect, it } from 'vitest';
import { DEMO_MASTER_KEY, loadGatewayConfig } from './config.ts';

const base = {
  GATEWAY_MASTER_KEY: 'a-long-master-key-for-tests',
  SMTP_HOST: 'smtp.example.com',
  EMAIL_FROM: 'Portal <no-reply@portal.example>',
};

describe('gateway configuration', () => {
  it('when the master key is missing outside the demo, then the boot stops naming the variable', () => {
    expect(() => loadGatewayConfig({ SMTP_HOST: 'x', EMAIL_FROM: base.EMAIL_FROM })).toThrow(
      /GATEWAY_MASTER_KEY is required/,
    );
  });

  it('when the demo master key is used in production, then the boot stops', () => {
    expect(() =>
      loadGatewayConfig({ ...base, NODE_ENV: 'production', GATEWAY_MASTER_KEY: DEMO_MASTER_KEY }),
    ).toThrow(/must not be the demo key/);
  });

  it('when a number is not a number, then the message names the variable and the value', () => {
    expect(() => loadGatewayConfig({ ...base, GATEWAY_PORT: 'forty' })).toThrow(
      'GATEWAY_PORT must be a whole number from 0 to 65535 (got "forty").',
    );
  });

  it('when the plan is unknown, then the allowed plans are listed', () => {
    expect(() => loadGatewayConfig({ ...base, ACCOUNT_PLAN: 'gold' })).toThrow(/base, premium, premium-plus/);
  });

  it('when the sender address is not an address, then the boot stops', () => {
    expect(() => loadGatewayConfig({ ...base, EMAIL_FROM: 'nobody' })).toThrow(/EMAIL_FROM/);
  });

  it('when DEMO=true, then the demo admin, master key and local SMTP catcher are the defaults', () => {
    const config = loadGatewayConfig({ DEMO: 'true' });
    expect(config.masterKey).toBe(DEMO_MASTER_KEY);
    expect(config.bootstrap.adminEmail).toBe('admin@demo-supplier.example');
    expect(config.email.smtp).toMatchObject({ host: '127.0.0.1', port: 1025, ignoreTls: true });
  });

  it('when production runs with everything set, then responses are not validated and cookies are secure', () => {
    const config = loadGatewayConfig({ ...base, NODE_ENV: 'production' });
    expect(config).toMatchObject({ validateResponses: false, cookieSecure: true, demo: false });
  });

  it('when GATEWAY_DATABASE_URL is set, then PostgreSQL is the storage; otherwise the lowdb folder is', () => {
    const url = 'postgres://portal@db.internal:5432/portal';
    expect(loadGatewayConfig({ ...base, GATEWAY_DATABASE_URL: url }).databaseUrl).toBe(url);
    const embedded = loadGatewayConfig(base);
    expect(embedded.databaseUrl).toBeUndefined();
    expect(embedded.dataDir).toMatch(/\.data\/gateway$/);
  });

  it('when GATEWAY_CORS_ORIGINS lists origins, then exactly those are allowed; unset allows none; a URL with a path stops the boot', () => {
    expect(loadGatewayConfig(base).corsOrigins).toEqual([]);
    const listed = loadGatewayConfig({
      ...base,
      GATEWAY_CORS_ORIGINS: 'https://shop.example, http://127.0.0.1:5173',
    });
    expect(listed.corsOrigins).toEqual(['https://shop.example', 'http://127.0.0.1:5173']);
    expect(() => loadGatewayConfig({ ...base, GATEWAY_CORS_ORIGINS: 'https://shop.example/app' })).toThrow(
      /GATEWAY_CORS_ORIGINS.*"https:\/\/shop.example\/app"/,
    );
  });

  it('when GATEWAY_TRUST_PROXY is unset, then no proxy is trusted; a hop count or addresses and CIDRs are passed on; anything else stops the boot', () => {
    expect(loadGatewayConfig(base).trustProxy).toBe(false);
    expect(loadGatewayConfig({ ...base, GATEWAY_TRUST_PROXY: '0' }).trustProxy).toBe(false);
    expect(loadGatewayConfig({ ...base, GATEWAY_TRUST_PROXY: '2' }).trustProxy).toBe(2);
    const listed = loadGatewayConfig({
      ...base,
      GATEWAY_TRUST_PROXY: '10.0.0.5, 192.168.1.0/24, ::1, loopback',
    });
    expect(listed.trustProxy).toEqual(['10.0.0.5', '192.168.1.0/24', '::1', 'loopback']);
    for (const bad of ['true', '10.0.0.0/33', 'proxy.internal', '10.0.0.1/8/2', '99']) {
      expect(() => loadGatewayConfig({ ...base, GATEWAY_TRUST_PROXY: bad })).toThrow(/GATEWAY_TRUST_PROXY/);
    }
  });
});
