// A customer's contacts at a glance (R11): Active / Pending / Inactive pills with counts, each opening the
// contacts panel on that status, or "No contacts added".
import type { ContactCounts, ContactStatus, StoreCustomer } from '../../api/types.ts';
import { STATUS_LABELS } from './contact-labels.ts';

const ORDER: ContactStatus[] = ['active', 'pending', 'inactive'];

export function ContactPills(props: { customer: StoreCustomer; onOpen: (status: ContactStatus) => void }) {
  const { customer, onOpen } = props;
  const counts: ContactCounts = customer.contactCounts;
  if (counts.active + counts.pending + counts.inactive === 0) {
    return <span class="muted">No contacts added</span>;
  }
  return (
    <ul class="pills" aria-label={`Contacts of ${customer.name}`}>
      {ORDER.map((status) => (
        <li key={status}>
          <button
            type="button"
            class={counts[status] === 0 ? 'pill' : `pill pill-${status}`}
            onClick={() => onOpen(status)}
            title={`Show the ${STATUS_LABELS[status].toLowerCase()} contacts`}
          >
            {STATUS_LABELS[status]} <span class="pill-count">{counts[status]}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
