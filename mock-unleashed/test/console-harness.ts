// Starts a mock Unleashed with the QA console in front of it (as app.ts will mount it) on a random loopback
// port, for the console's API and browser tests; and opens the browser those tests drive.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { createApp } from '../src/app.ts';
import { signQuery } from '../src/auth.ts';
import { generateSeed } from '../src/seed/index.ts';
import { openStore } from '../src/store.ts';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = resolve(import.meta.dirname, '../../test-artifacts');
export const CONSOLE_API_ID = '0a0b0c0d-1111-4222-8333-444455556666';
export const CONSOLE_API_KEY = 'console-test-api-key';

// biome-ignore lint/suspicious/noExplicitAny: tests read response bodies field by field and assert on them
type Json = any;

export interface ConsoleMock {
  url: string;
  /** A fetch of any path on the mock (the console's own routes included), answered as JSON when it is JSON. */
  get(path: string, init?: RequestInit): Promise<{ status: number; body: Json; headers: Headers }>;
  /** A call signed with the account's credentials, as the gateway would send it. */
  signed(method: string, pathAndQuery: string, body?: unknown): Promise<{ status: number; body: Json }>;
  /** An unsigned call to the QA control API. */
  control(method: string, path: string, body?: unknown): Promise<{ status: number; body: Json }>;
  close(): Promise<void>;
}

/** The `default` seed in memory, served by createApp (which mounts the console), optionally behind a password. */
export async function startConsoleMock(options: { password?: string } = {}): Promise<ConsoleMock> {
  const store = await openStore(undefined, () =>
    generateSeed('default', { seedNumber: 42, products: 0, customers: 0 }),
  );
  const credentials = { apiId: CONSOLE_API_ID, apiKey: CONSOLE_API_KEY };
  const app = createApp({
    store,
    credentials,
    consolePassword: options.password,
    largeSizes: { products: 3000, customers: 600 },
    onUnexpectedError: (error) => console.error(error),
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const read = async (response: Response) => {
    const text = await response.text();
    const json = response.headers.get('content-type')?.includes('json');
    return {
      status: response.status,
      body: json && text ? JSON.parse(text) : text,
      headers: response.headers,
    };
  };
  const send = async (method: string, path: string, headers: Record<string, string>, body?: unknown) =>
    read(
      await fetch(url + path, {
        method,
        headers: { 'Content-Type': 'application/json', ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    );

  return {
    url,
    get: async (path, init) => read(await fetch(url + path, { redirect: 'manual', ...init })),
    signed: (method, pathAndQuery, body) => {
      const at = pathAndQuery.indexOf('?');
      const query = at === -1 ? '' : pathAndQuery.slice(at + 1);
      const headers = {
        'api-auth-id': CONSOLE_API_ID,
        'api-auth-signature': signQuery(CONSOLE_API_KEY, query),
      };
      return send(method, pathAndQuery, headers, body);
    },
    control: (method, path, body) => send(method, path, {}, body),
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export interface ConsoleBrowser {
  page: Page;
  /** Saves what the page shows now as test-artifacts/<name>.png. */
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

/** Debian's chromium through playwright-core, launched as /work/shared/toolchain.md says; one page. */
export async function openBrowser(): Promise<ConsoleBrowser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium).`);
  }
  const profile = await mkdtemp(join(tmpdir(), 'console-browser-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  // Generous for a loaded machine (four test files beside the contracts): a passing wait is no slower for it.
  page.setDefaultTimeout(15_000);
  await mkdir(ARTIFACTS, { recursive: true });
  return {
    page,
    screenshot: async (name) => {
      const file = name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 80);
      await page.screenshot({ path: join(ARTIFACTS, `${file}.png`), fullPage: true });
    },
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
