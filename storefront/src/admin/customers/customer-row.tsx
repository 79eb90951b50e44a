// One customer on the customers page: selection, code and name, type, contact pills (R11), the in-store switch
// (R7: a plan limit is refused with a sentence in the row) and the row actions, among them acting as the
// customer (R22) and explaining its prices (R17a).
import { api } from '../../api/client.ts';
import type { ContactStatus, StoreCustomer } from '../../api/types.ts';
import { ProblemNote } from '../../ui/components.tsx';
import { type Selectable, SelectCell } from '../../ui/data-table.tsx';
import { Switch } from '../../ui/switch.tsx';
import { useAttempt } from '../../ui/use-attempt.ts';
import { ActAsButton } from '../acting/act-as-button.tsx';
import { ContactPills } from './contact-pills.tsx';

export function CustomerRow(
  props: Selectable & {
    customer: StoreCustomer;
    storeId: string;
    onUpdated: (customer: StoreCustomer) => void;
    onOpenContacts: (status?: ContactStatus) => void;
    onInvited: () => void;
    onExplainPrice: () => void;
  },
) {
  const { customer, storeId, selected, onSelect, onUpdated, onOpenContacts, onInvited, onExplainPrice } =
    props;
  const { busy: saving, problem, send } = useAttempt();
  const invite = useAttempt();
  const problemId = `customer-${customer.guid}-problem`;

  const setInStore = (inStore: boolean) =>
    send(
      () =>
        api.PUT('/admin/stores/{storeId}/customers/{customerGuid}/membership', {
          params: { path: { storeId, customerGuid: customer.guid } },
          body: { inStore },
        }),
      onUpdated,
    );

  // The bulk "send invitation to primary contact" for this one customer; a refusal shows in the row.
  const invitePrimary = () =>
    invite.attempt(async () => {
      const { data, error } = await api.POST('/admin/stores/{storeId}/invitations/primary-contacts', {
        params: { path: { storeId } },
        body: { customerGuids: [customer.guid] },
      });
      const refused = error ?? data?.items.find((item) => item.outcome === 'refused')?.problem;
      if (!refused) onInvited();
      return refused;
    });
  const hasContacts =
    customer.contactCounts.active + customer.contactCounts.pending + customer.contactCounts.inactive > 0;

  return (
    <tr aria-selected={selected}>
      <SelectCell what={customer.name} selected={selected} onSelect={onSelect} />
      <th scope="row">
        <span class="customer-name">{customer.name}</span>
        <span class="muted block">{customer.code}</span>
      </th>
      <td>{customer.customerType ?? '—'}</td>
      <td>
        <ContactPills customer={customer} onOpen={onOpenContacts} />
      </td>
      <td>
        <Switch
          checked={customer.inStore}
          disabled={saving || invite.busy}
          describedBy={problem ? problemId : undefined}
          onChange={setInStore}
        >
          <span>{customer.inStore ? 'In store' : 'Not in store'}</span>
          <span class="visually-hidden"> – {customer.name}</span>
        </Switch>
        {problem && <ProblemNote id={problemId} problem={problem} />}
      </td>
      <td>
        <div class="row-actions">
          <button type="button" class="button secondary small" onClick={() => onOpenContacts()}>
            Manage contacts<span class="visually-hidden"> of {customer.name}</span>
          </button>
          {customer.inStore && hasContacts && (
            <button
              type="button"
              class="button secondary small"
              disabled={saving || invite.busy}
              onClick={invitePrimary}
            >
              Invite primary contact<span class="visually-hidden"> of {customer.name}</span>
            </button>
          )}
          {customer.inStore && (
            <ActAsButton storeId={storeId} customerGuid={customer.guid} customerName={customer.name} />
          )}
          <button type="button" class="button secondary small" onClick={onExplainPrice}>
            Explain a price<span class="visually-hidden"> for {customer.name}</span>
          </button>
        </div>
        {invite.problem && <ProblemNote problem={invite.problem} />}
      </td>
    </tr>
  );
}
