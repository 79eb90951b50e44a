import { describe, expect, it } from 'vitest';
import { redactUrl } from './log-redaction.ts';

describe('what of a URL may be logged', () => {
  it('when a path carries an invitation or reset token, then the token is replaced and the rest kept', () => {
    expect(redactUrl('/invitations/Zk3q_9-abcDEFghiJKLmnop')).toBe('/invitations/[redacted]');
    expect(redactUrl('/invitations/Zk3q_9-abc/extra?x=1')).toBe('/invitations/[redacted]/extra?x=1');
    expect(redactUrl('/reset-password/abc123')).toBe('/reset-password/[redacted]');
    expect(redactUrl('/Password-Reset/abc123')).toBe('/Password-Reset/[redacted]');
    expect(redactUrl('/verify-email/abc123')).toBe('/verify-email/[redacted]');
  });

  it('when a path names an API action after invitations, then it is kept', () => {
    expect(redactUrl('/store/invitations/accept')).toBe('/store/invitations/accept');
    expect(redactUrl('/admin/stores/s1/invitations/primary-contacts')).toBe(
      '/admin/stores/s1/invitations/primary-contacts',
    );
    expect(redactUrl('/admin/stores/s1/contacts/c1/invitation/resend')).toBe(
      '/admin/stores/s1/contacts/c1/invitation/resend',
    );
  });

  it('when a query parameter is named like a secret, then its value is replaced; others are kept as sent', () => {
    expect(
      redactUrl('/x?page=2&token=t0k&Secret=s&password=p&signature=sig&resetToken=r&api_key=k&search=a%20b'),
    ).toBe(
      '/x?page=2&token=[redacted]&Secret=[redacted]&password=[redacted]&signature=[redacted]&resetToken=[redacted]&api_key=[redacted]&search=a%20b',
    );
    expect(redactUrl('/x?%74oken=t0k')).toBe('/x?%74oken=[redacted]');
    expect(redactUrl('/x?bad=%E0%A4%A&token=t')).toBe('/x?bad=%E0%A4%A&token=[redacted]');
  });
});
