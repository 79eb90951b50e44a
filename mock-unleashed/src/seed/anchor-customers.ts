// The anchor customers of DEFAULT_SEED_FACTS and their contacts; Guids and addresses from the seeded generator,
// everything else fixed.
import { contactPayloadKeys } from '../payload-keys.ts';
import type { Contact, Customer } from '../types.ts';
import { ANCHOR_CREATED, ANCHOR_MODIFIED } from './anchor-products.ts';
import { customerRecord, flattenPrimaryContact, type Salesperson } from './customer-record.ts';
import { buildAddresses } from './customers.ts';
import { DEFAULT_SEED_FACTS as FACTS } from './facts.ts';
import type { Lookups } from './lookups.ts';
import { ACCOUNT_USERS, type Pools } from './pools.ts';
import type { Rng } from './random.ts';
import { wire } from './time.ts';

type AnchorCustomer = (typeof FACTS.customers)[keyof typeof FACTS.customers];
interface AnchorContact {
  firstName: string;
  lastName: string;
  email: string;
  isDefault: boolean;
  forOrdering: boolean;
}

/**
 * DEMO001, DEMO002, DEMO003 and DEMOOBS, in that order, all NZD and G.S.T., with the documented contacts
 * flattened on (DEMO002 has none; Sam Shared is on both DEMO001 and DEMO003).
 */
export function anchorCustomers(
  rng: Rng,
  lookups: Lookups,
  pools: Pools,
  salespeople: readonly Salesperson[],
): { customers: Customer[]; contacts: Record<string, Contact[]> } {
  const { wholesale, cafe, third, obsolete } = FACTS.customers;
  const customer = (spec: AnchorCustomer, type: string) =>
    customerRecord({
      guid: rng.uuid(),
      code: spec.code,
      name: spec.name,
      addresses: buildAddresses(rng, pools, 'NZD', spec.name),
      currency: lookups.currencies[0]!,
      website: null,
      gstNumber: '111-222-333',
      taxable: true,
      taxCode: FACTS.tax.code,
      taxRate: FACTS.tax.rate,
      salesperson: salespeople[0] ?? null,
      discountRate: spec.discountRate,
      sellPriceTier: spec.sellPriceTier,
      customerType: type,
      paymentTerm: lookups.paymentTerms[0]?.PaymentTermDescription ?? null,
      obsolete: spec === obsolete,
      createdBy: ACCOUNT_USERS[0],
      createdOn: ANCHOR_CREATED,
      modifiedOn: ANCHOR_MODIFIED,
    });
  const customers = [
    customer(wholesale, 'Wholesale'),
    customer(cafe, 'Hospitality'),
    customer(third, 'Retail'),
    customer(obsolete, 'Retail'),
  ];

  const contact = (spec: AnchorContact, phone: string): Contact => ({
    Guid: rng.uuid(),
    FirstName: spec.firstName,
    LastName: spec.lastName,
    EmailAddress: spec.email,
    OfficePhone: `09 555 ${phone}`,
    MobilePhone: `021 555 ${phone}`,
    PhoneNumber: null,
    IsDefault: spec.isDefault,
    ForOrdering: spec.forOrdering,
    ForInvoicing: spec.isDefault,
    ForShipping: false,
    ...contactPayloadKeys({}),
    LastModifiedOn: wire(ANCHOR_CREATED),
  });
  const { dana, oliver, nina, shared, tess, owen } = FACTS.contacts;
  const lists = [
    [contact(dana, '0101'), contact(oliver, '0102'), contact(nina, '0103'), contact(shared, '0104')],
    [],
    [contact(tess, '0301'), contact(shared, '0104')],
    [contact(owen, '0401')],
  ];
  const contacts: Record<string, Contact[]> = {};
  customers.forEach((c, i) => {
    contacts[c.Guid] = lists[i] ?? [];
    flattenPrimaryContact(c, contacts[c.Guid]!);
  });
  return { customers, contacts };
}
