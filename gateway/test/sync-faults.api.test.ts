// A sync that meets trouble loses and doubles nothing: a 429 storm, a mock that fails part way, a run stopped
// between pages and a process that dies mid-run all end, after the next run, exactly where a clean sync ends.
// Small pages (50) make every list several pages long.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type RunningMock, startMock } from '../../mock-unleashed/test/harness.ts';
import type { SyncRun } from '../src/sync/sync.types.ts';
import { createClientFactory } from '../src/unleashed/client-factory.ts';
import { buildStore, FAST, resultOf, type SyncSetup, secrets, setUpSync, snapshot } from './sync-fixtures.ts';

const PAGE = 50;
let mock: RunningMock;
let clean: { run: SyncRun; data: Awaited<ReturnType<typeof snapshot>>; calls: number };

const totalCalls = (run: SyncRun) => run.resources.reduce((sum, r) => sum + r.calls, 0);
const addedOver = (runs: SyncRun[], resource: 'products' | 'customers') =>
  runs.reduce((sum, run) => sum + resultOf(run, resource).added, 0);
const customersCalls = async () => (await mock.control('GET', '/__control/calls?path=/Customers')).body.Items;

beforeAll(async () => {
  mock = await startMock();
  const setup = await setUpSync(buildStore(mock.url), { pageSize: PAGE });
  const run = await setup.engine.runSync(setup.store.id, 'manual');
  clean = { run, data: await snapshot(setup), calls: totalCalls(run) };
  expect(resultOf(run, 'products').pagesDone).toBeGreaterThan(3);
  expect(resultOf(run, 'customers').pagesDone).toBeGreaterThan(2);
});
afterEach(async () => {
  await mock.control('DELETE', '/__control/faults');
  await mock.control('DELETE', '/__control/calls');
});
afterAll(() => mock.close());

describe('a 429 storm', () => {
  it('is waited out by the client retries: the run succeeds with the same data and five more calls', async () => {
    const setup = await setUpSync(buildStore(mock.url), { pageSize: PAGE, tuning: { ...FAST, retries: 5 } });
    await mock.control('POST', '/__control/faults', { kind: 'rateLimit', count: 5, retryAfterSeconds: 0 });
    const run = await setup.engine.runSync(setup.store.id, 'manual');
    expect(run.status).toBe('succeeded');
    expect(resultOf(run, 'productGroups').calls).toBe(6);
    expect(totalCalls(run)).toBe(clean.calls + 5);
    expect(await snapshot(setup)).toEqual(clean.data);
  });

  it('longer than the retries fails that resource only; the next run fills the gap', async () => {
    const setup = await setUpSync(buildStore(mock.url), { pageSize: PAGE });
    await mock.control('POST', '/__control/faults', { kind: 'rateLimit', count: 5, retryAfterSeconds: 0 });
    const first = await setup.engine.runSync(setup.store.id, 'manual');
    expect(first.status).toBe('failed');
    expect(resultOf(first, 'productGroups')).toMatchObject({ status: 'failed', calls: 4 });
    expect(resultOf(first, 'productGroups').error).toMatch(/429/);
    expect(first.error).toMatch(/^productGroups: /);
    expect(first.resources.filter((r) => r.status === 'succeeded')).toHaveLength(7);
    const second = await setup.engine.runSync(setup.store.id, 'manual');
    expect(second.status).toBe('succeeded');
    expect(await snapshot(setup)).toEqual(clean.data);
  });
});

describe('a mock that fails part way through the customers', () => {
  it('fails that pass after its stored pages; the next run resumes there and ends like a clean sync', async () => {
    let injected = false;
    const setup = await setUpSync(buildStore(mock.url), {
      pageSize: PAGE,
      onProgress: async (run) => {
        if (!injected && resultOf(run, 'customers').pagesDone === 1) {
          injected = true;
          await mock.control('POST', '/__control/faults', {
            kind: 'failNext',
            count: 4,
            status: 500,
            pathPrefix: '/Customers',
          });
        }
      },
    });
    const first = await setup.engine.runSync(setup.store.id, 'manual');
    expect(resultOf(first, 'customers')).toMatchObject({ status: 'failed', pagesDone: 1 });
    expect(resultOf(first, 'orderStatus').status).toBe('succeeded');
    const cursor = await setup.repos.syncRepo.getCursor(setup.store.id, 'customers');
    expect(cursor).toMatchObject({ modifiedSince: null, resumeFrom: expect.any(String) });

    await mock.control('DELETE', '/__control/calls');
    const second = await setup.engine.runSync(setup.store.id, 'manual');
    expect(second.status).toBe('succeeded');
    const [resumed] = await customersCalls();
    expect(decodeURIComponent(resumed.query)).toContain(`modifiedSince=${cursor?.resumeFrom?.slice(0, 19)}`);
    expect(addedOver([first, second], 'customers')).toBe(resultOf(clean.run, 'customers').added);
    expect(await snapshot(setup)).toEqual(clean.data);
  });
});

