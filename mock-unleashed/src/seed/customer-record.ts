// One customer record with every field the mock serves (seeded, or created through the API); the primary-contact fields start empty and are
// filled from the default contact by flattenPrimaryContact.

import { customerPayloadKeys } from '../payload-keys.ts';
import type { Address, Contact, Currency, Customer, CustomerRef } from '../types.ts';
import { CURRENCY_IDS } from './lookups.ts';
import { wire } from './time.ts';

export interface Salesperson {
  Guid: string;
  FullName: string;
  Email: string | null;
  Obsolete: boolean;
  LastModifiedOn: string;
}

export interface CustomerSpec {
  guid: string;
  code: string;
  name: string;
  addresses: Address[];
  currency: Currency | null;
  website: string | null;
  gstNumber: string | null;
  taxable: boolean;
  taxCode: string | null;
  taxRate: number | null;
  salesperson: Salesperson | null;
  discountRate: number;
  sellPriceTier: string;
  customerType: string | null;
  paymentTerm: string | null;
  obsolete: boolean;
  createdBy: string;
  createdOn: number;
  modifiedOn: number;
}

/** A full Customer with no primary contact yet; embedded objects are copies. */
export function customerRecord(spec: CustomerSpec): Customer {
  const customer: Customer = {
    Guid: spec.guid,
    CustomerCode: spec.code,
    CustomerName: spec.name,
    Addresses: spec.addresses,
    Currency: spec.currency && { ...spec.currency },
    CurrencyId: (spec.currency && CURRENCY_IDS[spec.currency.CurrencyCode]) ?? null,
    ContactFirstName: null,
    ContactLastName: null,
    Email: null,
    EmailCC: null,
    PhoneNumber: null,
    MobileNumber: null,
    FaxNumber: null,
    Website: spec.website,
    GSTVATNumber: spec.gstNumber,
    Notes: null,
    Taxable: spec.taxable,
    TaxCode: spec.taxCode,
    TaxRate: spec.taxRate,
    Salesperson: spec.salesperson ? { ...spec.salesperson } : null,
    DiscountRate: spec.discountRate,
    SellPriceTier: spec.sellPriceTier,
    SellPriceTierReference: null,
    CustomerType: spec.customerType,
    PaymentTerm: spec.paymentTerm,
    StopCredit: false,
    Obsolete: spec.obsolete,
    SourceId: null,
    CreatedBy: spec.createdBy,
    CreatedOn: wire(spec.createdOn),
    LastModifiedBy: spec.createdBy,
    LastModifiedOn: wire(spec.modifiedOn),
  };
  return Object.assign(customer, customerPayloadKeys(customer));
}

/** Copies the default contact's name, email and phones onto the customer, or nulls when there is none. */
export function flattenPrimaryContact(customer: Customer, contacts: readonly Contact[]): void {
  const primary = contacts.find((contact) => contact.IsDefault) ?? null;
  customer.ContactFirstName = primary?.FirstName ?? null;
  customer.ContactLastName = primary?.LastName ?? null;
  customer.Email = primary?.EmailAddress ?? null;
  customer.PhoneNumber = primary ? (primary.OfficePhone ?? primary.PhoneNumber ?? null) : null;
  customer.MobileNumber = primary?.MobilePhone ?? null;
}

/** The customer as a sales order names it (seeded orders and orders created through the API alike). */
export const customerRefOf = (customer: Customer): CustomerRef => ({
  Guid: customer.Guid,
  CustomerCode: customer.CustomerCode,
  CustomerName: customer.CustomerName,
  CurrencyId: customer.CurrencyId ?? null,
  LastModifiedOn: customer.LastModifiedOn,
});
