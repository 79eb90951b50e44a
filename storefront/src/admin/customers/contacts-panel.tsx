// The manage-contacts slide-out (R11, R12, R15, R16): one customer's contacts, filtered by status, each with
// its status, why, and the actions it allows; contacts can be selected and invited together. Below them, the
// customer's ordering settings (B7).
import { useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import type { BulkInviteResult, ContactStatus, CustomerContacts, Problem } from '../../api/types.ts';
import { Loading, Notice, ProblemNote } from '../../ui/components.tsx';
import { SlideOver } from '../../ui/slide-over.tsx';
import { useLoad } from '../../ui/use-load.ts';
import { useSelection } from '../../ui/use-selection.ts';
import { CustomerOrderRules } from '../order-rules/customer-order-rules.tsx';
import { BulkResults } from './bulk-results.tsx';
import { ContactCard } from './contact-card.tsx';
import { STATUS_LABELS } from './contact-labels.ts';
import { CustomerApprovalSettings } from './customer-approval-settings.tsx';
import { CustomerOrderSettings } from './customer-order-settings.tsx';

const FILTERS: (ContactStatus | 'all')[] = ['all', 'active', 'pending', 'inactive'];

export function ContactsPanel(props: {
  storeId: string;
  customerGuid: string;
  customerName: string;
  initialStatus?: ContactStatus;
  onChanged: () => void;
  onClose: () => void;
}) {
  const { storeId, customerGuid, customerName, onChanged, onClose } = props;
  const [status, setStatus] = useState<ContactStatus | 'all'>(props.initialStatus ?? 'all');
  const { selected, toggle, clear: clearSelection } = useSelection();
  const [results, setResults] = useState<{ items: BulkInviteResult[]; names: Record<string, string> }>();
  const [bulkProblem, setBulkProblem] = useState<Problem>();
  const [sending, setSending] = useState(false);
  const [done, setDone] = useState<string>();
  const contacts = useLoad(
    () =>
      api.GET('/admin/stores/{storeId}/customers/{customerGuid}/contacts', {
        params: { path: { storeId, customerGuid }, query: status === 'all' ? {} : { status } },
      }),
    [storeId, customerGuid, status],
  );

  const changed = (message?: string) => {
    setDone(message);
    contacts.reload();
    onChanged();
    // The button pressed may be gone with the contact's new status: keep focus inside the panel.
    const dialog = document.querySelector('dialog[open]');
    if (!dialog?.contains(document.activeElement) || document.activeElement === dialog) {
      document.getElementById('slide-over-title')?.focus();
    }
  };

  const inviteSelected = async () => {
    setSending(true);
    setBulkProblem(undefined);
    const names = nameMap(contacts.data);
    const { data, error } = await api.POST('/admin/stores/{storeId}/invitations', {
      params: { path: { storeId } },
      body: { contactGuids: [...selected] },
    });
    setSending(false);
    setBulkProblem(error);
    if (data) {
      setResults({ items: data.items, names });
      clearSelection();
      changed();
    }
  };

  return (
    <SlideOver title={`Contacts of ${customerName}`} onClose={onClose}>
      <fieldset class="segmented" aria-label="Show contacts">
        {FILTERS.map((filter) => (
          <button
            key={filter}
            type="button"
            aria-pressed={status === filter}
            onClick={() => {
              setStatus(filter);
              clearSelection();
              setDone(undefined);
            }}
          >
            {filter === 'all' ? 'All' : STATUS_LABELS[filter]}
            {contacts.data && filter !== 'all' && ` (${contacts.data.contactCounts[filter]})`}
          </button>
        ))}
      </fieldset>
      {done && <Notice>{done}</Notice>}
      {contacts.state === 'loading' && <Loading label="Loading contacts…" />}
      {contacts.state === 'failed' && <ProblemNote problem={contacts.problem} onRetry={contacts.reload} />}
      {contacts.state === 'ready' && (
        <ContactList
          data={contacts.data}
          storeId={storeId}
          selected={selected}
          onToggle={toggle}
          onChanged={changed}
        />
      )}
      <div class="actions">
        <button
          type="button"
          class="button primary"
          disabled={selected.size === 0 || sending}
          onClick={inviteSelected}
        >
          {sending ? 'Sending…' : `Send invitation to selected (${selected.size})`}
        </button>
      </div>
      {bulkProblem && <ProblemNote problem={bulkProblem} />}
      {results && <BulkResults results={results.items} names={results.names} />}
      <CustomerOrderSettings storeId={storeId} customerGuid={customerGuid} />
      <CustomerApprovalSettings storeId={storeId} customerGuid={customerGuid} />
      <CustomerOrderRules storeId={storeId} customerGuid={customerGuid} />
    </SlideOver>
  );
}

function ContactList(props: {
  data: CustomerContacts;
  storeId: string;
  selected: Set<string>;
  onToggle: (guid: string, on: boolean) => void;
  onChanged: (done: string) => void;
}) {
  const { data, storeId, selected, onToggle, onChanged } = props;
  if (data.items.length === 0) return <p class="muted">No contacts with this status.</p>;
  return (
    <ul class="contact-list">
      {data.items.map((contact) => (
        <ContactCard
          key={contact.guid}
          contact={contact}
          storeId={storeId}
          selected={selected.has(contact.guid)}
          onSelect={(on) => onToggle(contact.guid, on)}
          onChanged={onChanged}
        />
      ))}
    </ul>
  );
}

function nameMap(data: CustomerContacts | undefined): Record<string, string> {
  const names: Record<string, string> = {};
  for (const c of data?.items ?? []) names[c.guid] = [c.firstName, c.lastName].filter(Boolean).join(' ');
  return names;
}
