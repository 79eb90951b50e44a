// /Customers: list (filters of S-CUST), one by GUID, create, and update by GUID (Unleashed updates with POST).
import { randomUUID } from 'node:crypto';
import type { Request, Response, Router } from 'express';
import type { MockContext } from '../context.ts';
import { toWireDate } from '../dates.ts';
import { type FieldError, fieldError, validationError } from '../errors.ts';
import { customerPayloadKeys } from '../payload-keys.ts';
import { queryFlag } from '../query.ts';
import { sendJson } from '../respond.ts';
import { customerRecord } from '../seed/customer-record.ts';
import type { Customer, CustomerWrite } from '../types.ts';
import { applyFilters, modifiedSinceFilter, orderRecords, textFilter } from './filters.ts';
import { pagedRoutes } from './paged-routes.ts';

/** At most this many contacts come with includeAllContacts=true (documented). */
const CONTACTS_PER_CUSTOMER = 100;

export function customersRouter(context: MockContext): Router {
  const { store } = context;

  const present = (customer: Customer, req: Request): Customer => {
    if (!queryFlag(req.query.includeAllContacts)) return customer;
    return {
      ...customer,
      Contacts: (store.data.contacts[customer.Guid] ?? []).slice(0, CONTACTS_PER_CUSTOMER),
    };
  };

  const select = (req: Request): readonly Customer[] => {
    const q = req.query;
    const filtered = applyFilters(store.data.customers, [
      queryFlag(q.includeObsolete) ? undefined : (c) => !c.Obsolete,
      modifiedSinceFilter(q.modifiedSince),
      textFilter(q.customerCode, (c) => c.CustomerCode, 'startsWith'),
      textFilter(q.customerName, (c) => c.CustomerName, 'startsWith'),
      textFilter(q.customerType, (c) => c.CustomerType, 'exact'),
      textFilter(q.currency, (c) => c.Currency?.CurrencyCode, 'exact'),
      textFilter(q.sellPriceTier, (c) => c.SellPriceTier, 'exact'),
      q.customer === undefined
        ? undefined
        : (c) => c.CustomerCode.includes(String(q.customer)) || c.CustomerName.includes(String(q.customer)),
      q.contactEmail === undefined
        ? undefined
        : (c) => {
            const prefix = String(q.contactEmail).toLowerCase();
            return (store.data.contacts[c.Guid] ?? []).some((contact) =>
              (contact.EmailAddress ?? '').toLowerCase().startsWith(prefix),
            );
          },
    ]);
    return orderRecords(filtered, q.orderBy, (c) => c.CustomerCode);
  };

  const router = pagedRoutes<Customer>(context, {
    path: '/Customers',
    what: 'Customer',
    select,
    present,
    findOne: (guid) => store.byGuid('customers').get(guid),
  });

  const upsert = async (guid: string, req: Request, res: Response) => {
    const body = req.body as CustomerWrite;
    const existing = store.byGuid('customers').get(guid);
    const problems = checkCustomer(context, body, existing);
    if (problems.length > 0) throw validationError(problems);
    const customer = existing ?? newCustomer(context, guid, body);
    applyCustomerWrite(context, customer, body);
    customer.LastModifiedOn = toWireDate(context.clock.now());
    customer.LastModifiedBy = context.actor;
    Object.assign(customer, customerPayloadKeys(customer));
    if (!existing) {
      store.data.customers.push(customer);
      store.data.contacts[customer.Guid] = [];
    }
    await store.commit();
    context.events.emit(existing ? 'customer.updated' : 'customer.created', customer.Guid);
    sendJson(res, existing ? 200 : 201, present(customer, req));
  };

  router.post('/Customers', (req, res) => upsert(randomUUID(), req, res));
  router.post('/Customers/:guidOrPage', (req, res) => upsert(req.params.guidOrPage.toLowerCase(), req, res));
  return router;
}

function checkCustomer(
  context: MockContext,
  body: CustomerWrite,
  existing: Customer | undefined,
): FieldError[] {
  const problems: FieldError[] = [];
  const data = context.store.data;
  if (!existing) {
    if (!body.CustomerCode)
      problems.push(fieldError('CustomerCode', 'CustomerCode is required.', 'Required'));
    if (!body.CustomerName)
      problems.push(fieldError('CustomerName', 'CustomerName is required.', 'Required'));
    const code = body.CustomerCode?.toLowerCase();
    if (code && data.customers.some((c) => c.CustomerCode.toLowerCase() === code)) {
      problems.push(
        fieldError('CustomerCode', `CustomerCode ${body.CustomerCode} is already used.`, 'Duplicate'),
      );
    }
  } else if (body.CustomerCode !== undefined && body.CustomerCode !== existing.CustomerCode) {
    problems.push(
      fieldError('CustomerCode', 'CustomerCode cannot be changed once the customer exists.', 'NotAllowed'),
    );
  }
  const currency = body.Currency?.CurrencyCode;
  if (currency && !data.currencies.some((c) => c.CurrencyCode === currency)) {
    problems.push(fieldError('Currency', `Currency ${currency} does not exist.`, 'NotFound'));
  }
  if (body.SellPriceTier && !data.sellPriceTiers.some((tier) => tier.Name === body.SellPriceTier)) {
    problems.push(
      fieldError('SellPriceTier', `Sell price tier ${body.SellPriceTier} does not exist.`, 'NotFound'),
    );
  }
  if (body.TaxCode && !data.taxes.some((tax) => tax.TaxCode === body.TaxCode && tax.CanApplyToRevenue)) {
    problems.push(fieldError('TaxCode', `Tax ${body.TaxCode} does not exist.`, 'NotFound'));
  }
  return problems;
}

function applyCustomerWrite(context: MockContext, customer: Customer, body: CustomerWrite): void {
  const fields = [
    'CustomerName',
    'Addresses',
    'Taxable',
    'TaxCode',
    'DiscountRate',
    'SellPriceTier',
    'CustomerType',
    'PaymentTerm',
    'StopCredit',
    'Obsolete',
    'Notes',
    'Website',
  ] as const;
  const target = customer as Record<string, unknown>;
  for (const field of fields) if (body[field] !== undefined) target[field] = body[field];
  if (body.TaxCode !== undefined) {
    customer.TaxRate = context.store.data.taxes.find((tax) => tax.TaxCode === body.TaxCode)?.TaxRate ?? null;
  }
  const currency = context.store.data.currencies.find((c) => c.CurrencyCode === body.Currency?.CurrencyCode);
  if (currency) customer.Currency = currency;
}

function newCustomer(context: MockContext, guid: string, body: CustomerWrite): Customer {
  const now = context.clock.now();
  const currency = context.store.data.currencies[0] ?? null;
  return customerRecord({
    guid,
    code: body.CustomerCode ?? '',
    name: body.CustomerName ?? '',
    addresses: [],
    currency,
    website: null,
    gstNumber: null,
    taxable: true,
    taxCode: null,
    taxRate: null,
    salesperson: null,
    discountRate: 0,
    sellPriceTier: '',
    customerType: null,
    paymentTerm: null,
    obsolete: false,
    createdBy: context.actor,
    createdOn: now,
    modifiedOn: now,
  });
}
