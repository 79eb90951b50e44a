// Who may be invited (R9, R10, R12, R16) and a contact's status (R15), decided from a contact, its login and its
// latest invitation: each refusal is the problem the admin sees, naming the contact and what to do.
import { describe, expect, it } from 'vitest';
import { TestClock } from '../clock.ts';
import type { CustomerDirectory } from '../customers/customers.service.ts';
import type { Contact, Customer } from '../customers/customers.types.ts';
import { AppError } from '../http/problems.ts';
import { contactStatus, holdsEmail, shownStatus } from './contact-status.ts';
import { invitationRules, nameOf } from './invitation-rules.ts';
import type { BuyerLogin, Invitation } from './invitations.types.ts';

const NOW = new Date('2026-11-01T09:00:00Z');
const DAY = 86_400_000;
const at = (offsetMs: number) => new Date(NOW.getTime() + offsetMs).toISOString();

const customer = (over: Partial<Customer> = {}): Customer =>
  ({ guid: 'cust-a', code: 'CUST01', name: 'Acme Ltd', inStore: true, ...over }) as Customer;
const contact = (over: Partial<Contact> = {}): Contact =>
  ({
    guid: 'ann',
    customerGuid: 'cust-a',
    firstName: 'Ann',
    lastName: 'Smith',
    email: 'ann@acme.example',
    syncState: 'synced',
    ...over,
  }) as Contact;
const login = (over: Partial<BuyerLogin> = {}): BuyerLogin =>
  ({ email: 'ann@acme.example', deactivatedAt: null, ...over }) as BuyerLogin;
const invitation = (over: Partial<Invitation> = {}): Invitation =>
  ({ status: 'pending', expiresAt: at(DAY), ...over }) as Invitation;

type Facts = { login?: BuyerLogin; invitation?: Invitation };

function rulesWith(
  facts: Record<string, Facts>,
  others: Contact[] = [],
  customers: Customer[] = [customer()],
) {
  const directory = {
    contactsByEmail: async (_storeId: string, email: string) => others.filter((c) => c.email === email),
    customer: async (_storeId: string, guid: string) => customers.find((c) => c.guid === guid),
  } as unknown as CustomerDirectory;
  return invitationRules({
    directory,
    clock: new TestClock(NOW),
    factsOf: async (_storeId, guid) => ({ login: facts[guid]?.login, invitation: facts[guid]?.invitation }),
  });
}

