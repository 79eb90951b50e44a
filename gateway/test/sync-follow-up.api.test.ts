// Orders placed while a sync runs (R18: imported within seconds): the push is requested, and since a store runs
// one sync at a time, the request waits for the running one and starts right after it; any number of requests
// during one run make a single follow-up run, so a busy hour of orders never queues a train of syncs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Order } from '../src/orders/orders.types.ts';
import { type OrderWorld, startOrderWorld } from './sync-order-fixtures.ts';

let world: OrderWorld;

beforeAll(async () => {
  world = await startOrderWorld();
});
afterAll(() => world.mock.close());

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting until ${what}`);
}

describe('a sync requested while one runs', () => {
  it('when three orders are placed during a slow sync, then one follow-up run starts as it ends and imports them all', async () => {
    const { engine, store } = world.setup;
    await world.mock.control('POST', '/__control/faults', { kind: 'latency', latencyMs: 150 });
    try {
      const running = await engine.startSync(store.id, 'manual');
      const orders: Order[] = [];
      for (let i = 0; i < 3; i++) {
        orders.push(await world.queue());
        engine.requestSync(store.id, 'order-placed');
        expect(engine.isRunning(store.id)).toBe(true);
      }
      await until(
        async () =>
          (await Promise.all(orders.map((o) => world.stored(o)))).every((o) => o.importState === 'imported'),
        'every order is imported',
      );
      await until(async () => !engine.isRunning(store.id), 'the follow-up run has ended');
      const runs = await engine.listRuns(store.id, 10);
      const after = runs.slice(
        0,
        runs.findIndex((run) => run.id === running.id),
      );
      expect(after.map((run) => run.trigger)).toEqual(['order-placed']);
      expect(after[0]?.status).toBe('succeeded');
    } finally {
      await world.mock.control('DELETE', '/__control/faults');
    }
  });

  it('when nothing is running, then the requested sync starts at once', async () => {
    const { engine, store } = world.setup;
    const order = await world.queue();
    engine.requestSync(store.id, 'order-placed');
    await expect.poll(() => engine.isRunning(store.id), { timeout: 2_000 }).toBe(true);
    await until(async () => (await world.stored(order)).importState === 'imported', 'the order is imported');
    await until(async () => !engine.isRunning(store.id), 'the run has ended');
  });
});
