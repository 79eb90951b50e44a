// A customer's contacts: the table (with the Ordering, Invoicing and Shipping boxes ticked or unticked in
// place) and the add/edit form. Every change is a call to /Customers/{guid}/Contacts, as Unleashed's screen.
import { act, actionButton, actionForm, confirmButton } from '../actions.js';
import { unleashed } from '../api.js';
import { field, h, table } from '../dom.js';

const FLAGS = [
  ['ForOrdering', 'Ordering'],
  ['ForInvoicing', 'Invoicing'],
  ['ForShipping', 'Shipping'],
];

const nameOf = (contact) => [contact.FirstName, contact.LastName].filter(Boolean).join(' ') || '(no name)';
const pathOf = (customer, contact) =>
  `/Customers/${customer.Guid}/Contacts${contact ? `/${contact.Guid}` : ''}`;

/** The contacts table; `edit(contact)` opens the form on one contact. */
export function contactsTable(customer, contacts, refresh, edit) {
  const update = (contact, change, done) =>
    act(done, () => unleashed('PUT', pathOf(customer, contact), change), refresh);
  const flagBox = (contact, [key, label]) => {
    const box = h('input', {
      type: 'checkbox',
      checked: contact[key],
      'aria-label': `${label}: ${nameOf(contact)}`,
    });
    box.addEventListener('change', async () => {
      box.disabled = true;
      const done = `${label} ${box.checked ? 'ticked' : 'unticked'} for ${nameOf(contact)}.`;
      if (!(await update(contact, { [key]: box.checked }, done))) box.checked = !box.checked;
      box.disabled = false;
    });
    return box;
  };
  const actions = (contact) =>
    h(
      'span',
      { class: 'row-actions' },
      !contact.IsDefault &&
        actionButton(
          'Make default',
          () => update(contact, { IsDefault: true }, `${nameOf(contact)} is the default contact.`),
          {
            'aria-label': `Make ${nameOf(contact)} the default contact`,
          },
        ),
      h(
        'button',
        { type: 'button', onclick: () => edit(contact), 'aria-label': `Edit ${nameOf(contact)}` },
        'Edit',
      ),
      confirmButton('Remove', `Remove ${nameOf(contact)}?`, () =>
        act(`Removed ${nameOf(contact)}.`, () => unleashed('DELETE', pathOf(customer, contact)), refresh),
      ),
    );
  return table(
    'Contacts',
    [
      {
        header: 'Name',
        cell: (c) => [
          nameOf(c),
          c.IsDefault ? [' ', h('span', { class: 'badge badge-default' }, 'Default')] : null,
        ],
      },
      { header: 'Email', cell: (c) => c.EmailAddress ?? '—' },
      {
        header: 'Phone',
        cell: (c) => [c.OfficePhone, c.MobilePhone, c.PhoneNumber].filter(Boolean).join(' · ') || '—',
      },
      ...FLAGS.map((flag) => ({ header: flag[1], cell: (c) => flagBox(c, flag) })),
      { header: 'Actions', cell: actions },
    ],
    contacts,
    { empty: 'none yet.', hideCaption: true },
  );
}

const text = (form, name) => {
  const value = String(form.get(name) ?? '').trim();
  return value === '' ? null : value;
};

/** The form adding a contact (contact undefined) or editing one; `cancel` goes back to adding. */
export function contactForm(customer, contact, refresh, cancel) {
  const input = (name, label, props = {}) =>
    field(label, h('input', { name, value: contact?.[name] ?? '', ...props }));
  const box = (name, label) =>
    field(
      label,
      h('input', {
        type: 'checkbox',
        name,
        value: 'true',
        checked: contact ? contact[name] : name === 'ForOrdering',
      }),
    );
  const title = contact ? `Edit ${nameOf(contact)}` : 'Add a contact';
  return actionForm(
    { class: 'panel', 'aria-label': title },
    [
      h('h2', {}, title),
      input('FirstName', 'First name', { required: true, maxlength: '100' }),
      input('LastName', 'Last name', { maxlength: '100' }),
      input('EmailAddress', 'Email', { type: 'email', maxlength: '500' }),
      input('OfficePhone', 'Office phone'),
      input('MobilePhone', 'Mobile phone'),
      h(
        'fieldset',
        {},
        h('legend', {}, 'Flags'),
        box('IsDefault', 'Default contact'),
        FLAGS.map(([key, label]) => box(key, label)),
      ),
      h('button', { type: 'submit' }, contact ? 'Save contact' : 'Add contact'),
      contact && h('button', { type: 'button', onclick: cancel }, 'Cancel'),
    ],
    (form) => {
      const body = {
        FirstName: text(form, 'FirstName') ?? '',
        LastName: text(form, 'LastName'),
        EmailAddress: text(form, 'EmailAddress'),
        OfficePhone: text(form, 'OfficePhone'),
        MobilePhone: text(form, 'MobilePhone'),
        IsDefault: form.has('IsDefault'),
      };
      for (const [key] of FLAGS) body[key] = form.has(key);
      const done = contact ? `Saved ${body.FirstName}.` : `Added ${body.FirstName}.`;
      return act(done, () => unleashed(contact ? 'PUT' : 'POST', pathOf(customer, contact), body), refresh);
    },
  );
}
