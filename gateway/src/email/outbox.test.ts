import { describe, expect, it } from 'vitest';
import { NASTY, STORE, sampleVariables } from '../../test/email-fixtures.ts';
import { useEmailKit } from '../../test/email-kit.ts';

const MINUTE = 60_000;
const { catcher, domain } = useEmailKit();

describe('the outbox', () => {
  it('lists a store’s messages newest first with paging and a status filter, without bodies', async () => {
    const smtp = await catcher();
    const { email, clock } = await domain({ smtpPort: smtp.smtpPort });
    for (const to of ['a@x.example', 'b@x.example', 'c@x.example']) {
      await email.send(STORE.id, 'order-status-changed', to, sampleVariables['order-status-changed']);
      clock.advance(1000);
    }
    await email.send(
      'store-2',
      'order-status-changed',
      'd@x.example',
      sampleVariables['order-status-changed'],
    );

    const page = await email.listOutbox(STORE.id, { page: 1, pageSize: 2 });
    expect(page).toMatchObject({ page: 1, pageSize: 2, total: 3 });
    expect(page.items.map((item) => item.to)).toEqual(['c@x.example', 'b@x.example']);
    expect(page.items[0]).not.toHaveProperty('html');
    expect((await email.listOutbox(STORE.id, { page: 2, pageSize: 2 })).items.map((item) => item.to)).toEqual(
      ['a@x.example'],
    );
    expect((await email.listOutbox(STORE.id, { status: 'failed' })).total).toBe(0);
  });

  it('a message of another store is not found', async () => {
    const smtp = await catcher();
    const { email } = await domain({ smtpPort: smtp.smtpPort });
    const message = await email.send(
      'store-2',
      'order-status-changed',
      'd@x.example',
      sampleVariables['order-status-changed'],
    );
    await expect(email.getMessage(STORE.id, message.id)).rejects.toMatchObject({ problem: 'not-found' });
  });

  it('a recipient that is not one email address, or an unknown store, is refused before anything is stored', async () => {
    const { email } = await domain({});
    await expect(
      email.send(
        STORE.id,
        'order-status-changed',
        'a@x.example, b@x.example',
        sampleVariables['order-status-changed'],
      ),
    ).rejects.toMatchObject({ problem: 'validation-failed' });
    await expect(
      email.send('nope', 'order-status-changed', 'a@x.example', sampleVariables['order-status-changed']),
    ).rejects.toMatchObject({
      problem: 'not-found',
    });
    expect((await email.listOutbox(STORE.id)).total).toBe(0);
  });

  it('by default every message is kept (B6), however old: a year on, the sent one is still listed', async () => {
    const smtp = await catcher();
    const { email, clock } = await domain({ smtpPort: smtp.smtpPort });
    const sent = await email.send(
      STORE.id,
      'invitation-expired',
      'a@x.example',
      sampleVariables['invitation-expired'],
    );
    expect(sent.status).toBe('sent');
    clock.advance(366 * 24 * 60 * MINUTE);
    await email.deliverDue();
    expect((await email.listOutbox(STORE.id)).items.map((item) => item.id)).toEqual([sent.id]);
    expect((await email.listOutbox(STORE.id)).retentionDays).toBeNull();
  });

  it('with a retention of 90 days, after 90 days sent messages are pruned, but a message still queued is kept', async () => {
    const smtp = await catcher();
    const { email, clock } = await domain({ smtpPort: smtp.smtpPort, retentionDays: 90 });
    const sent = await email.send(
      STORE.id,
      'invitation-expired',
      'admin@store.example',
      sampleVariables['invitation-expired'],
    );
    expect(sent).toMatchObject({
      status: 'sent',
      subject: `Expired invitation: Ann Smith (${NASTY}) tried to accept`,
    });
    await smtp.close();
    const waiting = await email.send(
      STORE.id,
      'order-status-changed',
      'ann@buyer.example',
      sampleVariables['order-status-changed'],
    );
    clock.advance(91 * 24 * 60 * MINUTE);
    await email.deliverDue();
    expect((await email.listOutbox(STORE.id)).items.map((item) => item.id)).toEqual([waiting.id]);
    expect((await email.listOutbox(STORE.id)).retentionDays).toBe(90);
  });
});
