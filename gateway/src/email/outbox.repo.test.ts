// The outbox table: the admin's pages come from SQL, due messages and pruning, and two gateway processes
// delivering from one database never send a message twice.
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeEach, describe, expect, it } from 'vitest';
import { onEachDatabase } from '../../test/databases.ts';
import { createAuditLog } from '../audit/audit-log.ts';
import { TestClock } from '../clock.ts';
import { createEmailService } from './email.service.ts';
import { createEmailTemplatesRepo } from './email-templates.repo.ts';
import { createEmailTemplatesService } from './email-templates.service.ts';
import type { Mailer } from './mailer.ts';
import { createOutboxRepo, type OutboxRecord } from './outbox.repo.ts';

const START = new Date('2026-11-01T09:00:00.000Z');
const at = (minutes: number) => new Date(START.getTime() + minutes * 60_000).toISOString();

function message(n: number, overrides: Partial<OutboxRecord> = {}): OutboxRecord {
  return {
    id: `m-${String(n).padStart(3, '0')}`,
    storeId: 'store-1',
    template: 'order-status-changed',
    to: `buyer${n}@x.example`,
    from: '"Demo Store" <no-reply@portal.example>',
    sender: { name: 'Demo Store', address: 'no-reply@portal.example' },
    subject: `Order ${n}`,
    html: `<p>${n}</p>`,
    text: `${n}`,
    delivery: null,
    status: 'queued',
    attempts: 0,
    lastError: null,
    nextAttemptAt: at(0),
    createdAt: at(0),
    sentAt: null,
    messageId: null,
    ...overrides,
  };
}

onEachDatabase((db) => {
  beforeEach(async () => {
    await db().q.deleteFrom('emailOutbox').execute();
  });

  describe('the outbox page', () => {
    it('the second page holds the next 50 newest; messages made at the same instant list the later made first', async () => {
      const outbox = createOutboxRepo(db());
      for (let n = 0; n < 120; n++) await outbox.save(message(n, { createdAt: at(Math.floor(n / 2)) }));
      await outbox.save(message(999, { storeId: 'store-2', createdAt: at(500) }));

      const second = await outbox.listByStore('store-1', { limit: 50, offset: 50 });
      expect(second.total).toBe(120);
      expect(second.items.map((m) => m.id)).toEqual(
        Array.from({ length: 50 }, (_, i) => `m-${String(69 - i).padStart(3, '0')}`),
      );
      expect(second.items[0]).not.toHaveProperty('html');
      expect((await outbox.listByStore('store-1', { limit: 50, offset: 100 })).items).toHaveLength(20);
    });

    it('a status filter pages and counts only that status', async () => {
      const outbox = createOutboxRepo(db());
      for (let n = 0; n < 5; n++) await outbox.save(message(n, { createdAt: at(n) }));
      for (const n of [1, 3]) await outbox.save(message(n, { createdAt: at(n), status: 'failed' }));
      const failed = await outbox.listByStore('store-1', { status: 'failed', limit: 1, offset: 0 });
      expect(failed).toMatchObject({ total: 2, items: [{ id: 'm-003', status: 'failed' }] });
    });
  });

  describe('due messages and pruning', () => {
    it('lists what is due, oldest due first: queued, or sending with a lapsed claim', async () => {
      const outbox = createOutboxRepo(db());
      await outbox.save(message(1, { nextAttemptAt: at(3) }));
      await outbox.save(message(2, { status: 'sending', nextAttemptAt: at(1) }));
      await outbox.save(message(3, { nextAttemptAt: at(10) }));
      await outbox.save(message(4, { status: 'failed', nextAttemptAt: null }));
      await outbox.save(message(5, { status: 'sent', nextAttemptAt: null }));
      expect((await outbox.listDue(new Date(at(5)))).map((m) => m.id)).toEqual(['m-002', 'm-001']);
    });

    it('a message is claimed once: a second claim fails until the first lapses', async () => {
      const outbox = createOutboxRepo(db());
      await outbox.save(message(1));
      const claimed = await outbox.claim('m-001', new Date(at(0)), new Date(at(5)));
      expect(claimed).toMatchObject({
        status: 'sending',
        attempts: 1,
        nextAttemptAt: at(5),
        html: '<p>1</p>',
      });
      expect(await outbox.claim('m-001', new Date(at(1)), new Date(at(6)))).toBeUndefined();
      expect(await outbox.claim('m-001', new Date(at(5)), new Date(at(10)))).toMatchObject({ attempts: 2 });
      // The first attempt's claim was taken over: its outcome is not recorded.
      expect(await outbox.settle({ ...(claimed as OutboxRecord), status: 'sent' })).toBe(false);
    });

    it('prunes sent and failed messages made before the cutoff, never queued ones', async () => {
      const outbox = createOutboxRepo(db());
      await outbox.save(message(1, { status: 'sent', createdAt: at(0) }));
      await outbox.save(message(2, { status: 'failed', createdAt: at(0) }));
      await outbox.save(message(3, { createdAt: at(0) }));
      await outbox.save(message(4, { status: 'sent', createdAt: at(20) }));
      expect(await outbox.pruneFinishedBefore(new Date(at(10)))).toBe(2);
      expect((await outbox.listByStore('store-1', { limit: 10, offset: 0 })).items.map((m) => m.id)).toEqual([
        'm-004',
        'm-003',
      ]);
    });
  });

  it('two delivery loops on one database racing for the same due messages deliver each message once', async () => {
    const delivered: string[] = [];
    const mailer: Mailer = {
      async deliver(mail) {
        await sleep(2);
        delivered.push(mail.to);
        return { messageId: `<${mail.to}>` };
      },
      close() {},
    };
    const loop = () => {
      const clock = new TestClock(START);
      const templates = createEmailTemplatesService({
        repo: createEmailTemplatesRepo(db()),
        clock,
        storeName: async () => 'Demo Store',
        timeZone: 'UTC',
        audit: createAuditLog(db(), clock),
        transaction: (work) => db().transaction(work),
      });
      return createEmailService({
        outbox: createOutboxRepo(db()),
        queue: async () => undefined,
        transaction: (work) => db().transaction(work),
        mailer,
        templates,
        storeName: async () => 'Demo Store',
        clock,
        settings: { from: 'B2B Portal <no-reply@portal.example>' },
      });
    };
    const outbox = createOutboxRepo(db());
    for (let n = 0; n < 30; n++) await outbox.save(message(n));

    const reports = await Promise.all([loop().deliverDue(), loop().deliverDue()]);
    expect(reports.reduce((sum, report) => sum + report.sent, 0)).toBe(30);
    expect(delivered.sort()).toEqual(Array.from({ length: 30 }, (_, n) => `buyer${n}@x.example`).sort());
    const { items } = await outbox.listByStore('store-1', { status: 'sent', limit: 50, offset: 0 });
    expect(items.map((m) => m.attempts)).toEqual(Array(30).fill(1));
  });
});
