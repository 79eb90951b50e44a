// While an admin acts as the customer (R23): the contact the order is placed for, chosen from the customer's
// ordering contacts (GET /store/acting/contacts never lists deactivated ones). Nothing is preselected: the admin
// must choose, and the email chosen is the order's placed-by (R20).
import type { ActingContact } from '../../api/types.ts';

export const PLACED_FOR_ID = 'placed-for';

export function ActingContactChoice(props: {
  contacts: ActingContact[];
  chosen: string | undefined;
  onChoose: (guid: string) => void;
  error?: string;
}) {
  const { contacts, chosen, onChoose, error } = props;
  return (
    <fieldset
      id={PLACED_FOR_ID}
      class={error ? 'invalid' : undefined}
      aria-describedby={error ? `${PLACED_FOR_ID}-error` : undefined}
      tabIndex={-1}
    >
      <legend>Place this order for (required)</legend>
      {contacts.length === 0 ? (
        <p>This customer has no contact an order can be placed for.</p>
      ) : (
        <div class="choices">
          {contacts.map((contact) => (
            <label class="choice" key={contact.guid}>
              <input
                type="radio"
                name="placed-for"
                value={contact.guid}
                checked={chosen === contact.guid}
                onChange={() => onChoose(contact.guid)}
              />
              {contactLabel(contact)}
            </label>
          ))}
        </div>
      )}
      {error && (
        <p class="field-error" id={`${PLACED_FOR_ID}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** `Dana Demo <dana@…> (default)`, or just the email when the contact has no name. */
function contactLabel(contact: ActingContact): string {
  const name = [contact.firstName, contact.lastName].filter(Boolean).join(' ');
  const who = name ? `${name} <${contact.email}>` : contact.email;
  return contact.isDefault ? `${who} (default contact)` : who;
}
