// Plausible values for the keys real Unleashed payloads carry that the portal does not read (payload-keys.ts),
// filled on the seeded records after the account is built, from their own stream so no other record changes.
import type { Contact, Customer, MockData, Product, SalesOrder } from '../types.ts';
import type { Rng } from './random.ts';

type Account = Pick<MockData, 'products' | 'customers' | 'contacts' | 'salesOrders'>;
type Supplier = NonNullable<Product['Supplier']>;

/** Xero's default chart of accounts: 200 Sales, 310 Cost of Goods Sold. */
const XERO_SALES_ACCOUNT = '200';
const XERO_COST_OF_GOODS_ACCOUNT = '310';
const NZ_BANKS = ['ANZ', 'ASB', 'BNZ', 'Westpac', 'Kiwibank'];
const digits = (rng: Rng, n: number) => Array.from({ length: n }, () => rng.int(0, 9)).join('');
const phone = (rng: Rng, prefix: string) => `${prefix} ${rng.int(200, 999)} ${rng.int(1000, 9999)}`;

/** Fills the keys in place on every product, customer, contact and sales order of `account`. */
export function fillPayloadValues(rng: Rng, account: Account): void {
  const suppliers: Supplier[] = Array.from({ length: 6 }, (_, i) => ({
    Guid: rng.uuid(),
    SupplierCode: `SUP${String(i + 1).padStart(3, '0')}`,
    SupplierName: rng.faker.company.name(),
    SupplierProductCode: null,
  }));
  for (const product of account.products) fillProduct(rng, product, suppliers);
  for (const customer of account.customers) fillCustomer(rng, customer);
  const customers = new Map(account.customers.map((customer) => [customer.Guid, customer]));
  for (const [guid, list] of Object.entries(account.contacts)) {
    for (const contact of list) fillContact(rng, contact, customers.get(guid));
  }
  const products = new Map(account.products.map((product) => [product.Guid, product]));
  for (const order of account.salesOrders) fillOrder(order, products, account.contacts);
}

function fillProduct(rng: Rng, product: Product, suppliers: readonly Supplier[]): void {
  const tracked = !product.Obsolete && rng.chance(0.7);
  const min = rng.int(2, 20);
  const max = min + rng.int(20, 200);
  const supplier = rng.pick(suppliers);
  Object.assign(product, {
    MinStockAlertLevel: tracked ? min : null,
    MaxStockAlertLevel: tracked ? max : null,
    ReOrderPoint: tracked ? min + Math.round((max - min) / 4) : null,
    XeroTaxCode: 'INPUT2',
    XeroTaxRate: 0.15,
    CanAutoAssemble: false,
    XeroSalesAccount: XERO_SALES_ACCOUNT,
    XeroCostOfGoodsAccount: XERO_COST_OF_GOODS_ACCOUNT,
    BinLocation: rng.chance(0.8)
      ? `${rng.pick(['A', 'B', 'C', 'D'])}${rng.int(1, 12)}-${rng.int(1, 6)}`
      : null,
    Supplier: rng.chance(0.85)
      ? { ...supplier, SupplierProductCode: `${supplier.SupplierCode}-${digits(rng, 5)}` }
      : null,
    SourceId: null,
    SourceVariantParentId: null,
  } satisfies Partial<Product>);
}

function fillCustomer(rng: Rng, customer: Customer): void {
  const banked = rng.chance(0.6);
  const printInvoice = rng.chance(0.3);
  Object.assign(customer, {
    DDINumber: rng.chance(0.3) ? phone(rng, `0${rng.pick([3, 4, 6, 7, 9])}`) : null,
    TollFreeNumber: rng.chance(0.1) ? `0800 ${rng.int(100, 999)} ${rng.int(100, 999)}` : null,
    BankName: banked ? rng.pick(NZ_BANKS) : null,
    BankBranch: banked ? rng.faker.location.city() : null,
    BankAccount: banked ? `${digits(rng, 2)}-${digits(rng, 4)}-${digits(rng, 7)}-${digits(rng, 2)}` : null,
    XeroContactId: rng.chance(0.7) ? rng.uuid() : null,
    XeroSalesAccount: XERO_SALES_ACCOUNT,
    XeroCostOfGoodsAccount: XERO_COST_OF_GOODS_ACCOUNT,
    PrintInvoice: printInvoice,
    PrintPackingSlipInsteadOfInvoice: !printInvoice && rng.chance(0.15),
  } satisfies Partial<Customer>);
}

function fillContact(rng: Rng, contact: Contact, customer: Customer | undefined): void {
  const address = customer?.Addresses?.find((a) => a.AddressType === 'Shipping') ?? customer?.Addresses?.[0];
  Object.assign(contact, {
    DDINumber: rng.chance(0.4) ? phone(rng, `0${rng.pick([3, 4, 6, 7, 9])}`) : null,
    FaxNumber: rng.chance(0.08) ? phone(rng, `0${rng.pick([3, 4, 9])}`) : null,
    TollFreeNumber: rng.chance(0.05) ? `0800 ${rng.int(100, 999)} ${rng.int(100, 999)}` : null,
    Website: customer?.Website ?? null,
    Notes: rng.chance(0.2)
      ? rng.pick(['Prefers email.', 'Orders on Mondays.', 'Call before delivery.'])
      : null,
    DeliveryAddress:
      address && rng.chance(0.3)
        ? [address.StreetAddress, address.Suburb, address.City].filter(Boolean).join(', ')
        : null,
  } satisfies Partial<Contact>);
}

/** Line costs and weights from the products at the time of sale; the delivery contact is the default one. */
function fillOrder(order: SalesOrder, products: Map<string, Product>, contacts: MockData['contacts']): void {
  let totalWeight: number | null = null;
  for (const line of order.SalesOrderLines) {
    const product = line.Product?.Guid ? products.get(line.Product.Guid) : undefined;
    if (!product || line.LineType === 'Charge') continue;
    line.UnitCost = product.AverageLandPrice ?? null;
    line.AverageLandedPriceAtTimeOfSale = product.AverageLandPrice ?? null;
    line.XeroSalesAccount = product.XeroSalesAccount ?? null;
    line.CostOfGoodsAccount = product.XeroCostOfGoodsAccount ?? null;
    if (product.Weight !== null && product.Weight !== undefined) {
      line.Weight = Math.round(product.Weight * line.OrderQuantity * 1000) / 1000;
      totalWeight = (totalWeight ?? 0) + line.Weight;
    }
  }
  const primary = (contacts[order.Customer.Guid ?? ''] ?? []).find((contact) => contact.IsDefault);
  Object.assign(order, {
    SalesAccount: XERO_SALES_ACCOUNT,
    TotalWeight: totalWeight === null ? null : Math.round(totalWeight * 1000) / 1000,
    DeliveryContact: primary
      ? {
          Guid: primary.Guid,
          FirstName: primary.FirstName,
          LastName: primary.LastName,
          EmailAddress: primary.EmailAddress,
          MobilePhone: primary.MobilePhone,
          OfficePhone: primary.OfficePhone,
          PhoneNumber: primary.PhoneNumber,
        }
      : null,
  } satisfies Partial<SalesOrder>);
}
