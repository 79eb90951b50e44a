import { describe, expect, it } from 'vitest';
import { NASTY, NASTY_ESCAPED, sampleVariables, TOKEN } from '../../test/email-fixtures.ts';
import { renderEmail } from './email.render.ts';
import { TEMPLATE_NAMES } from './email.templates.ts';
import type { EmailContext } from './email.types.ts';

const context: EmailContext = {
  storeName: 'Fresh & Co <Store>',
  timeZone: 'Pacific/Auckland',
};

const expectedSubjects = {
  invitation: `You are invited to order from ${context.storeName}`,
  'invitation-expired': `Expired invitation: Ann Smith (${NASTY}) tried to accept`,
  'order-request-buyer': 'Order request SO-00042 received',
  'order-request-admin': `New order request SO-00042 from ${NASTY}`,
  'order-status-changed': 'Order SO-00042: Confirmed',
  'standing-order-reminder': 'Reminder: standing order "Weekly <milk>" runs on Thursday 12 November 2026',
  'standing-order-failed': 'Standing order "Weekly <milk>" was not placed on Thursday 12 November 2026',
  'password-reset': `Reset your password for ${context.storeName}`,
  'order-approval-needed': 'Order SO-00042 awaits your approval',
  'order-approved': 'Order SO-00042 approved',
  'order-rejected': 'Order SO-00042 rejected',
} as const;

describe('email templates', () => {
  it.each(TEMPLATE_NAMES)(
    '%s renders HTML with every variable escaped, a text part and its subject',
    async (name) => {
      const email = await renderEmail(name, sampleVariables[name], context);
      expect(email.subject).toBe(expectedSubjects[name]);
      expect(email.html).toMatch(/^<!doctype html>/i);
      expect(email.html).toContain(NASTY_ESCAPED);
      expect(email.html).not.toContain(NASTY);
      expect(email.html).toContain('Fresh &amp; Co &lt;Store&gt;');
      expect(email.html).not.toContain('<Store>');
      expect(email.text).toContain(NASTY);
      expect(email.text.startsWith('Fresh & Co <Store>\n')).toBe(true);
      expect(email.text).toContain('replies are not read');
    },
  );

  it('the order emails list the lines and totals in the order currency, and the admin copy names who placed it', async () => {
    const admin = await renderEmail('order-request-admin', sampleVariables['order-request-admin'], context);
    expect(admin.html).toContain('Widget &lt;large&gt;');
    expect(admin.html).toContain('NZ$8.63');
    expect(admin.html).toContain('ann@buyer.example');
    expect(admin.text).toContain('Placed by: ann@buyer.example');
    expect(admin.text).toContain('3 x WID-1 Widget <large> @ NZ$2.50 = NZ$7.50');
    expect(admin.text).toContain('Deliver to: 1 Queen Street, Auckland 1010');
    expect(admin.text).not.toContain('on their behalf');
    const acting = await renderEmail(
      'order-request-admin',
      { ...sampleVariables['order-request-admin'], placedOnBehalfBy: 'Ada Admin' },
      context,
    );
    expect(acting.text).toContain('Placed on their behalf by: Ada Admin');
  });

  it('the status email carries the order as it stands: lines, freight, totals, and the store number beside the reference', async () => {
    const email = await renderEmail('order-status-changed', sampleVariables['order-status-changed'], context);
    expect(email.text).toContain('Order: SO-00042');
    expect(email.text).toContain('Store reference: E7BF257B');
    expect(email.text).toContain('Status: Confirmed');
    expect(email.text).toContain('3 x WID-1 Widget <large> @ NZ$2.50 = NZ$7.50');
    expect(email.text).toContain('Freight: NZ$12.50');
    expect(email.text).toContain('Total: NZ$8.63');
    expect(email.html).toContain('Freight');
    expect(email.html).toContain('NZ$8.63');
  });

  it('the invitation shows the accept link as a button with the expiry date in the store time zone', async () => {
    const email = await renderEmail('invitation', sampleVariables.invitation, context);
    expect(email.html).toContain(`href="https://portal.example/invitations/${TOKEN}"`);
    expect(email.html).toContain('Accept the invitation');
    expect(email.html).toContain('8 November 2026');
    expect(email.text).toContain(`https://portal.example/invitations/${TOKEN}`);
    expect(email.text).toContain('Hello Ann,');
  });

  it('the masked copy of an invitation keeps no token', async () => {
    const email = await renderEmail('invitation', sampleVariables.invitation, context, { mask: true });
    expect(email.html).not.toContain(TOKEN);
    expect(email.text).not.toContain(TOKEN);
    expect(email.text).toContain('https://portal.example/invitations/hidden');
  });

  it('a contact without a first name is greeted as "there"', async () => {
    const email = await renderEmail(
      'invitation',
      { ...sampleVariables.invitation, firstName: null },
      context,
    );
    expect(email.text).toContain('Hello there,');
  });

  it('a link that is not http(s) is refused before anything is rendered', async () => {
    const sample = sampleVariables['order-status-changed'];
    const variables = { ...sample, order: { ...sample.order, orderUrl: 'javascript:alert(1)' } };
    await expect(renderEmail('order-status-changed', variables, context)).rejects.toThrow(/http\(s\)/);
  });

  it('a subject never carries a line break', async () => {
    const variables = {
      ...sampleVariables['order-status-changed'],
      statusLabel: 'Confirmed\r\nBcc: x@evil.example',
    };
    const email = await renderEmail('order-status-changed', variables, context);
    expect(email.subject).toBe('Order SO-00042: Confirmed Bcc: x@evil.example');
  });
});
