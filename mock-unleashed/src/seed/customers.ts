// Generated customers: unique codes (CUST0001) and names, mostly NZD, every sell price tier in use,
// a few obsolete; addresses drawn from the delivery places of their currency.
import type { Address, Customer } from '../types.ts';
import { customerRecord, type Salesperson } from './customer-record.ts';
import type { Lookups } from './lookups.ts';
import { ACCOUNT_USERS, PLACES, type Pools, slug } from './pools.ts';
import type { Rng } from './random.ts';
import { DAY, HISTORY_START, HOUR, REFERENCE_TIME, timeBetween, wire } from './time.ts';

/** Relative frequency of tiers 1..10 among customers that have one. */
const TIER_WEIGHTS = [30, 20, 12, 12, 8, 4, 4, 4, 3, 3];

/** Three salespeople the customers are shared between. */
export function buildSalespeople(rng: Rng, pools: Pools): Salesperson[] {
  return [0, 1, 2].map((i) => {
    const first = rng.pick(pools.firstNames);
    const last = rng.pick(pools.lastNames);
    return {
      Guid: rng.uuid(),
      FullName: `${first} ${last}`,
      Email: `${slug(first)}.${slug(last)}@demo-account.example`,
      Obsolete: false,
      LastModifiedOn: wire(HISTORY_START + (20 + i) * DAY),
    };
  });
}

/** A customer's postal and physical addresses, sometimes a separate shipping address; Physical is the default. */
export function buildAddresses(rng: Rng, pools: Pools, currencyCode: string, name: string): Address[] {
  const place = rng.pick(PLACES[currencyCode] ?? PLACES.NZD!);
  const address = (type: Address['AddressType'], addressName: string, isDefault: boolean): Address => ({
    AddressType: type,
    AddressName: addressName,
    StreetAddress: `${rng.int(1, 480)} ${rng.pick(pools.streets)}`,
    StreetAddress2: null,
    Suburb: rng.pick(place.suburbs),
    City: place.city,
    Region: place.region,
    Country: place.country,
    PostalCode: place.postCode,
    IsDefault: isDefault,
    DeliveryInstruction: type !== 'Postal' && rng.chance(0.1) ? 'Deliver to the loading bay' : null,
  });
  const addresses = [address('Postal', 'Postal', false), address('Physical', name, true)];
  if (rng.chance(0.2)) addresses.push(address('Shipping', `${name} Warehouse`, false));
  return addresses;
}

/** `count` customers numbered from CUST<first>; the first ten are active and get tiers 1..10,
 * so every tier is used by an active customer. */
export function buildCustomers(
  rng: Rng,
  count: number,
  first: number,
  lookups: Lookups,
  pools: Pools,
  salespeople: readonly Salesperson[],
  takenNames: Set<string>,
): Customer[] {
  const tiers = lookups.sellPriceTiers.map((tier) => tier.Name);
  const customers: Customer[] = [];
  for (let i = 0; i < count; i++) {
    let name = rng.faker.company.name();
    for (let retry = 0; takenNames.has(name) && retry < 5; retry++) name = rng.faker.company.name();
    if (takenNames.has(name)) name = `${name} ${first + i}`;
    takenNames.add(name);
    const currencyIndex = rng.weighted([90, 6, 4]);
    const currency = lookups.currencies[currencyIndex] ?? lookups.currencies[0]!;
    const nzd = currency.CurrencyCode === 'NZD';
    const taxCode = nzd && rng.chance(0.85) ? 'G.S.T.' : null;
    const createdOn = timeBetween(() => rng.next(), HISTORY_START, REFERENCE_TIME - 60 * DAY);
    customers.push(
      customerRecord({
        guid: rng.uuid(),
        code: `CUST${String(first + i).padStart(4, '0')}`,
        name,
        addresses: buildAddresses(rng, pools, currency.CurrencyCode, name),
        currency,
        website: rng.chance(0.5) ? `https://www.${slug(name)}.example` : null,
        gstNumber:
          nzd && rng.chance(0.6) ? `${rng.int(100, 139)}-${rng.int(100, 999)}-${rng.int(100, 999)}` : null,
        taxable: nzd,
        taxCode,
        taxRate: taxCode ? 0.15 : null,
        salesperson: rng.chance(0.6) ? rng.pick(salespeople) : null,
        discountRate: [0, 0.05, 0.1][rng.weighted([80, 12, 8])]!,
        sellPriceTier:
          i < tiers.length ? tiers[i]! : rng.chance(0.35) ? '' : tiers[rng.weighted(TIER_WEIGHTS)]!,
        customerType: lookups.customerTypes.length ? rng.pick(lookups.customerTypes).TypeName : null,
        paymentTerm: lookups.paymentTerms.length
          ? rng.pick(lookups.paymentTerms).PaymentTermDescription
          : null,
        obsolete: i >= tiers.length && rng.chance(0.04),
        createdBy: rng.pick(ACCOUNT_USERS),
        createdOn,
        modifiedOn: timeBetween(() => rng.next(), createdOn, REFERENCE_TIME - HOUR),
      }),
    );
  }
  return customers;
}
