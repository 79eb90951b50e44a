// One contact in the manage-contacts panel: name, email, primary flag, status with its reason, the actions it
// allows (R16), and a refusal shown as a sentence right by it (e.g. the email is held by another contact, R10).
import { useState } from 'preact/hooks';
import type { Problem, StoreContact } from '../../api/types.ts';
import { ProblemNote } from '../../ui/components.tsx';
import type { Selectable } from '../../ui/data-table.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { runContactAction } from './contact-actions.ts';
import {
  ACTION_LABELS,
  actionDone,
  actionsFor,
  type ContactAction,
  contactName,
  REASONS,
  STATUS_LABELS,
} from './contact-labels.ts';

export function ContactCard(
  props: Selectable & { contact: StoreContact; storeId: string; onChanged: (done: string) => void },
) {
  const { contact, storeId, selected, onSelect, onChanged } = props;
  const [busy, setBusy] = useState<ContactAction>();
  const [problem, setProblem] = useState<Problem>();
  const name = contactName(contact);
  const problemId = `contact-${contact.guid}-problem`;

  const run = async (action: ContactAction) => {
    setBusy(action);
    setProblem(undefined);
    const refused = await runContactAction(storeId, contact.guid, action);
    setBusy(undefined);
    if (refused) setProblem(refused);
    else onChanged(actionDone(action, name));
  };

  return (
    <li class="contact-card" aria-label={name}>
      <div class="contact-head">
        <label class="contact-select">
          <input
            type="checkbox"
            checked={selected}
            onChange={(event) => onSelect(event.currentTarget.checked)}
          />
          <span class="visually-hidden">Select {name}</span>
        </label>
        <div>
          <p class="contact-name">
            {name} {contact.isDefault && <span class="badge">Primary</span>}
          </p>
          <p class="muted">{contact.email ?? 'No email address'}</p>
        </div>
        <span class={`pill pill-${contact.status}`}>{STATUS_LABELS[contact.status]}</span>
      </div>
      <p class="contact-reason">
        {REASONS[contact.statusReason]}
        {contact.status === 'pending' &&
          contact.invitation &&
          ` – the link is valid until ${formatDateTime(contact.invitation.expiresAt)}`}
      </p>
      <div class="actions">
        {actionsFor(contact).map((action) => (
          <button
            key={action}
            type="button"
            class={
              action === 'deactivate' || action === 'cancel'
                ? 'button secondary small'
                : 'button primary small'
            }
            disabled={busy !== undefined}
            aria-describedby={problem ? problemId : undefined}
            onClick={() => run(action)}
          >
            {busy === action ? 'Working…' : ACTION_LABELS[action]}
          </button>
        ))}
      </div>
      {problem && <ProblemNote id={problemId} problem={problem} />}
    </li>
  );
}
