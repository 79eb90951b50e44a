import { describe, expect, it } from 'vitest';
import { buildEmailDomain, STORE } from '../../test/email-fixtures.ts';
import { AppError } from '../http/problems.ts';
import { PREVIEW_SAMPLE } from './invitation-template.service.ts';
import {
  DEFAULT_INVITATION_TEMPLATE,
  INVITATION_PLACEHOLDERS,
  validateTemplate,
} from './invitation-template.ts';

const KNOWN = INVITATION_PLACEHOLDERS.join(', ');

function problemsOf(draft: { subject: string; body: string }) {
  try {
    validateTemplate(draft);
  } catch (error) {
    if (error instanceof AppError && error.problem === 'validation-failed') return error.extra.errors ?? [];
    throw error;
  }
  return [];
}

describe('invitation template validation', () => {
  it('the default template is valid and uses every placeholder', () => {
    expect(problemsOf(DEFAULT_INVITATION_TEMPLATE)).toEqual([]);
    for (const placeholder of [
      '{Brand Name}',
      '{First Name}',
      '{Customer Name}',
      '{Accept Link}',
      '{Expiry Date}',
    ]) {
      expect(DEFAULT_INVITATION_TEMPLATE.subject + DEFAULT_INVITATION_TEMPLATE.body).toContain(placeholder);
    }
  });

  it('an unknown placeholder is refused, naming it and listing the known ones', () => {
    const problems = problemsOf({
      subject: 'Hi {Nickname}',
      body: 'Dear {first name}, {Accept Link} {Coupon}',
    });
    expect(problems).toEqual([
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

  it('a missing subject and a body without the accept link are refused together', () => {
    expect(problemsOf({ subject: '  ', body: 'Hello {First Name}' })).toEqual([
      { field: 'subject', message: 'is required' },
      { field: 'body', message: 'must contain {Accept Link} so the contact can accept' },
    ]);
    expect(problemsOf({ subject: 'Hi', body: '' })).toEqual([{ field: 'body', message: 'is required' }]);
  });

  it('the accept link (it carries a token) may not go in the subject', () => {
    expect(problemsOf({ subject: 'Go {Accept Link}', body: '{Accept Link}' })).toEqual([
      { field: 'subject', message: 'cannot contain {Accept Link}: the link goes in the body' },
    ]);
  });

  it('the problem is validation-failed with a readable detail', () => {
    expect(() => validateTemplate({ subject: '', body: '{Accept Link}' })).toThrow(
      'The subject is required.',
    );
  });
});

describe('invitation template per store', () => {
  it('a store that never edited it gets the default; saving, then resetting returns to the default', async () => {
    const { invitationTemplates, clock } = await buildEmailDomain();
    expect(await invitationTemplates.getTemplate(STORE.id)).toMatchObject({
      ...DEFAULT_INVITATION_TEMPLATE,
      isDefault: true,
      updatedAt: null,
      placeholders: [...INVITATION_PLACEHOLDERS],
    });
    const saved = await invitationTemplates.saveTemplate(STORE.id, {
      subject: '  Welcome to {Brand Name}  ',
      body: 'Hi {First Name}\r\n\r\n{Accept Link}',
    });
    expect(saved).toMatchObject({
      subject: 'Welcome to {Brand Name}',
      body: 'Hi {First Name}\n\n{Accept Link}',
    });
    expect(saved.updatedAt).toBe(clock.now().toISOString());
    expect(await invitationTemplates.getTemplate(STORE.id)).toEqual(saved);
    expect((await invitationTemplates.getTemplate('store-2')).isDefault).toBe(true);

    expect(await invitationTemplates.resetTemplate(STORE.id)).toMatchObject({
      ...DEFAULT_INVITATION_TEMPLATE,
      isDefault: true,
    });
    expect(await invitationTemplates.getTemplate(STORE.id)).toMatchObject(DEFAULT_INVITATION_TEMPLATE);
  });

  it('an invalid template is not saved', async () => {
    const { invitationTemplates } = await buildEmailDomain();
    await expect(
      invitationTemplates.saveTemplate(STORE.id, { subject: 'Hi {Oops}', body: '{Accept Link}' }),
    ).rejects.toThrow(/unknown placeholder \{Oops\}/);
    expect((await invitationTemplates.getTemplate(STORE.id)).isDefault).toBe(true);
  });

  it('the preview renders a draft with sample values, the store name and an expiry 7 days out, saving nothing', async () => {
    const { invitationTemplates } = await buildEmailDomain();
    const preview = await invitationTemplates.preview(STORE.id, {
      subject: '{First Name}, join {Brand Name}',
      body: 'For {Customer Name} until {Expiry Date}.\n\nClick {Accept Link} or the button:\n\n{Accept Link}',
    });
    expect(preview.subject).toBe(`${PREVIEW_SAMPLE.firstName}, join ${STORE.name}`);
    expect(preview.text).toContain(`For ${PREVIEW_SAMPLE.customerName} until 8 November 2026.`);
    expect(preview.html).toContain(
      `Click <a href="${PREVIEW_SAMPLE.acceptUrl}">${PREVIEW_SAMPLE.acceptUrl}</a> or the button:`,
    );
    expect(preview.html).toContain('Accept the invitation');
    expect((await invitationTemplates.getTemplate(STORE.id)).isDefault).toBe(true);
  });

  it('the preview without a draft shows the saved template; an invalid draft is refused', async () => {
    const { invitationTemplates } = await buildEmailDomain();
    await invitationTemplates.saveTemplate(STORE.id, { subject: 'Saved subject', body: '{Accept Link}' });
    expect((await invitationTemplates.preview(STORE.id)).subject).toBe('Saved subject');
    await expect(
      invitationTemplates.preview(STORE.id, { subject: 'x'.repeat(101), body: '{Accept Link}' }),
    ).rejects.toThrow(/at most 100 characters/);
  });

  it('placeholders match ignoring case and spaces, and an admin body is escaped', async () => {
    const { invitationTemplates } = await buildEmailDomain();
    const preview = await invitationTemplates.preview(STORE.id, {
      subject: 'Hi {first  name}',
      body: '<script>alert(1)</script> {BRAND NAME}\n\n{ Accept Link }',
    });
    expect(preview.subject).toBe('Hi Alex');
    expect(preview.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Demo Store');
    expect(preview.html).not.toContain('<script>alert');
  });
});
