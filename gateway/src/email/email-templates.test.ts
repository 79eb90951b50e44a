// The admin's wording of every email (issue 16 item 9, R12): validation against each template's own
// placeholders, per-store save and reset, and the preview with sample values.
import { describe, expect, it } from 'vitest';
import { buildEmailDomain, STORE } from '../../test/email-fixtures.ts';
import { AppError } from '../http/problems.ts';
import { emailTemplates, TEMPLATE_NAMES } from './email.templates.ts';
import { templateProblems, validateTemplate } from './template-text.ts';

const invitation = emailTemplates.invitation.editable;
const KNOWN = invitation.placeholders.join(', ');

function problemsOf(draft: { subject: string; body: string }) {
  try {
    validateTemplate(invitation, draft);
  } catch (error) {
    if (error instanceof AppError && error.problem === 'validation-failed') return error.extra.errors ?? [];
    throw error;
  }
  return [];
}

describe('template validation', () => {
  it.each(TEMPLATE_NAMES)('the default %s is valid and holds its required placeholders', (name) => {
    const { editable } = emailTemplates[name];
    expect(templateProblems(editable, editable.defaults)).toEqual([]);
    for (const { placeholder } of editable.required) expect(editable.defaults.body).toContain(placeholder);
  });

  it('an unknown placeholder is refused, naming it and listing the known ones', () => {
    expect(
      problemsOf({ subject: 'Hi {Nickname}', body: 'Dear {first name}, {Accept Link} {Coupon}' }),
    ).toEqual([
      {
        field: 'subject',
        message: `has unknown placeholder {Nickname}; the known placeholders are ${KNOWN}`,
      },
      { field: 'body', message: `has unknown placeholder {Coupon}; the known placeholders are ${KNOWN}` },
    ]);
  });

  it('a subject over 100 characters is refused; exactly 100 is fine', () => {
    const body = 'Join us: {Accept Link}';
    expect(problemsOf({ subject: 'x'.repeat(100), body })).toEqual([]);
    expect(problemsOf({ subject: 'x'.repeat(101), body })).toEqual([
      { field: 'subject', message: 'must be at most 100 characters (it has 101)' },
    ]);
  });

  it('a missing subject and a body without the required link are refused together', () => {
    expect(problemsOf({ subject: '  ', body: 'Hello {First Name}' })).toEqual([
      { field: 'subject', message: 'is required' },
      { field: 'body', message: 'must contain {Accept Link} so the contact can accept' },
    ]);
    expect(problemsOf({ subject: 'Hi', body: '' })).toEqual([{ field: 'body', message: 'is required' }]);
  });

  it('a link (it may carry a token) may not go in the subject', () => {
    expect(problemsOf({ subject: 'Go {Accept Link}', body: '{Accept Link}' })).toEqual([
      { field: 'subject', message: 'cannot contain {Accept Link}: the link goes in the body' },
    ]);
  });
});

describe('email templates per store', () => {
  it('a store that never edited an email gets the default; saving, then resetting returns to the default', async () => {
    const { templates, clock } = await buildEmailDomain();
    const defaults = emailTemplates['order-approved'].editable.defaults;
    expect(await templates.getTemplate(STORE.id, 'order-approved')).toMatchObject({
      ...defaults,
      isDefault: true,
      updatedAt: null,
      title: 'Order approved',
    });
    const saved = await templates.saveTemplate(STORE.id, 'order-approved', {
      subject: '  {Order Number} approved by {Approved By}  ',
      body: 'Hi {First Name}\r\n\r\nOn its way.',
    });
    expect(saved).toMatchObject({
      subject: '{Order Number} approved by {Approved By}',
      body: 'Hi {First Name}\n\nOn its way.',
    });
    expect(saved.updatedAt).toBe(clock.now().toISOString());
    expect(await templates.getTemplate(STORE.id, 'order-approved')).toEqual(saved);
    expect((await templates.getTemplate(STORE.id, 'invitation')).isDefault).toBe(true);
    expect((await templates.getTemplate('store-2', 'order-approved')).isDefault).toBe(true);
    const listed = await templates.listTemplates(STORE.id);
    expect(listed.filter((t) => !t.isDefault).map((t) => t.name)).toEqual(['order-approved']);

    expect(await templates.resetTemplate(STORE.id, 'order-approved')).toMatchObject({
      ...defaults,
      isDefault: true,
    });
    expect(await templates.getTemplate(STORE.id, 'order-approved')).toMatchObject(defaults);
  });

  it('an invalid draft is not saved, and an unknown email is not found', async () => {
    const { templates } = await buildEmailDomain();
    await expect(
      templates.saveTemplate(STORE.id, 'invitation', { subject: 'Hi {Oops}', body: '{Accept Link}' }),
    ).rejects.toThrow(/unknown placeholder \{Oops\}/);
    expect((await templates.getTemplate(STORE.id, 'invitation')).isDefault).toBe(true);
    await expect(templates.getTemplate(STORE.id, 'newsletter')).rejects.toThrow(
      'There is no email "newsletter".',
    );
  });

  it('the invitation preview renders a draft with sample values and an expiry 7 days out, a link inside text as a link', async () => {
    const { templates } = await buildEmailDomain();
    const preview = await templates.preview(STORE.id, 'invitation', {
      subject: '{First Name}, join {Brand Name}',
      body: 'For {Customer Name} until {Expiry Date}.\n\nClick {Accept Link} or the button:\n\n{Accept Link}',
    });
    expect(preview.subject).toBe(`Alex, join ${STORE.name}`);
    expect(preview.text).toContain('For Sample Customer Ltd until 8 November 2026.');
    const url = 'https://portal.example/invitations/sample';
    expect(preview.html).toContain(`Click <a href="${url}">${url}</a> or the button:`);
    expect(preview.html).toContain('Accept the invitation');
    expect((await templates.getTemplate(STORE.id, 'invitation')).isDefault).toBe(true);
  });

  it('placeholders match ignoring case and spaces, and the admin text is escaped', async () => {
    const { templates } = await buildEmailDomain();
    const preview = await templates.preview(STORE.id, 'order-status-changed', {
      subject: 'Hi {first  name}',
      body: '<script>alert(1)</script> {BRAND NAME} { status }',
    });
    expect(preview.subject).toBe('Hi Alex');
    expect(preview.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Demo Store Confirmed');
    expect(preview.html).not.toContain('<script>alert');
  });

  it('an email sent after an edit carries the store’s wording; another store keeps the default', async () => {
    const { templates, email } = await buildEmailDomain();
    await templates.saveTemplate(STORE.id, 'password-reset', {
      subject: 'Your new {Brand Name} password',
      body: 'Use this:\n\n{Reset Link}',
    });
    const variables = emailTemplates['password-reset'].sample(new Date());
    const sent = await email.send(STORE.id, 'password-reset', 'ann@buyer.example', variables, {
      deliverNow: false,
    });
    expect(sent.subject).toBe(`Your new ${STORE.name} password`);
    const other = await email.send('store-2', 'password-reset', 'ann@buyer.example', variables, {
      deliverNow: false,
    });
    expect(other.subject).toBe('Reset your password for Other Store');
  });
});
