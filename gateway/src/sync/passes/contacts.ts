// R9 for one customer at a time: its default contact is always synced, its other contacts only while their
// Ordering flag is set. A synced contact that loses the flag becomes not-ordering, one that disappears becomes
// removed; both keep their record and lose their logins. A login belongs to an email, so a contact whose email
// changes or goes also loses its logins. Contacts without a usable email, and contacts whose email another synced
// contact of the store already holds (R10), are reported, since they cannot be invited.
import type { Contact, Customer } from '../../customers/customers.types.ts';
import { type ApplyContext, skip, tally } from './pass.ts';

const nameOf = (c: Contact) => [c.firstName, c.lastName].filter(Boolean).join(' ') || c.guid;

/** The store's contacts during a customers pass: R9 per customer, the email index, and the writes to store. */
export class ContactBook {
  private readonly writes = new Map<string, Contact>();
  /** Codes of the customers reconciled in this pass (their records may not be stored yet). */
  private readonly codes = new Map<string, string>();

  private constructor(
    private readonly ctx: ApplyContext,
    private readonly byCustomer: Map<string, Contact[]>,
    /** email → the synced contact that holds it */
    private readonly holders: Map<string, Contact>,
  ) {}

  /** The store's contacts, grouped and indexed once per pass. */
  static async load(ctx: ApplyContext): Promise<ContactBook> {
    const byCustomer = new Map<string, Contact[]>();
    const holders = new Map<string, Contact>();
    for (const contact of await ctx.customers.listContacts(ctx.store.id)) {
      byCustomer.set(contact.customerGuid, [...(byCustomer.get(contact.customerGuid) ?? []), contact]);
      if (contact.syncState === 'synced' && contact.email && !holders.has(contact.email))
        holders.set(contact.email, contact);
    }
    return new ContactBook(ctx, byCustomer, holders);
  }

  contactsOf(customerGuid: string): Contact[] {
    return this.byCustomer.get(customerGuid) ?? [];
  }

  /** Brings one customer's contacts in line with what Unleashed sent. */
  async reconcile(customer: Customer, incoming: Contact[]): Promise<void> {
    this.codes.set(customer.guid, customer.code);
    const before = new Map(this.contactsOf(customer.guid).map((c) => [c.guid, c]));
    const after: Contact[] = [];
    for (const next of incoming) {
      const prev = before.get(next.guid);
      before.delete(next.guid);
      if (!next.isDefault && !next.forOrdering) {
        if (!prev) continue; // never synced: R9 leaves it out
        next.syncState = 'not-ordering';
        if (prev.syncState === 'synced') await this.lostOrdering(customer, prev);
      } else {
        await this.checkEmail(customer, prev, next);
      }
      after.push(this.write(prev, next));
    }
    for (const gone of before.values()) after.push(await this.disappeared(gone));
    this.byCustomer.set(customer.guid, after);
  }

  /** Forgets a removed customer's contacts (their records are removed with the customer). */
  forget(customerGuid: string): void {
    for (const contact of this.contactsOf(customerGuid)) {
      this.release(contact);
      this.writes.delete(contact.guid);
    }
    this.byCustomer.delete(customerGuid);
  }

  /** Stores the contacts written since the last flush. */
  async flush(): Promise<void> {
    await this.ctx.customers.saveContacts([...this.writes.values()]);
    this.writes.clear();
  }

  private write(prev: Contact | undefined, next: Contact): Contact {
    if (tally(this.ctx.result, prev, next)) this.writes.set(next.guid, next);
    return prev && !this.writes.has(next.guid) ? prev : next;
  }

  private async lostOrdering(customer: Customer, prev: Contact): Promise<void> {
    this.release(prev);
    await this.ctx.sessions.revokeContact(this.ctx.store.id, prev.guid);
    skip(this.ctx.result, {
      key: prev.email ?? customer.code,
      reason: 'not-ordering',
      detail: `${nameOf(prev)} of ${customer.code} lost the Ordering flag in Unleashed: kept as not ordering, logins revoked.`,
    });
  }

  private async disappeared(gone: Contact): Promise<Contact> {
    if (gone.syncState === 'removed') return gone;
    this.release(gone);
    if (gone.syncState === 'synced') await this.ctx.sessions.revokeContact(this.ctx.store.id, gone.guid);
    const removed: Contact = { ...gone, syncState: 'removed', syncedAt: this.ctx.now() };
    this.ctx.result.removed++;
    this.writes.set(removed.guid, removed);
    return removed;
  }

  private async checkEmail(customer: Customer, prev: Contact | undefined, next: Contact): Promise<void> {
    const wasSynced = prev?.syncState === 'synced';
    if (wasSynced && prev.email === next.email) return;
    if (prev) this.release(prev);
    if (wasSynced && prev.email) await this.ctx.sessions.revokeContact(this.ctx.store.id, prev.guid);
    if (!next.email) {
      skip(this.ctx.result, {
        key: customer.code,
        reason: 'missing-email',
        detail: `${nameOf(next)} of ${customer.code} has no valid email address, so cannot be invited.`,
      });
      return;
    }
    const holder = this.holders.get(next.email);
    if (!holder || holder.guid === next.guid) {
      this.holders.set(next.email, next);
      return;
    }
    const holderCode =
      this.codes.get(holder.customerGuid) ??
      (await this.ctx.customers.getCustomer(this.ctx.store.id, holder.customerGuid))?.code ??
      holder.customerGuid;
    skip(this.ctx.result, {
      key: next.email,
      reason: 'duplicate-email',
      detail: `${nameOf(next)} of ${customer.code} shares this email with ${nameOf(holder)} of ${holderCode}; only one of them can be invited (R10).`,
    });
  }

  /** Frees the email a contact held, if it held one. */
  private release(contact: Contact): void {
    if (contact.email && this.holders.get(contact.email)?.guid === contact.guid)
      this.holders.delete(contact.email);
  }
}
