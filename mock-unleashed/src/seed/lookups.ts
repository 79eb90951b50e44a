// The account's lookup lists: warehouses, taxes, currencies, customer types, delivery methods,
// payment terms and sell price tier names.
import type { Currency, MockData, PaymentTerm, SellPriceTierDefinition, Tax, Warehouse } from '../types.ts';
import { DEFAULT_SEED_FACTS } from './facts.ts';
import type { Rng } from './random.ts';
import { DAY, HISTORY_START, wire } from './time.ts';

export type Lookups = Pick<
  MockData,
  | 'warehouses'
  | 'taxes'
  | 'currencies'
  | 'customerTypes'
  | 'deliveryMethods'
  | 'paymentTerms'
  | 'sellPriceTiers'
>;

/** Unleashed's internal currency ids, as embedded in CustomerRef.CurrencyId. */
export const CURRENCY_IDS: Readonly<Record<string, number>> = { NZD: 110, AUD: 9, USD: 150 };

const CURRENCIES = [
  { code: 'NZD', description: 'New Zealand, Dollars', rate: 1 },
  { code: 'AUD', description: 'Australia, Dollars', rate: 0.91 },
  { code: 'USD', description: 'United States of America, Dollars', rate: 0.59 },
];

/**
 * The lookups of a seed. `full` is the demo account; `new` is what a brand-new Unleashed account has:
 * one default warehouse, the taxes, NZD and the ten default tier names, nothing else.
 */
export function buildLookups(rng: Rng, kind: 'full' | 'new'): Lookups {
  const at = (days: number) => wire(HISTORY_START + days * DAY);
  const full = kind === 'full';
  const warehouse = (
    code: string,
    name: string,
    isDefault: boolean,
    city: string,
    street: string,
  ): Warehouse => ({
    Guid: rng.uuid(),
    WarehouseCode: code,
    WarehouseName: name,
    IsDefault: isDefault,
    StreetNo: street.split(' ')[0] ?? null,
    AddressLine1: street.split(' ').slice(1).join(' '),
    AddressLine2: null,
    City: city,
    Region: city === 'Auckland' ? 'Auckland' : 'Northland',
    Country: 'New Zealand',
    PostCode: city === 'Auckland' ? '2013' : '0110',
    PhoneNumber: city === 'Auckland' ? '09 555 0100' : '09 555 0200',
    FaxNumber: null,
    MobileNumber: null,
    DDINumber: null,
    ContactName: full ? 'Warehouse Manager' : null,
    Obsolete: false,
    LastModifiedOn: at(2),
  });
  const { default: main, other } = DEFAULT_SEED_FACTS.warehouses;
  const warehouses = [warehouse(main, 'Main Warehouse', true, 'Auckland', '12 Springs Road')];
  if (full) warehouses.push(warehouse(other, 'North Warehouse', false, 'Whangarei', '40 Port Road'));

  const tax = (
    code: string,
    description: string,
    rate: number,
    revenue: boolean,
    expenses: boolean,
  ): Tax => ({
    Guid: rng.uuid(),
    TaxCode: code,
    Description: description,
    TaxRate: rate,
    CanApplyToExpenses: expenses,
    CanApplyToRevenue: revenue,
    Obsolete: false,
    LastModifiedOn: at(0),
  });
  const taxes = [
    tax(DEFAULT_SEED_FACTS.tax.code, 'Goods and Services Tax', DEFAULT_SEED_FACTS.tax.rate, true, true),
    tax('NONE', 'No GST', 0, true, false),
    tax('NONE', 'No GST (expenses)', 0, false, true),
    { ...tax('GST125', 'GST 12.5% (before October 2010)', 0.125, true, true), Obsolete: true },
  ];

  const currencies: Currency[] = CURRENCIES.slice(0, full ? 3 : 1).map((currency) => ({
    Guid: rng.uuid(),
    CurrencyCode: currency.code,
    Description: currency.description,
    DefaultBuyRate: currency.rate,
    DefaultSellRate: currency.rate,
    LastModifiedOn: at(1),
  }));

  const tierNames = full
    ? DEFAULT_SEED_FACTS.tiers
    : DEFAULT_SEED_FACTS.tiers.map((_, i) => `Sell Price Tier ${i + 1}`);
  const sellPriceTiers: SellPriceTierDefinition[] = tierNames.map((name, i) => ({
    Guid: rng.uuid(),
    TierNumber: i + 1,
    Name: name,
    LastModifiedOn: at(3),
  }));

  const customerTypes = (full ? ['Retail', 'Wholesale', 'Distributor', 'Hospitality'] : []).map(
    (TypeName) => ({
      Guid: rng.uuid(),
      TypeName,
      Obsolete: false,
      LastModifiedOn: at(4),
    }),
  );
  const deliveryMethods = (full ? ['Courier', 'Pickup', 'Freight'] : []).map((Name) => ({
    Guid: rng.uuid(),
    Name,
    Obsolete: false,
    LastModifiedOn: at(4),
  }));
  const term = (description: string, type: PaymentTerm['Type'], days: number | null): PaymentTerm => ({
    Guid: rng.uuid(),
    PaymentTermDescription: description,
    Days: days,
    Type: type,
    Obsolete: false,
  });
  const paymentTerms = full
    ? [
        term('20th Month following', 'DaysOfTheMonthFollowing', 20),
        term('7 Days', 'DaysAfter', 7),
        term('30 Days', 'DaysAfter', 30),
        term('End of month', 'EndOfTheMonthFollowing', null),
      ]
    : [];

  return { warehouses, taxes, currencies, customerTypes, deliveryMethods, paymentTerms, sellPriceTiers };
}
