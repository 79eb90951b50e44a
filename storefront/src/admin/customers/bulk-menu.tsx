// The bulk actions on the customers page's selection, as a labelled select and an Apply button (R12).
import { useState } from 'preact/hooks';

/** The bulk actions on the selected customers, as a labelled select and an Apply button. */
export function BulkMenu(props: { disabled: boolean; busy: boolean; onInvitePrimary: () => void }) {
  const [action, setAction] = useState('invite-primary');
  return (
    <>
      <label class="visually-hidden" for="bulk-action">
        Bulk action
      </label>
      <select id="bulk-action" value={action} onChange={(e) => setAction(e.currentTarget.value)}>
        <option value="invite-primary">Send invitation to primary contact</option>
      </select>
      <button
        type="button"
        class="button primary small"
        disabled={props.disabled}
        onClick={() => {
          if (action === 'invite-primary') props.onInvitePrimary();
        }}
      >
        {props.busy ? 'Sending…' : 'Apply'}
      </button>
    </>
  );
}
