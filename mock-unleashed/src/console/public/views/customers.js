// #/customers: the account's customers, searchable by code, name and contact email, obsolete ones on request.
import { badge, wireDate } from '../dom.js';
import { linkColumn, pagedList } from './paged-list.js';

/** The customer list. */
export function customersView(ctx) {
  return pagedList(ctx, {
    title: 'Customers',
    resource: '/Customers',
    route: '#/customers',
    filters: [
      { name: 'customerCode', label: 'Code starts with' },
      { name: 'customerName', label: 'Name starts with' },
      { name: 'contactEmail', label: 'A contact email starts with' },
      { name: 'includeObsolete', label: 'Include obsolete', checkbox: true },
    ],
    columns: [
      linkColumn('Code', '#/customers', (customer) => customer.CustomerCode),
      { header: 'Name', cell: (customer) => customer.CustomerName },
      {
        header: 'Default contact',
        cell: (customer) =>
          [customer.ContactFirstName, customer.ContactLastName, customer.Email && `<${customer.Email}>`]
            .filter(Boolean)
            .join(' ') || '—',
      },
      { header: 'Price tier', cell: (customer) => customer.SellPriceTier || '—' },
      { header: 'State', cell: (customer) => (customer.Obsolete ? badge('Obsolete') : badge('Active')) },
      { header: 'Last modified', cell: (customer) => wireDate(customer.LastModifiedOn) },
    ],
  });
}
