// Audit retention (B5): with a retention period set, entries past it are deleted by the daily prune job, not by
// reading the trail; recent entries stay, and the day's job is queued once however often the tick runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Portal, startPortal } from './portal-fixtures.ts';

const DAY = 86_400_000;
let portal: Portal;
beforeAll(async () => {
  portal = await startPortal({ plan: 'premium', auditRetentionDays: 30 });
});
afterAll(() => portal.close());

/** The sync intervals the store-settings entries set, newest first (the one setting this test changes). */
const settingsEntries = async () => {
  const { status, body } = await portal.api('GET', '/audit?kind=store-settings-changed');
  expect(status).toBe(200);
  return body.items
    .map((e: { after: { syncIntervalMinutes?: number } }) => e.after.syncIntervalMinutes)
    .filter((minutes: number | undefined) => minutes !== undefined);
};

describe('audit retention of 30 days', () => {
  it('when an entry is 31 days old, then reading the trail keeps it, and the prune job deletes it but not a recent one', async () => {
    expect((await portal.api('PATCH', '', { syncIntervalMinutes: 30 })).status).toBe(200);
    await portal.advance(31 * DAY);
    expect((await portal.api('PATCH', '', { syncIntervalMinutes: 45 })).status).toBe(200);
    expect(await settingsEntries()).toEqual([45, 30]);
    expect((await portal.api('GET', '/audit')).body.retentionDays).toBe(30);

    const retention = portal.gw.gateway.services.auditRetention;
    expect(await retention.queueDue()).not.toBeNull();
    // The tick on another instance, or again within the day, queues nothing more.
    expect(await retention.queueDue()).toBeNull();

    const until = Date.now() + 15_000;
    while ((await portal.api('GET', '/audit')).body.total > 1 && Date.now() < until)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await settingsEntries()).toEqual([45]);
    expect((await portal.api('GET', '/audit')).body.total).toBe(1);
  });

  it('when the next day comes, then a new prune job is queued and the entry 1 day old is kept', async () => {
    await portal.advance(DAY);
    expect(await portal.gw.gateway.services.auditRetention.queueDue()).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await settingsEntries()).toEqual([45]);
  });
});
