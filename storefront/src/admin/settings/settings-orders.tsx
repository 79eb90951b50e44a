// The settings form's order-life section: the label buyers see for each order status and whether the buyer is
// emailed when an order reaches it (R18a), the two order-request emails (R18), and standing orders on or off (R21).
import { Switch } from '../../ui/switch.tsx';
import {
  ORDER_STATUSES,
  type OrderStatusKey,
  type SettingsErrors,
  type SettingsForm,
} from './settings-form.ts';

type Flag = 'orderRequestEmailToBuyer' | 'orderRequestEmailToAdmin' | 'standingOrdersEnabled';

const FLAGS: { field: Flag; label: string; hint: string }[] = [
  {
    field: 'orderRequestEmailToBuyer',
    label: 'Email the order request to the buyer',
    hint: 'The contact who placed the order gets a confirmation at once.',
  },
  {
    field: 'orderRequestEmailToAdmin',
    label: 'Email the order request to the admin email',
    hint: 'Each new order is sent to the admin email above.',
  },
  {
    field: 'standingOrdersEnabled',
    label: 'Buyers may create standing orders',
    hint: 'While off, buyers cannot create one and due runs are skipped (and recorded).',
  },
];

export function OrderSettings(props: {
  form: SettingsForm;
  errors: SettingsErrors;
  onStatus: (key: OrderStatusKey, change: { label?: string; notifyBuyer?: boolean }) => void;
  onFlag: (field: Flag, on: boolean) => void;
}) {
  const { form, errors, onStatus, onFlag } = props;
  return (
    <>
      <fieldset>
        <legend>Order statuses</legend>
        <p class="hint">
          What buyers see for each status of an order, and whether they are emailed when an order reaches it.
        </p>
        {errors.orderStatuses && <p class="field-error">{errors.orderStatuses}</p>}
        <div class="table-wrap">
          <table class="order-statuses">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Label buyers see</th>
                <th scope="col">Email the buyer</th>
              </tr>
            </thead>
            <tbody>
              {ORDER_STATUSES.map(({ key, when }) => {
                const setting = form.orderStatuses[key];
                const error = errors[`label-${key}`];
                return (
                  <tr key={key}>
                    <th scope="row">{when}</th>
                    <td>
                      <div class={error ? 'field invalid' : 'field'}>
                        <input
                          id={`store-label-${key}`}
                          aria-label={`Label buyers see when: ${when}`}
                          aria-invalid={error ? 'true' : undefined}
                          aria-describedby={error ? `store-label-${key}-error` : undefined}
                          maxLength={60}
                          value={setting.label}
                          onInput={(e) => onStatus(key, { label: e.currentTarget.value })}
                        />
                        {error && (
                          <p class="field-error" id={`store-label-${key}-error`}>
                            {error}
                          </p>
                        )}
                      </div>
                    </td>
                    <td>
                      <Switch
                        checked={setting.notifyBuyer}
                        onChange={(notifyBuyer) => onStatus(key, { notifyBuyer })}
                      >
                        <span>{setting.notifyBuyer ? 'Email' : 'No email'}</span>
                        <span class="visually-hidden"> when {setting.label}</span>
                      </Switch>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </fieldset>
      <fieldset>
        <legend>Order emails and standing orders</legend>
        {FLAGS.map(({ field, label, hint }) => (
          <div key={field} class="field checkbox">
            <input
              id={`store-${field}`}
              type="checkbox"
              checked={form[field]}
              aria-describedby={`store-${field}-hint`}
              onChange={(e) => onFlag(field, e.currentTarget.checked)}
            />
            <label for={`store-${field}`}>{label}</label>
            <p class="hint" id={`store-${field}-hint`}>
              {hint}
            </p>
          </div>
        ))}
      </fieldset>
    </>
  );
}
