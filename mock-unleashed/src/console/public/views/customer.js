// #/customers/{guid}: one customer with its contacts; make it obsolete or active again, and manage contacts.
import { act, actionButton } from '../actions.js';
import { unleashed } from '../api.js';
import { badge, details, h, money, wireDate, yesNo } from '../dom.js';
import { contactForm, contactsTable } from './contacts.js';

function summary(customer) {
  const primary = [customer.ContactFirstName, customer.ContactLastName].filter(Boolean).join(' ');
  const address = (customer.Addresses ?? [])
    .map((a) =>
      [a.AddressType, [a.StreetAddress, a.City, a.PostalCode, a.Country].filter(Boolean).join(', ')]
        .filter(Boolean)
        .join(': '),
    )
    .join(' · ');
  return details([
    ['State', customer.Obsolete ? badge('Obsolete') : badge('Active')],
    ['Default contact', primary ? `${primary}${customer.Email ? ` <${customer.Email}>` : ''}` : null],
    ['Phone', customer.PhoneNumber],
    ['Sell price tier', customer.SellPriceTier || null],
    ['Discount', `${Math.round((customer.DiscountRate ?? 0) * 10000) / 100}%`],
    ['Currency', customer.Currency?.CurrencyCode],
    ['Tax', customer.TaxCode ? `${customer.TaxCode} (${money(customer.TaxRate)})` : null],
    ['Customer type', customer.CustomerType],
    ['Payment term', customer.PaymentTerm],
    ['Stop credit', yesNo(customer.StopCredit)],
    ['Addresses', address || null],
    ['Last modified', `${wireDate(customer.LastModifiedOn)} by ${customer.LastModifiedBy ?? '—'}`],
  ]);
}

/** The customer page. */
export async function customerView(ctx) {
  const guid = encodeURIComponent(ctx.params[0]);
  const customer = await unleashed('GET', `/Customers/${guid}?includeAllContacts=true`);
  const setObsolete = (obsolete) =>
    act(
      `${customer.CustomerCode} is ${obsolete ? 'obsolete' : 'active again'}.`,
      () => unleashed('POST', `/Customers/${guid}`, { Obsolete: obsolete }),
      ctx.refresh,
    );
  const formArea = h('div', { class: 'forms' });
  const showForm = (contact) => {
    formArea.replaceChildren(contactForm(customer, contact, ctx.refresh, () => showForm(undefined)));
    if (contact) formArea.querySelector('input')?.focus();
  };
  showForm(undefined);

  return h(
    'section',
    {},
    h('p', { class: 'crumbs' }, h('a', { href: '#/customers' }, 'Customers')),
    h('h1', { tabindex: -1 }, `${customer.CustomerCode} · ${customer.CustomerName}`),
    h(
      'div',
      { class: 'actions' },
      customer.Obsolete
        ? actionButton('Make active again', () => setObsolete(false))
        : actionButton('Make obsolete', () => setObsolete(true), { class: 'danger' }),
      h(
        'a',
        { class: 'button', href: `#/orders?customerCode=${encodeURIComponent(customer.CustomerCode)}` },
        'Sales orders',
      ),
    ),
    summary(customer),
    h('h2', {}, 'Contacts'),
    contactsTable(customer, customer.Contacts ?? [], ctx.refresh, showForm),
    formArea,
  );
}