async function refusal(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

const invite = (
  facts: Record<string, Facts>,
  who: Contact = contact(),
  of: Customer = customer(),
  others: Contact[] = [],
) => rulesWith(facts, others).assertInvitable('s1', who, of, 'invite');

describe('who may be invited', () => {
  it('when the contact is synced, has an email and nothing else holds it, then it may be invited', async () => {
    await invite({});
    await invite({ ann: { invitation: invitation({ status: 'declined' }) } });
    await invite({ ann: { invitation: invitation({ expiresAt: at(-1) }) } });
  });

  it('when its customer is not in the store, then customer-not-in-store names the customer', async () => {
    const refused = await refusal(invite({}, contact(), customer({ inStore: false })));
    expect([refused.problem, refused.detail]).toEqual([
      'customer-not-in-store',
      'CUST01 (Acme Ltd) is not in the store; add it first.',
    ]);
  });

  it('when the contact was removed or lost its Ordering flag in Unleashed (R9), then contact-not-invitable says which', async () => {
    const removed = await refusal(invite({}, contact({ syncState: 'removed' })));
    expect([removed.problem, removed.detail]).toEqual([
      'contact-not-invitable',
      'Ann Smith of CUST01 was removed in Unleashed.',
    ]);
    const notOrdering = await refusal(invite({}, contact({ syncState: 'not-ordering' })));
    expect(notOrdering.detail).toBe('Ann Smith of CUST01 is no longer an ordering contact in Unleashed.');
  });

  it('when the contact has no email (R9), then contact-has-no-email asks to add one in Unleashed', async () => {
    const refused = await refusal(invite({}, contact({ email: null })));
    expect([refused.problem, refused.detail]).toEqual([
      'contact-has-no-email',
      'Ann Smith of CUST01 has no email address in Unleashed; add one there first.',
    ]);
  });

  it('when the contact is deactivated or already active (R16), then it is refused saying so', async () => {
    const deactivated = await refusal(invite({ ann: { login: login({ deactivatedAt: at(-DAY) }) } }));
    expect([deactivated.problem, deactivated.detail]).toEqual([
      'contact-deactivated',
      'Ann Smith of CUST01 is deactivated; reactivate the contact instead.',
    ]);
    const active = await refusal(invite({ ann: { login: login() } }));
    expect([active.problem, active.detail]).toEqual([
      'contact-status-conflict',
      'Ann Smith of CUST01 is already active.',
    ]);
  });

  it('when the login is for an email the contact no longer has, then the contact may be invited again', async () => {
    await invite({ ann: { login: login({ email: 'old@acme.example' }) } });
  });

  it('when a live invitation is pending, then inviting again is refused and resending is allowed; an expired one may be resent', async () => {
    const live = { ann: { invitation: invitation() } };
    const refused = await refusal(invite(live));
    expect([refused.problem, refused.detail]).toEqual([
      'contact-status-conflict',
      'Ann Smith of CUST01 already has a pending invitation; resend it instead.',
    ]);
    await rulesWith(live).assertInvitable('s1', contact(), customer(), 'resend');
    const expired = { ann: { invitation: invitation({ status: 'expired', expiresAt: at(-DAY) }) } };
    await rulesWith(expired).assertInvitable('s1', contact(), customer(), 'resend');
  });

  it('when there is no pending or expired invitation, then resending is refused with invitation-not-found', async () => {
    const none: Record<string, Facts>[] = [{}, { ann: { invitation: invitation({ status: 'declined' }) } }];
    for (const facts of none) {
      const refused = await refusal(rulesWith(facts).assertInvitable('s1', contact(), customer(), 'resend'));
      expect([refused.problem, refused.detail]).toEqual([
        'invitation-not-found',
        'Ann Smith of CUST01 has no pending or expired invitation to resend.',
      ]);
    }
  });
});

describe('one email, one login (R10)', () => {
  const bob = contact({ guid: 'bob', customerGuid: 'cust-b', firstName: 'Bob', lastName: null });
  const custB = customer({ guid: 'cust-b', code: 'CUST02', name: 'Bravo Ltd' });

  it('when another contact holds the email by an active login or a live invitation, then email-already-invited names it and its customer', async () => {
    for (const held of [{ login: login() }, { invitation: invitation() }]) {
      const refused = await refusal(
        rulesWith({ bob: held }, [contact(), bob], [customer(), custB]).assertInvitable(
          's1',
          contact(),
          customer(),
          'invite',
        ),
      );
      expect(refused.problem).toBe('email-already-invited');
      expect(refused.detail).toBe(
        'ann@acme.example is already used by Bob of CUST02 (Bravo Ltd); each store login is one email address.',
      );
      expect(refused.extra).toEqual({
        heldBy: { contactGuid: 'bob', customerGuid: 'cust-b', customerCode: 'CUST02', name: 'Bob' },
      });
    }
  });

  it('when the other contact’s customer is unknown, then its guid stands in for the code', async () => {
    const refused = await refusal(
      rulesWith({ bob: { login: login() } }, [bob], []).assertEmailFree('s1', contact()),
    );
    expect(refused.detail).toBe(
      'ann@acme.example is already used by Bob of cust-b; each store login is one email address.',
    );
  });

  it('when the other contact’s login is deactivated, its invitation lapsed, or it left Unleashed, then the email is free', async () => {
    const rules = (held: Facts, other = bob) => rulesWith({ bob: held }, [other], [custB]);
    await rules({ login: login({ deactivatedAt: at(-DAY) }) }).assertEmailFree('s1', contact());
    await rules({ invitation: invitation({ expiresAt: at(-1) }) }).assertEmailFree('s1', contact());
    await rules({ invitation: invitation({ status: 'cancelled' }) }).assertEmailFree('s1', contact());
    await rules({ login: login() }, { ...bob, syncState: 'removed' }).assertEmailFree('s1', contact());
    await rules({ login: login({ email: 'else@acme.example' }) }).assertEmailFree('s1', contact());
  });

  it('when the contact itself holds the email or has none, then it is free for it', async () => {
    await rulesWith({ ann: { login: login() } }, [contact()]).assertEmailFree('s1', contact());
    await rulesWith({ bob: { login: login() } }, [bob]).assertEmailFree('s1', contact({ email: null }));
  });

  it('names a contact by its name, else its email, else its guid', () => {
    expect(nameOf(contact())).toBe('Ann Smith');
    expect(nameOf(contact({ firstName: null, lastName: null }))).toBe('ann@acme.example');
    expect(nameOf(contact({ firstName: null, lastName: null, email: null }))).toBe('ann');
  });
});

describe('contact status (R15)', () => {
  const status = (facts: Facts & { contact?: Contact; customerInStore?: boolean }) =>
    contactStatus({
      contact: facts.contact ?? contact(),
      customerInStore: facts.customerInStore ?? true,
      login: facts.login,
      invitation: facts.invitation,
      now: NOW,
    });

  it('active with a working login; inactive when deactivated; pending while the link works', () => {
    expect(status({ login: login() })).toEqual({ status: 'active', statusReason: 'accepted' });
    expect(status({ login: login({ deactivatedAt: at(-1) }) })).toEqual({
      status: 'inactive',
      statusReason: 'deactivated',
    });
    expect(status({ invitation: invitation() })).toEqual({ status: 'pending', statusReason: 'invited' });
  });

  it('inactive with the reason: never invited, declined, cancelled, expired (past its date, even if still marked pending)', () => {
    expect(status({})).toEqual({ status: 'inactive', statusReason: 'never-invited' });
    for (const reason of ['declined', 'cancelled', 'expired'] as const)
      expect(status({ invitation: invitation({ status: reason }) })).toEqual({
        status: 'inactive',
        statusReason: reason,
      });
    expect(status({ invitation: invitation({ expiresAt: NOW.toISOString() }) })).toEqual({
      status: 'inactive',
      statusReason: 'expired',
    });
    expect(status({ invitation: invitation({ status: 'accepted' }) })).toEqual({
      status: 'inactive',
      statusReason: 'never-invited',
    });
  });

  it('inactive whatever its login when it left Unleashed or its customer left the store; a login for an old email does not count', () => {
    expect(status({ contact: contact({ syncState: 'removed' }), login: login() })).toEqual({
      status: 'inactive',
      statusReason: 'removed',
    });
    expect(status({ customerInStore: false, login: login() })).toEqual({
      status: 'inactive',
      statusReason: 'customer-not-in-store',
    });
    expect(status({ login: login({ email: 'old@acme.example' }) })).toEqual({
      status: 'inactive',
      statusReason: 'never-invited',
    });
  });

  it('a pending invitation past its expiry shows as expired; others show as they are', () => {
    expect(shownStatus(invitation({ expiresAt: at(-1) }), NOW)).toBe('expired');
    expect(shownStatus(invitation(), NOW)).toBe('pending');
    expect(shownStatus(invitation({ status: 'declined', expiresAt: at(-1) }), NOW)).toBe('declined');
  });

  it('holds its email with a working login or a live invitation, not once removed', () => {
    const facts = (over: Facts & { contact?: Contact }) => ({
      contact: contact(),
      now: NOW,
      login: undefined,
      invitation: undefined,
      ...over,
    });
    expect(holdsEmail(facts({ login: login() }))).toBe(true);
    expect(holdsEmail(facts({ invitation: invitation() }))).toBe(true);
    expect(holdsEmail(facts({}))).toBe(false);
    expect(holdsEmail(facts({ contact: contact({ syncState: 'not-ordering' }), login: login() }))).toBe(
      false,
    );
  });
});
