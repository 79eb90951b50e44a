// #/customers/{guid}: one customer with its contacts; make it obsolete or active again, and manage contacts.
import { act, obsoleteToggle } from '../actions.js';
import { unleashed } from '../api.js';
import { badge, details, h, money, viewPage, wireDate, yesNo } from '../dom.js';
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

  return viewPage(
    { title: `${customer.CustomerCode} · ${customer.CustomerName}`, crumb: ['#/customers', 'Customers'] },
    h(
      'div',
      { class: 'actions' },
      obsoleteToggle(customer.Obsolete, setObsolete),
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
