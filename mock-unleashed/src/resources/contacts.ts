// /Customers/{guid}/Contacts: list, add, update, remove. A contact change moves its customer's LastModifiedOn
// (so modifiedSince finds it) and keeps the customer's flattened primary-contact fields in step.

import { randomUUID } from 'node:crypto';
import { type Request, Router } from 'express';
import type { MockContext } from '../context.ts';
import { toWireDate } from '../dates.ts';
import { type FieldError, fieldError, notFound, validationError } from '../errors.ts';
import { pageSizeOf, paginate } from '../paginate.ts';
import { contactPayloadKeys } from '../payload-keys.ts';
import { sendJson } from '../respond.ts';
import type { Contact, ContactWrite, Customer } from '../types.ts';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Copies the default contact onto the customer's flattened fields (null when it has none). */
export function flattenPrimaryContact(customer: Customer, contacts: readonly Contact[]): void {
  const primary = contacts.find((contact) => contact.IsDefault);
  customer.ContactFirstName = primary?.FirstName ?? null;
  customer.ContactLastName = primary?.LastName ?? null;
  customer.Email = primary?.EmailAddress ?? null;
  customer.PhoneNumber = primary ? (primary.OfficePhone ?? primary.PhoneNumber ?? null) : null;
  customer.MobileNumber = primary?.MobilePhone ?? null;
}

export function contactsRouter(context: MockContext): Router {
  const { store } = context;
  const router = Router();

  const customerOf = (req: Request): { customer: Customer; contacts: Contact[] } => {
    const customer = store.byGuid('customers').get(String(req.params.customerGuid).toLowerCase());
    if (!customer) throw notFound('Customer');
    store.data.contacts[customer.Guid] ??= [];
    return { customer, contacts: store.data.contacts[customer.Guid] as Contact[] };
  };

  const saved = async (customer: Customer, contacts: Contact[], changed?: Contact) => {
    const now = toWireDate(context.clock.now());
    if (changed) changed.LastModifiedOn = now;
    if (changed?.IsDefault) for (const other of contacts) if (other !== changed) other.IsDefault = false;
    if (contacts.length > 0 && !contacts.some((contact) => contact.IsDefault))
      (contacts[0] as Contact).IsDefault = true;
    flattenPrimaryContact(customer, contacts);
    customer.LastModifiedOn = now;
    customer.LastModifiedBy = context.actor;
    await store.commit();
    context.events.emit('customer.updated', customer.Guid);
  };

  router.get('/Customers/:customerGuid/Contacts', (req, res) => {
    const { contacts } = customerOf(req);
    sendJson(res, 200, paginate(contacts, 1, pageSizeOf(req.query.pageSize)));
  });

  router.post('/Customers/:customerGuid/Contacts', async (req, res) => {
    const { customer, contacts } = customerOf(req);
    const body = req.body as ContactWrite;
    const problems = checkContact(body, contacts, undefined);
    if (problems.length > 0) throw validationError(problems);
    const contact: Contact = {
      Guid: randomUUID(),
      FirstName: null,
      LastName: null,
      EmailAddress: null,
      OfficePhone: null,
      MobilePhone: null,
      PhoneNumber: null,
      IsDefault: contacts.length === 0,
      ForOrdering: false,
      ForInvoicing: false,
      ForShipping: false,
      ...contactPayloadKeys({}),
      LastModifiedOn: '',
    };
    Object.assign(contact, withoutUndefined(body));
    contacts.push(contact);
    await saved(customer, contacts, contact);
    sendJson(res, 201, contact);
  });

  router.put('/Customers/:customerGuid/Contacts/:contactGuid', async (req, res) => {
    const { customer, contacts } = customerOf(req);
    const contact = contacts.find((c) => c.Guid === String(req.params.contactGuid).toLowerCase());
    if (!contact) throw notFound('Contact');
    const body = req.body as ContactWrite;
    const problems = checkContact(body, contacts, contact);
    if (problems.length > 0) throw validationError(problems);
    Object.assign(contact, withoutUndefined(body));
    await saved(customer, contacts, contact);
    sendJson(res, 200, contact);
  });

  router.delete('/Customers/:customerGuid/Contacts/:contactGuid', async (req, res) => {
    const { customer, contacts } = customerOf(req);
    const at = contacts.findIndex((c) => c.Guid === String(req.params.contactGuid).toLowerCase());
    if (at === -1) throw notFound('Contact');
    contacts.splice(at, 1);
    await saved(customer, contacts);
    res.status(204).end();
  });

  return router;
}

function checkContact(
  body: ContactWrite,
  contacts: readonly Contact[],
  existing: Contact | undefined,
): FieldError[] {
  const problems: FieldError[] = [];
  if (!existing && !body.FirstName)
    problems.push(fieldError('FirstName', 'FirstName is required.', 'Required'));
  if (body.EmailAddress && !EMAIL.test(body.EmailAddress)) {
    problems.push(
      fieldError('EmailAddress', `${body.EmailAddress} is not a valid email address.`, 'Invalid'),
    );
  }
  const first = body.FirstName ?? existing?.FirstName ?? '';
  const last = body.LastName !== undefined ? body.LastName : (existing?.LastName ?? null);
  const fullName = `${first} ${last ?? ''}`.trim().toLowerCase();
  const clash = contacts.find(
    (c) => c !== existing && `${c.FirstName ?? ''} ${c.LastName ?? ''}`.trim().toLowerCase() === fullName,
  );
  if (clash) {
    problems.push(
      fieldError('FirstName', `This customer already has a contact named ${fullName}.`, 'Duplicate'),
    );
  }
  if (existing?.IsDefault && body.IsDefault === false) {
    problems.push(fieldError('IsDefault', 'Make another contact the default instead.', 'NotAllowed'));
  }
  return problems;
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
