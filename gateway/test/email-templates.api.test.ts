// Every email the store sends is the admin's to word (issue 16 item 9, R12): the list of emails with which
// ones are edited, saving with placeholders checked against each email's own, reset, a preview with sample
// values, and an edited order confirmation reaching the buyer's inbox on a real order with its order table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailOf, type Portal, startPortal } from './portal-fixtures.ts';

let portal: Portal;
beforeAll(async () => {
  portal = await startPortal({ plan: 'premium-plus' });
}, 60_000);
afterAll(() => portal.close());

const emails = '/email-templates';

describe('the list of emails', () => {
  it('when the admin opens it, then every email the store sends is listed with when it is sent, all default at first', async () => {
    const { status, body } = await portal.api('GET', emails);
    expect(status).toBe(200);
    expect(body.items.map((t: { name: string }) => t.name)).toEqual([
      'invitation',
      'invitation-expired',
      'order-request-buyer',
      'order-request-admin',
      'order-status-changed',
      'standing-order-reminder',
      'standing-order-failed',
      'password-reset',
      'order-approval-needed',
      'order-approved',
      'order-rejected',
    ]);
    expect(body.items.find((t: { name: string }) => t.name === 'order-status-changed')).toEqual({
      name: 'order-status-changed',
      title: 'Order status changed',
      sentWhen: "To the contact who placed an order when the order's status changes.",
      isDefault: true,
      updatedAt: null,
    });
  });

  it('when a buyer asks for the emails, then the answer is 403 and nothing is listed', async () => {
    const customer = await portal.addCustomer([{ firstName: 'Bea' }]);
    const buyer = await portal.signUp(customer.contacts.Bea!, emailOf('Bea', customer.code));
    const asBuyer = await portal.gw.request('GET', `/admin/stores/${portal.storeId}${emails}`, {
      token: buyer,
    });
    expect(asBuyer.status).toBe(403);
    expect(asBuyer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(asBuyer.body.items).toBeUndefined();
  });
});

describe('editing one email', () => {
  it('when the admin saves the status email, then the list shows it edited, the audit names it, and reset brings the default back', async () => {
    const saved = await portal.api('PUT', `${emails}/order-status-changed`, {
      subject: '{Order Number} is {Status}',
      body: 'Hi {First Name}, your order moved on to {Status}.',
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ name: 'order-status-changed', isDefault: false });
    expect(saved.body.placeholders).toContain('{Previous Status}');
    const listed = (await portal.api('GET', emails)).body.items;
    expect(listed.find((t: { name: string }) => t.name === 'order-status-changed').isDefault).toBe(false);
    const [entry] = (await portal.api('GET', '/audit?kind=template-changed')).body.items;
    expect(entry).toMatchObject({
      recordId: 'order-status-changed',
      after: { subject: '{Order Number} is {Status}' },
    });

    const reset = await portal.api('DELETE', `${emails}/order-status-changed`);
    expect(reset.body).toMatchObject({ isDefault: true, subject: 'Order {Order Number}: {Status}' });
    expect((await portal.api('GET', `${emails}/order-status-changed`)).body.isDefault).toBe(true);
  });

  it("when a draft uses a placeholder another email has, then it is refused naming this email's known ones", async () => {
    const refused = await portal.api('PUT', `${emails}/order-approved`, {
      subject: 'Approved {Accept Link}',
      body: 'Your order {Order Number} is approved, {Nickname}.',
    });
    expect(refused.status).toBe(400);
    expect(refused.body.type).toMatch(/validation-failed$/);
    expect(refused.body.errors).toEqual([
      {
        field: 'subject',
        message:
          'has unknown placeholder {Accept Link}; the known placeholders are {Brand Name}, {First Name}, {Customer Name}, {Order Number}, {Approved By}, {Order Link}',
      },
      {
        field: 'body',
        message:
          'has unknown placeholder {Nickname}; the known placeholders are {Brand Name}, {First Name}, {Customer Name}, {Order Number}, {Approved By}, {Order Link}',
      },
    ]);
    expect((await portal.api('GET', `${emails}/order-approved`)).body.isDefault).toBe(true);
  });

  it('when the reset email leaves out its link, then saving is refused and the default stays', async () => {
    const refused = await portal.api('PUT', `${emails}/password-reset`, {
      subject: 'New password',
      body: 'Hello {First Name}, click somewhere.',
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([
      { field: 'body', message: 'must contain {Reset Link} so the reader can set a new password' },
    ]);
    expect((await portal.api('GET', `${emails}/password-reset`)).body).toMatchObject({
      isDefault: true,
      requiredPlaceholders: ['{Reset Link}'],
    });
  });

  it('when the admin names an email that does not exist, then every operation answers 404 problem+json', async () => {
    for (const [method, path] of [
      ['GET', `${emails}/newsletter`],
      ['PUT', `${emails}/newsletter`],
      ['DELETE', `${emails}/newsletter`],
      ['POST', `${emails}/newsletter/preview`],
    ] as const) {
      const body = method === 'PUT' ? { subject: 'x', body: 'y' } : undefined;
      const answer = await portal.gw.request(method, `/admin/stores/${portal.storeId}${path}`, {
        token: portal.admin,
        body,
      });
      expect(answer.status, `${method} ${path}`).toBe(404);
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
      expect(answer.body.type).toMatch(/not-found$/);
      expect(answer.body.detail).toContain('There is no email "newsletter".');
    }
  });
});

describe('the preview', () => {
  it('when the admin previews a draft of the status email, then the sample order is rendered under the wording and nothing is saved', async () => {
    const preview = await portal.api('POST', `${emails}/order-status-changed/preview`, {
      subject: '{Customer Name}: {Order Number} now {Status}',
      body: 'Good news {First Name}: it was {Previous Status}, now it is {Status}.',
    });
    expect(preview.status).toBe(200);
    expect(preview.body.subject).toBe('Sample Customer Ltd: SO-00001 now Confirmed');
    expect(preview.body.text).toContain('Good news Alex: it was Processing, now it is Confirmed.');
    expect(preview.body.text).toContain('2 x SAMPLE-1 Sample product');
    expect(preview.body.text).toContain('Freight: NZ$8.00');
    expect(preview.body.html).toContain('Trade Store');
    expect((await portal.api('GET', `${emails}/order-status-changed`)).body.isDefault).toBe(true);
  });

  it('when the draft is invalid, then the preview lists every problem', async () => {
    const refused = await portal.api('POST', `${emails}/order-approval-needed/preview`, {
      subject: '',
      body: 'Please look at {Order Number}.',
    });
    expect(refused.status).toBe(400);
    expect(
      refused.body.errors.map((e: { field: string; message: string }) => `${e.field} ${e.message}`),
    ).toEqual([
      'subject is required',
      'body must contain {Approval Link} so the approver can approve or reject the order',
    ]);
  });
});

describe('sending with the edited wording', () => {
  it("when the admin edits the buyer's order confirmation and a buyer orders, then the email in the inbox has the new subject and wording above the order lines and totals", async () => {
    await portal.api('PUT', `${emails}/order-request-buyer`, {
      subject: 'Thanks {First Name}: {Order Number} is with {Brand Name}',
      body: 'Kia ora {First Name},\n\nWe have your order {Order Number} for {Customer Name} and pack it today.',
    });
    const customer = await portal.addCustomer([{ firstName: 'Olu' }]);
    const email = emailOf('Olu', customer.code);
    const buyer = await portal.signUp(customer.contacts.Olu!, email);
    const [plenty] = (await portal.api('GET', '/products?search=DEMO-PLENTY')).body.items;
    await portal.api('POST', '/products/status', { status: 'sellable', productGuids: [plenty.guid] });
    const store = (method: string, path: string, body?: unknown) =>
      portal.gw.request(method, `/store${path}`, { token: buyer, body });
    expect((await store('PUT', `/cart/lines/${plenty.guid}`, { quantity: 3 })).status).toBe(200);
    const placed = await store('POST', '/orders', {
      deliveryAddress: {
        street: '1 Test Road',
        city: 'Auckland',
        postalCode: '1010',
        country: 'New Zealand',
      },
    });
    expect(placed.status, JSON.stringify(placed.body)).toBe(201);
    const number: string = placed.body.storeReference;

    // The confirmation goes out once the order's transaction commits.
    await expect
      .poll(() => portal.catcher.latest(email)?.subject)
      .toBe(`Thanks Olu: ${number} is with Trade Store`);
    const mail = portal.catcher.latest(email);
    expect(mail?.text).toContain(
      `Kia ora Olu,\n\nWe have your order ${number} for ${customer.code} Trading Ltd and pack it today.`,
    );
    expect(mail?.text).not.toContain('Thank you for your order request.');
    expect(mail?.text).toMatch(/3 x DEMO-PLENTY .+ = /);
    expect(mail?.text).toMatch(/Total: /);
    expect(mail?.html).toContain('pack it today.');
  });
});