describe('a run stopped between pages (graceful shutdown)', () => {
  it('ends interrupted with consistent cursors; a new engine resumes it and ends like a clean sync', async () => {
    let stopping: Promise<void> | undefined;
    const setup: SyncSetup = await setUpSync(buildStore(mock.url), {
      pageSize: PAGE,
      onProgress: (run) => {
        if (!stopping && resultOf(run, 'products').pagesDone === 2) stopping = setup.engine.stop();
      },
    });
    const first = await setup.engine.runSync(setup.store.id, 'manual');
    await stopping;
    expect(first.status).toBe('interrupted');
    expect(resultOf(first, 'products')).toMatchObject({ status: 'skipped', pagesDone: 2 });
    expect(resultOf(first, 'customers').status).toBe('skipped');
    expect((await setup.repos.syncRepo.getCursor(setup.store.id, 'products'))?.resumeFrom).toEqual(
      expect.any(String),
    );
    await expect(setup.engine.runSync(setup.store.id, 'manual')).rejects.toThrow(/stopping/);

    const restarted = await setUpSync(setup.store, { db: setup.db, pageSize: PAGE });
    const second = await restarted.engine.runSync(setup.store.id, 'startup');
    expect(second.status).toBe('succeeded');
    expect(addedOver([first, second], 'products')).toBe(resultOf(clean.run, 'products').added);
    expect(resultOf(second, 'products').pagesDone).toBeLessThan(
      resultOf(clean.run, 'products').pagesDone ?? 0,
    );
    expect(await snapshot(restarted)).toEqual(clean.data);
  });
});

describe('a process that dies mid-run', () => {
  it('leaves a run that the next start marks interrupted once its heartbeat is stale, and the next run resumes from the last stored page', async () => {
    let customerPages = 0;
    // The "dead" process: its third customers request never answers, and nothing after it runs.
    const dying = createClientFactory(secrets, {
      ...FAST,
      fetch: (input, init) => {
        if (String(input).includes('/Customers/') && ++customerPages === 3)
          return new Promise<Response>(() => {});
        return fetch(input, init);
      },
    });
    const doomed = await setUpSync(buildStore(mock.url), { pageSize: PAGE, clientFor: dying });
    void doomed.engine.runSync(doomed.store.id, 'schedule');
    await expect.poll(() => customerPages, { timeout: 10_000 }).toBe(3);

    // The next start comes after the dead run's heartbeat went stale (a minute): two minutes on.
    const later = { now: () => new Date(Date.now() + 120_000) };
    const restarted = await setUpSync(doomed.store, { db: doomed.db, pageSize: PAGE, clock: later });
    const [abandoned] = await restarted.engine.recoverInterrupted();
    expect(abandoned).toMatchObject({ status: 'interrupted', finishedAt: expect.any(String) });
    expect(resultOf(abandoned as SyncRun, 'customers').status).toBe('skipped');
    expect(await restarted.engine.recoverInterrupted()).toEqual([]);

    await mock.control('DELETE', '/__control/calls');
    const resumed = await restarted.engine.runSync(doomed.store.id, 'startup');
    expect(resumed.status).toBe('succeeded');
    expect((await customersCalls())[0]?.query).toContain('modifiedSince=');
    expect(await snapshot(restarted)).toEqual(clean.data);
    expect((await restarted.engine.listRuns(doomed.store.id)).map((r) => r.status)).toEqual([
      'succeeded',
      'interrupted',
    ]);
  });
});

describe('one run at a time per store', () => {
  it('refuses a second run while one is running (409 sync-already-running); other stores run independently', async () => {
    const setup = await setUpSync(buildStore(mock.url), { pageSize: PAGE });
    const other = await setUpSync(buildStore(mock.url), {
      db: setup.db,
      pageSize: PAGE,
    });
    const started = await setup.engine.startSync(setup.store.id, 'manual');
    expect(started).toMatchObject({ status: 'running', trigger: 'manual', finishedAt: null });
    await expect(setup.engine.runSync(setup.store.id, 'manual')).rejects.toMatchObject({
      problem: 'sync-already-running',
    });
    expect((await setup.engine.status(setup.store.id)).running?.id).toBe(started.id);
    const elsewhere = await other.engine.runSync(other.store.id, 'manual');
    expect(elsewhere.status).toBe('succeeded');
    await expect.poll(() => setup.engine.isRunning(setup.store.id), { timeout: 10_000 }).toBe(false);
    expect((await setup.engine.getRun(setup.store.id, started.id)).status).toBe('succeeded');
    await expect(setup.engine.runSync('no-such-store', 'manual')).rejects.toMatchObject({
      problem: 'not-found',
    });
  });
});
