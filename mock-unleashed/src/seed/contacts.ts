// Contacts of generated customers: 0-4 each, exactly one default where there are any, names unique within a
// customer, lowercase emails unique except deliberate shares between different customers.

import { fromWireDate } from '../dates.ts';
import { contactPayloadKeys } from '../payload-keys.ts';
import type { Contact, Customer } from '../types.ts';
import { flattenPrimaryContact } from './customer-record.ts';
import { type Pools, slug } from './pools.ts';
import type { Rng } from './random.ts';
import { timeBetween, wire } from './time.ts';

/** Relative frequency of 0, 1, 2, 3 and 4 contacts per customer (about 2.1 on average). */
export const CONTACT_COUNT_WEIGHTS = [10, 22, 30, 20, 18];

/** Adds contacts for `customers` to `contacts` (every customer gets a list, maybe empty) and flattens the default. */
export function buildContacts(
  rng: Rng,
  customers: readonly Customer[],
  pools: Pools,
  contacts: Record<string, Contact[]>,
  usedEmails: Set<string>,
): void {
  for (const customer of customers) {
    const domain = `${slug(customer.CustomerName)}.example`;
    const count = rng.weighted(CONTACT_COUNT_WEIGHTS);
    const primary = rng.int(0, Math.max(0, count - 1));
    const list: Contact[] = [];
    const names = new Set<string>();
    while (list.length < count) {
      const first = rng.pick(pools.firstNames);
      const last = rng.pick(pools.lastNames);
      if (names.has(`${first} ${last}`)) continue;
      names.add(`${first} ${last}`);
      const isDefault = list.length === primary;
      let email: string | null = null;
      if (rng.chance(0.9)) {
        const local = `${slug(first)}.${slug(last)}`;
        email = `${local}@${domain}`;
        for (let n = 2; usedEmails.has(email); n++) email = `${local}${n}@${domain}`;
        usedEmails.add(email);
      }
      list.push({
        Guid: rng.uuid(),
        FirstName: first,
        LastName: last,
        EmailAddress: email,
        OfficePhone: rng.chance(0.7)
          ? `0${rng.pick([3, 4, 6, 7, 9])} ${rng.int(200, 999)} ${rng.int(1000, 9999)}`
          : null,
        MobilePhone: rng.chance(0.6)
          ? `02${rng.pick([1, 2, 7])} ${rng.int(100, 999)} ${rng.int(1000, 9999)}`
          : null,
        PhoneNumber: rng.chance(0.1) ? `0800 ${rng.int(100, 999)} ${rng.int(100, 999)}` : null,
        IsDefault: isDefault,
        ForOrdering: rng.chance(isDefault ? 0.8 : 0.5),
        ForInvoicing: rng.chance(0.4),
        ForShipping: rng.chance(0.3),
        ...contactPayloadKeys({}),
        LastModifiedOn: contactTime(rng, customer),
      });
    }
    contacts[customer.Guid] = list;
    flattenPrimaryContact(customer, list);
  }
}

/**
 * Gives `pairs` customers a copy (same name and email, not default, ForOrdering true) of a contact of another
 * customer, as when one bookkeeper works for two businesses. Only customers with fewer than 4 contacts receive one.
 */
export function shareEmails(
  rng: Rng,
  customers: readonly Customer[],
  contacts: Record<string, Contact[]>,
  pairs: number,
): void {
  const active = customers.filter((customer) => !customer.Obsolete);
  for (let made = 0, attempts = 0; made < pairs && attempts < pairs * 50 && active.length > 1; attempts++) {
    const from = rng.pick(active);
    const to = rng.pick(active);
    const source = (contacts[from.Guid] ?? []).find((contact) => contact.EmailAddress !== null);
    const target = contacts[to.Guid] ?? [];
    if (from === to || !source || target.length === 0 || target.length >= 4) continue;
    if (
      target.some(
        (c) =>
          c.EmailAddress === source.EmailAddress ||
          (c.FirstName === source.FirstName && c.LastName === source.LastName),
      )
    )
      continue;
    target.push({
      ...source,
      Guid: rng.uuid(),
      IsDefault: false,
      ForOrdering: true,
      ForInvoicing: false,
      ForShipping: false,
      LastModifiedOn: contactTime(rng, to),
    });
    made++;
  }
}

/** A time between the customer's CreatedOn and LastModifiedOn, so the customer is never older than its contacts. */
function contactTime(rng: Rng, customer: Customer): string {
  const created = fromWireDate(customer.CreatedOn) ?? 0;
  const modified = fromWireDate(customer.LastModifiedOn) ?? created;
  return wire(timeBetween(() => rng.next(), created, modified));
}
