// `npm start`: runs the portal's services together for local use and prints where they are.
// An SMTP catcher, the mock Unleashed, the gateway (with a demo admin and store) and the storefront's dev server.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const mockPort = process.env.MOCK_UNLEASHED_PORT ?? '4010';
const gatewayPort = process.env.GATEWAY_PORT ?? '4000';
const storefrontPort = process.env.STOREFRONT_PORT ?? '5173';
const mockUrl = `http://127.0.0.1:${mockPort}`;
const gatewayUrl = `http://127.0.0.1:${gatewayPort}`;
const storefrontUrl = `http://127.0.0.1:${storefrontPort}`;
const demoUnleashed = {
  apiId: process.env.UNLEASHED_API_ID ?? '11111111-2222-4333-8444-555555555555',
  apiKey: process.env.UNLEASHED_API_KEY ?? 'demo-unleashed-api-key-not-secret',
};
const tsx = (script: string) => ['--import', 'tsx', resolve(root, script)];
// `npm run start:pair`: two gateway instances on one PostgreSQL (GATEWAY_DATABASE_URL) behind a round-robin
// proxy on the gateway's usual port, so every page and API call alternates between them.
const pair = process.argv.includes('--pair');
if (pair && !process.env.GATEWAY_DATABASE_URL) {
  console.error(
    'npm run start:pair needs GATEWAY_DATABASE_URL (a PostgreSQL database both instances share).',
  );
  process.exit(1);
}
const gatewayEnv = {
  DEMO: 'true',
  BOOTSTRAP_UNLEASHED_BASE_URL: mockUrl,
  BOOTSTRAP_UNLEASHED_API_ID: demoUnleashed.apiId,
  BOOTSTRAP_UNLEASHED_API_KEY: demoUnleashed.apiKey,
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  SMTP_HOST: '127.0.0.1',
  SMTP_PORT: process.env.SMTP_CATCHER_PORT ?? '1025',
  PUBLIC_BASE_URL: storefrontUrl,
};
const instancePorts = [Number(gatewayPort) + 1, Number(gatewayPort) + 2];
const gateways = pair
  ? [
      ...instancePorts.map((port, n) => ({
        name: `gateway-${n + 1}`,
        args: tsx('gateway/src/main.ts'),
        env: { ...gatewayEnv, GATEWAY_PORT: String(port) },
      })),
      {
        name: 'round-robin',
        args: tsx('scripts/round-robin-proxy.ts'),
        env: { PROXY_PORT: gatewayPort, PROXY_TARGETS: instancePorts.join(',') },
      },
    ]
  : [
      {
        name: 'gateway',
        args: tsx('gateway/src/main.ts'),
        env: { ...gatewayEnv, GATEWAY_PORT: gatewayPort },
      },
    ];
const services = [
  { name: 'smtp-catcher', args: tsx('scripts/smtp-catcher/main.ts'), env: {} },
  { name: 'mock-unleashed', args: tsx('mock-unleashed/src/main.ts'), env: { MOCK_UNLEASHED_PORT: mockPort } },
  ...gateways,
  {
    name: 'storefront',
    args: [resolve(root, 'node_modules/vite/bin/vite.js'), 'storefront'],
    env: { STOREFRONT_PORT: storefrontPort, GATEWAY_URL: gatewayUrl },
  },
];

const children = services.map(({ name, args, env }) => {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = (text: Buffer) =>
    text
      .toString()
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => `[${name}] ${line}`)
      .join('\n');
  child.stdout.on('data', (chunk: Buffer) => console.log(prefix(chunk)));
  child.stderr.on('data', (chunk: Buffer) => console.error(prefix(chunk)));
  child.on('exit', (code) => {
    console.error(`[${name}] exited with code ${code}`);
    stopAll(code ?? 1);
  });
  return child;
});

console.log(`
  Storefront: ${storefrontUrl}   admin sign-in: ${storefrontUrl}/#/admin/login
  Demo admin: admin@demo-supplier.example / DemoAdmin2026
  Demo buyer: dana@demo-wholesale.example / DemoBuyer2026 (for DEMO001; the gateway prints its sign-in link)
  Gateway API: ${gatewayUrl} (reference ${gatewayUrl}/docs)${pair ? ` — round-robin over ${instancePorts.map((p) => `:${p}`).join(' and ')}` : ''}
  Mock Unleashed: ${mockUrl} (QA console ${mockUrl}/__console)
  Caught email: http://127.0.0.1:${process.env.SMTP_CATCHER_HTTP_PORT ?? '1080'}/
`);

let stopping = false;
function stopAll(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500).unref();
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
