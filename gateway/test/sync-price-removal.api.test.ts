// A price row removed in Unleashed (R17a): a read of changes never shows a removal, so the prices pass reads
// every row once a day and removes the stored ones Unleashed no longer has; in between it stays one call.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEED_FACTS } from '../../mock-unleashed/src/seed/index.ts';
import { type RunningMock, startMock } from '../../mock-unleashed/test/harness.ts';
import { TestClock } from '../src/clock.ts';
import { buildStore, callsOf, resultOf, type SyncSetup, setUpSync } from './sync-fixtures.ts';

const HOUR = 3_600_000;
const { customerFixed } = DEFAULT_SEED_FACTS.prices;

let mock: RunningMock;
let setup: SyncSetup;
const clock = new TestClock(new Date());

beforeAll(async () => {
  mock = await startMock();
  setup = await setUpSync(buildStore(mock.url), { clock });
  await setup.engine.runSync(setup.store.id, 'manual');
});
afterAll(() => mock.close());

const rules = () => setup.repos.catalogue.listPriceRules(setup.store.id);
const sync = () => setup.engine.runSync(setup.store.id, 'manual');

describe('a price row removed in Unleashed', () => {
  it("when DEMO001's own price is removed, then it stays until the day's whole read, which removes it and nothing else", async () => {
    const before = await rules();
    const rows = await mock.call(
      'GET',
      `/ProductPrices?customerCode=${customerFixed.customerCode}&productCode=${customerFixed.productCode}`,
    );
    const guid = rows.body.Items[0].Guid as string;
    expect(before.map((rule) => rule.guid)).toContain(guid);
    expect((await mock.control('DELETE', `/__control/product-prices/${guid}`)).status).toBe(204);

    clock.advance(23 * HOUR);
    const sameDay = await sync();
    expect(callsOf(sameDay).productPrices).toBe(1);
    expect((await rules()).map((rule) => rule.guid)).toContain(guid);

    clock.advance(2 * HOUR);
    const nextDay = await sync();
    expect(resultOf(nextDay, 'productPrices')).toMatchObject({ removed: 1, added: 0 });
    const after = await rules();
    expect(after.map((rule) => rule.guid)).not.toContain(guid);
    expect(after).toHaveLength(before.length - 1);

    const then = await sync();
    expect(callsOf(then).productPrices).toBe(1);
    expect(resultOf(then, 'productPrices').removed).toBe(0);
  });
});
