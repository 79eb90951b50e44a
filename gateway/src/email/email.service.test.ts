import { describe, expect, it, vi } from 'vitest';
import { STORE, sampleVariables, TOKEN } from '../../test/email-fixtures.ts';
import { useEmailKit } from '../../test/email-kit.ts';
import type { PortalDb } from '../db/database.ts';
import { createOutboxRepo } from './outbox.repo.ts';

const MINUTE = 60_000;
const { catcher, domain, freePort, refusingServer } = useEmailKit();

/** An outbox row as from before delivery jobs (or whose job was lost): nothing but the sweep sends it. */
async function saveWithoutJob(db: PortalDb, to: string, at: Date): Promise<void> {
  await createOutboxRepo(db).save({
    id: `no-job-${to}`,
    storeId: STORE.id,
    template: 'order-status-changed',
    to,
    from: '"Demo Store" <no-reply@portal.example>',
    sender: { name: 'Demo Store', address: 'no-reply@portal.example' },
    subject: 'Order 1',
    html: '<p>1</p>',
    text: '1',
    delivery: null,
    status: 'queued',
    attempts: 0,
    lastError: null,
    nextAttemptAt: at.toISOString(),
    createdAt: at.toISOString(),
    sentAt: null,
    messageId: null,
  });
}

describe('sending email', () => {
  it('a message goes through nodemailer to the SMTP server with both parts, the store as sender name and the right To', async () => {
    const smtp = await catcher();
    const { email } = await domain({ smtpPort: smtp.smtpPort });
    const message = await email.send(
      STORE.id,
      'order-status-changed',
      'Ann@Buyer.example',
      sampleVariables['order-status-changed'],
    );

    expect(message).toMatchObject({
      status: 'sent',
      attempts: 1,
      lastError: null,
      nextAttemptAt: null,
      template: 'order-status-changed',
    });
    expect(message.messageId).toMatch(/@/);
    expect(message.from).toBe('"Demo Store" <no-reply@portal.example>');
    const caught = smtp.latest('ann@buyer.example');
    expect(caught).toMatchObject({
      subject: 'Order SO-00042: Confirmed',
      from: '"Demo Store" <no-reply@portal.example>',
    });
    expect(caught?.to).toEqual(['ann@buyer.example']);
    expect(caught?.text).toContain('is now: Confirmed');
    expect(caught?.html).toContain('Tom &amp; Jerry');
    expect(caught?.html).toContain('View your order');
  });

  it('the invitation arrives with its working accept link, while the outbox copy the admin reads hides the token', async () => {
    const smtp = await catcher();
    const { email } = await domain({ smtpPort: smtp.smtpPort });
    const sent = await email.send(STORE.id, 'invitation', 'ann@buyer.example', sampleVariables.invitation);

    expect(smtp.latest()?.text).toContain(`https://portal.example/invitations/${TOKEN}`);
    expect(smtp.latest()?.html).toContain(`href="https://portal.example/invitations/${TOKEN}"`);
    const kept = await email.getMessage(STORE.id, sent.id);
    expect(kept.html).toContain('Accept the invitation');
    expect(JSON.stringify(kept)).not.toContain(TOKEN);
  });

  it('when the SMTP server is down the message stays queued, and is sent once it is back and the retry is due', async () => {
    const port = await freePort();
    const { email, clock } = await domain({ smtpPort: port });
    const queued = await email.send(STORE.id, 'invitation', 'ann@buyer.example', sampleVariables.invitation);
    expect(queued).toMatchObject({
      status: 'queued',
      attempts: 1,
      nextAttemptAt: new Date(clock.now().getTime() + MINUTE).toISOString(),
    });
    expect(queued.lastError).toMatch(/ECONNREFUSED|connect/i);

    const smtp = await catcher(port);
    expect(await email.deliverDue()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    clock.advance(MINUTE);
    expect(await email.deliverDue()).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(await email.getMessage(STORE.id, queued.id)).toMatchObject({
      status: 'sent',
      attempts: 2,
      lastError: null,
    });
    expect(smtp.latest('ann@buyer.example')?.text).toContain(TOKEN);
    expect(JSON.stringify(await email.getMessage(STORE.id, queued.id))).not.toContain(TOKEN);
  });

  it('a refused message is retried after 1, 2, 4, 8 and 16 minutes, then shown as failed; nothing is lost', async () => {
    const { email, clock } = await domain({ smtpPort: await refusingServer() });
    const sent = await email.send(
      STORE.id,
      'order-request-buyer',
      'ann@buyer.example',
      sampleVariables['order-request-buyer'],
    );
    expect(sent).toMatchObject({ status: 'queued', attempts: 1 });
    expect(sent.lastError).toMatch(/550 Mailbox unavailable/);

    for (const [index, minutes] of [1, 2, 4, 8, 16].entries()) {
      clock.advance(minutes * MINUTE - 1);
      expect(await email.deliverDue()).toEqual({ sent: 0, retrying: 0, failed: 0 });
      clock.advance(1);
      const last = index === 4;
      expect(await email.deliverDue()).toEqual({ sent: 0, retrying: last ? 0 : 1, failed: last ? 1 : 0 });
    }
    const message = await email.getMessage(STORE.id, sent.id);
    expect(message).toMatchObject({ status: 'failed', attempts: 6, nextAttemptAt: null, sentAt: null });
    expect(message.lastError).toMatch(/550/);
    clock.advance(24 * 60 * MINUTE);
    expect(await email.deliverDue()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(await email.listOutbox(STORE.id)).toMatchObject({
      total: 1,
      items: [{ id: sent.id, status: 'failed' }],
    });
  });

  it('while SMTP is down every message is kept; when it is back all of them are sent', async () => {
    const port = await freePort();
    const { email, clock } = await domain({ smtpPort: port });
    const recipients = ['a@x.example', 'b@x.example', 'c@x.example'];
    for (const to of recipients)
      await email.send(STORE.id, 'order-status-changed', to, sampleVariables['order-status-changed']);
    expect((await email.listOutbox(STORE.id, { status: 'queued' })).total).toBe(3);

    const smtp = await catcher(port);
    clock.advance(MINUTE);
    expect(await email.deliverDue()).toEqual({ sent: 3, retrying: 0, failed: 0 });
    expect(smtp.messages.flatMap((m) => m.to).sort()).toEqual(recipients);
    expect((await email.listOutbox(STORE.id, { status: 'sent' })).total).toBe(3);
  });

  it('when the server is unreachable, one job finds it down and the other messages wait without spending an attempt', async () => {
    const { email, clock } = await domain({ smtpPort: await freePort() });
    for (const to of ['a@x.example', 'b@x.example', 'c@x.example']) {
      await email.send(STORE.id, 'order-status-changed', to, sampleVariables['order-status-changed'], {
        deliverNow: false,
      });
    }
    const waiting = async () => (await email.listOutbox(STORE.id, { status: 'queued' })).items;
    await vi.waitFor(
      async () => {
        const items = await waiting();
        expect(items.every((item) => Date.parse(item.nextAttemptAt ?? '') > clock.now().getTime())).toBe(
          true,
        );
      },
      { timeout: 10_000, interval: 50 },
    );
    expect((await waiting()).map((item) => item.attempts).sort()).toEqual([0, 0, 1]);
  });

  it('when the server is unreachable, a sweep stops after one try and leaves the other messages due', async () => {
    const { email, db, clock } = await domain({ smtpPort: await freePort() });
    for (const to of ['a@x.example', 'b@x.example', 'c@x.example']) await saveWithoutJob(db, to, clock.now());
    expect(await email.deliverDue()).toEqual({ sent: 0, retrying: 1, failed: 0 });
    const queued = (await email.listOutbox(STORE.id, { status: 'queued' })).items;
    expect(queued.map((item) => item.attempts).sort()).toEqual([0, 0, 1]);
  });

  it('when an attempt fails, then the job of its retry delivers it once the retry is due', async () => {
    const port = await freePort();
    const { email, clock } = await domain({ smtpPort: port, retryBaseMs: 1_000 });
    const queued = await email.send(
      STORE.id,
      'order-status-changed',
      'ann@buyer.example',
      sampleVariables['order-status-changed'],
    );
    expect(queued).toMatchObject({ status: 'queued', attempts: 1 });
    const smtp = await catcher(port);
    clock.advance(1_000);
    await vi.waitFor(() => expect(smtp.messages).toHaveLength(1), { timeout: 10_000, interval: 50 });
    await vi.waitFor(
      async () =>
        expect(await email.getMessage(STORE.id, queued.id)).toMatchObject({ status: 'sent', attempts: 2 }),
      { timeout: 5_000, interval: 50 },
    );
  });

  it('logs name the message, never its body or link', async () => {
    const lines: string[] = [];
    const log = (fields: object, message: string) => lines.push(JSON.stringify({ ...fields, message }));
    const port = await freePort();
    const { email, clock } = await domain({ smtpPort: port, logger: { info: log, warn: log, error: log } });
    await email.send(STORE.id, 'invitation', 'ann@buyer.example', sampleVariables.invitation);
    await catcher(port);
    clock.advance(MINUTE);
    await email.deliverDue();
    expect(lines.map((line) => JSON.parse(line).message)).toEqual([
      'email not delivered; will retry',
      'email sent',
    ]);
    expect(lines.join('\n')).not.toMatch(new RegExp(`${TOKEN}|Accept the invitation|ann@buyer`));
  });

  it('start() sweeps up at once a due message that has no job; stop() ends the sweep', async () => {
    const smtp = await catcher();
    const { email, db, clock } = await domain({ smtpPort: smtp.smtpPort });
    await saveWithoutJob(db, 'a@x.example', clock.now());
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(smtp.messages).toHaveLength(0);
    email.start();
    await vi.waitFor(() => expect(smtp.messages).toHaveLength(1), { timeout: 5_000, interval: 20 });
    await email.stop();
  });

  it('a message queued without an attempt of its own is delivered by its job at once, once', async () => {
    const smtp = await catcher();
    const { email } = await domain({ smtpPort: smtp.smtpPort });
    const queued = await email.send(
      STORE.id,
      'standing-order-reminder',
      'ann@buyer.example',
      sampleVariables['standing-order-reminder'],
      { deliverNow: false },
    );
    expect(queued).toMatchObject({ status: 'queued', attempts: 0 });
    // The job records the message sent a moment after the SMTP server accepted it.
    await vi.waitFor(
      async () =>
        expect(await email.getMessage(STORE.id, queued.id)).toMatchObject({ status: 'sent', attempts: 1 }),
      { timeout: 5_000, interval: 20 },
    );
    expect(smtp.latest()?.subject).toContain('Weekly <milk>');
    expect(await email.deliverDue()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(smtp.messages).toHaveLength(1);
  });
});
