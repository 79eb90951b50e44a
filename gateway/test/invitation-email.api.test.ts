// The invitation email is the admin's to edit (R12): placeholders, preview, reset; every email is kept in the
// outbox with its status (B6), and an invitation sent while SMTP is down arrives once the server is back.
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpCatcher } from '../../scripts/smtp-catcher/catcher.ts';
import { emailOf, PASSWORD, type Portal, startPortal } from './portal-fixtures.ts';

let portal: Portal;
beforeAll(async () => {
  portal = await startPortal();
}, 60_000);
afterAll(() => portal.close());

describe('the invitation template', () => {
  it('when the admin saves a subject and body with placeholders, then the next invitation uses them filled in', async () => {
    const saved = await portal.api('PUT', '/email-templates/invitation', {
      subject: '{First Name}, order from {Brand Name}',
      body: 'Hi {First Name} of {Customer Name}.\n\n{Accept Link}\n\nValid until {Expiry Date}.',
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ isDefault: false });
    const customer = await portal.addCustomer([{ firstName: 'Ann' }]);
    await portal.invite(customer.contacts.Ann!, emailOf('Ann', customer.code));
    const mail = portal.catcher.latest(emailOf('Ann', customer.code))!;
    expect(mail.subject).toBe('Ann, order from Trade Store');
    expect(mail.text).toContain(`Hi Ann of ${customer.code} Trading Ltd.`);
    expect(mail.text).toMatch(/Valid until \d{1,2} \w+ \d{4}\./);
    await portal.api('DELETE', '/email-templates/invitation');
  });

  it('when a draft uses an unknown placeholder, then it is refused with the list of known ones', async () => {
    const refused = await portal.api('PUT', '/email-templates/invitation', {
      subject: 'Hello {Nickname}',
      body: '{Accept Link}',
    });
    expect(refused.status).toBe(400);
    expect(refused.body.type).toMatch(/validation-failed$/);
    expect(refused.body.errors[0].field).toBe('subject');
    expect(refused.body.errors[0].message).toContain('{Nickname}');
    expect(refused.body.errors[0].message).toContain(
      '{Brand Name}, {First Name}, {Customer Name}, {Accept Link}, {Expiry Date}',
    );
  });

  it('when the subject is empty or longer than 100 characters, then saving is refused', async () => {
    for (const subject of ['', 'x'.repeat(101)]) {
      const refused = await portal.api('PUT', '/email-templates/invitation', {
        subject,
        body: '{Accept Link}',
      });
      expect(refused.status).toBe(400);
      expect(refused.body.errors.map((e: { field: string }) => e.field)).toContain('subject');
    }
  });

  it('when the admin previews a draft, then it is rendered with sample values and nothing is saved; reset brings the default back', async () => {
    const preview = await portal.api('POST', '/email-templates/invitation/preview', {
      subject: 'Welcome {First Name}',
      body: 'For {Customer Name}: {Accept Link}',
    });
    expect(preview.status).toBe(200);
    expect(preview.body.subject).toBe('Welcome Alex');
    expect(preview.body.text).toContain('For Sample Customer Ltd');
    expect((await portal.api('GET', '/email-templates/invitation')).body.isDefault).toBe(true);

    await portal.api('PUT', '/email-templates/invitation', { subject: 'Custom', body: '{Accept Link}' });
    const reset = await portal.api('DELETE', '/email-templates/invitation');
    expect(reset.body).toMatchObject({
      isDefault: true,
      subject: 'You are invited to order from {Brand Name}',
    });
  });
});

describe('the outbox', () => {
  it('when an invitation is sent, then the outbox lists it as sent and shows its body with the link masked', async () => {
    const customer = await portal.addCustomer([{ firstName: 'Bo' }]);
    const token = await portal.invite(customer.contacts.Bo!, emailOf('Bo', customer.code));
    const sent = await portal.api('GET', '/outbox?status=sent');
    const item = sent.body.items.find((m: { to: string }) => m.to === emailOf('Bo', customer.code));
    expect(item).toMatchObject({
      template: 'invitation',
      status: 'sent',
      from: '"Trade Store" <no-reply@portal.example>',
    });
    const message = await portal.api('GET', `/outbox/${item.id}`);
    expect(message.body.text).toContain('/invitations/');
    expect(message.body.text).not.toContain(token);
    expect((await portal.api('GET', '/outbox?status=failed')).body.items).toEqual([]);
    expect((await portal.api('GET', '/outbox/no-such-message')).status).toBe(404);
  });
});

describe('when SMTP is down', () => {
  it('when the SMTP server refuses connections and then recovers, then the invitation is queued, retried by its job and arrives with a working link', async () => {
    const port = await freePort();
    const down = await startPortal({ smtpPort: port });
    try {
      const customer = await down.addCustomer([{ firstName: 'Cy' }]);
      const invited = await down.api('POST', `/contacts/${customer.contacts.Cy}/invitation`);
      expect(invited.status).toBe(201);
      expect(invited.body.contact.status).toBe('pending');
      expect(invited.body.message.status).toBe('queued');
      const queued = await down.api('GET', `/outbox/${invited.body.message.id}`);
      expect(queued.body.lastError).not.toBeNull();

      // The retry is a job (due after 1 s here): once the clock says it is due, it delivers the invitation. A
      // second portal starts first and the job may wait 10 s more if it ran before the clock moved: 60 s in all.
      const catcher = await startSmtpCatcher({ smtpPort: port, httpPort: 0 });
      try {
        await down.advance(60_000);
        await expect
          .poll(async () => (await down.api('GET', `/outbox/${invited.body.message.id}`)).body.status, {
            timeout: 20_000,
            interval: 100,
          })
          .toBe('sent');
        const link = /\/invitations\/([\w-]{20,})/.exec(
          catcher.latest(emailOf('Cy', customer.code))?.text ?? '',
        );
        const accepted = await down.gw.request('POST', '/store/invitations/accept', {
          body: { token: link?.[1], password: PASSWORD },
        });
        expect(accepted.status).toBe(200);
      } finally {
        await catcher.close();
      }
    } finally {
      await down.close();
    }
  }, 60_000);
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
