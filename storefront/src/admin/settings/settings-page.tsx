// Store settings (R8, R17b, R18, R18a, R21): GET and PATCH /admin/stores/{storeId}. Each problem shows next to the field it is
// about, whether the browser found it, the gateway's validator (400) or Unleashed's facts (422).
import type { ComponentProps } from 'preact';
import { useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import { fieldErrors } from '../../api/problem.ts';
import type { Problem, Store } from '../../api/types.ts';
import { CheckboxField } from '../../ui/checkbox-field.tsx';
import { choicesOf, SelectField } from '../../ui/choice-field.tsx';
import { InlineProblem, Loading, Notice, PageTitle, ProblemNote } from '../../ui/components.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { TextField } from '../../ui/text-field.tsx';
import { useLoad } from '../../ui/use-load.ts';
import { BrandingSettings } from './branding-settings.tsx';
import { OrderRulesSettings } from './order-rules-settings.tsx';
import {
  IMPORT_STATUSES,
  type OrderStatusKey,
  problemFields,
  type SettingsErrors,
  type SettingsField,
  type SettingsForm,
  toForm,
  toPatch,
} from './settings-form.ts';
import { OrderSettings } from './settings-orders.tsx';
import { StockSettings } from './settings-stock.tsx';

/** The settings the admin types as text. */
type TextSetting = {
  [K in keyof SettingsForm]: string extends SettingsForm[K] ? K : never;
}[keyof SettingsForm];

export function SettingsPage({ store, onSaved }: { store: Store; onSaved: (store: Store) => void }) {
  const loaded = useLoad(
    () => api.GET('/admin/stores/{storeId}', { params: { path: { storeId: store.id } } }),
    [store.id],
  );
  return (
    <section class="stack">
      <PageTitle>Store settings</PageTitle>
      {loaded.state === 'loading' && <Loading label="Loading the store settings…" />}
      {loaded.state === 'failed' && <ProblemNote problem={loaded.problem} onRetry={loaded.reload} />}
      {loaded.state === 'ready' && (
        <SettingsEditor
          store={loaded.data}
          onSaved={(saved) => {
            loaded.set(saved);
            onSaved(saved);
          }}
        />
      )}
      {loaded.state === 'ready' && <BrandingSettings store={loaded.data} onSaved={onSaved} />}
      <OrderRulesSettings storeId={store.id} />
    </section>
  );
}

function SettingsEditor({ store, onSaved }: { store: Store; onSaved: (store: Store) => void }) {
  const [form, setForm] = useState<SettingsForm>(() => toForm(store));
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [problem, setProblem] = useState<Problem>();
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [unchanged, setUnchanged] = useState(false);

  const update = <K extends SettingsField>(field: K, value: SettingsForm[K]) => {
    setForm((previous) => ({ ...previous, [field]: value }));
    setErrors(({ [field]: _dropped, ...rest }) => rest as SettingsErrors);
    setSaved(false);
  };
  const updateStatus = (key: OrderStatusKey, change: { label?: string; notifyBuyer?: boolean }) => {
    update('orderStatuses', { ...form.orderStatuses, [key]: { ...form.orderStatuses[key], ...change } });
    setErrors(({ [`label-${key}` as const]: _dropped, ...rest }) => rest as SettingsErrors);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    setProblem(undefined);
    setSaved(false);
    setUnchanged(false);
    const { patch, errors: local } = toPatch(form, store);
    if (Object.keys(local).length > 0) return showErrors(local);
    if (Object.keys(patch).length === 0) {
      setErrors({});
      setUnchanged(true);
      return;
    }
    setSaving(true);
    const { data, error } = await api.PATCH('/admin/stores/{storeId}', {
      params: { path: { storeId: store.id } },
      body: patch,
    });
    setSaving(false);
    if (data) {
      setErrors({});
      setForm(toForm(data));
      setSaved(true);
      onSaved(data);
      return;
    }
    const byField = fieldErrors(error, problemFields(patch));
    // A problem no field shows (a 404, the gateway down) is shown as a sentence by the Save button instead.
    setProblem(Object.keys(byField).some((field) => field in form) ? undefined : error);
    showErrors(byField);
  };

  const showErrors = (byField: Partial<Record<string, string>>) => {
    setErrors(byField);
    const first = Object.keys(byField)[0];
    if (first) requestAnimationFrame(() => document.getElementById(`store-${first}`)?.focus());
  };

  const invalid = Object.keys(errors).length > 0;
  /** One of the store's text settings: its id, error and value all follow from the form field's name. */
  const storeText = (
    field: TextSetting,
    label: string,
    hint?: string,
    input?: Omit<ComponentProps<typeof TextField>, 'id' | 'label' | 'hint' | 'value' | 'onValue'>,
  ) => (
    <TextField
      {...input}
      id={`store-${field}`}
      label={label}
      hint={hint}
      error={errors[field]}
      value={form[field]}
      onValue={(value) => update(field, value)}
    />
  );
  return (
    <form class="card form" onSubmit={submit} noValidate>
      <p class="muted">
        Connected to Unleashed account <code>{store.unleashed.apiId}</code> since{' '}
        {formatDateTime(store.unleashed.connectedAt)}.
      </p>
      <fieldset>
        <legend>Store</legend>
        {storeText('name', 'Store name')}
        {storeText(
          'slug',
          'Store address',
          `Buyers sign in at ${window.location.origin}/s/${form.slug}/ — invitation and reset links use it. Links already sent stop working when it changes.`,
          { spellcheck: false },
        )}
        {storeText('adminEmail', 'Admin email', 'Order requests and notices for the supplier go here.', {
          type: 'email',
        })}
      </fieldset>
      <fieldset>
        <legend>Orders</legend>
        <SelectField
          id="store-importStatus"
          label="Import status"
          hint="The status orders get in Unleashed."
          error={errors.importStatus}
          choices={choicesOf(IMPORT_STATUSES)}
          value={form.importStatus}
          onChoose={(status) => update('importStatus', status)}
        />
        {storeText(
          'warehouseCodes',
          'Stock warehouses',
          'Unleashed warehouse codes, separated by commas. The store shows their stock summed.',
        )}
        {storeText('orderWarehouseCode', 'Order warehouse', "The warehouse the store's orders ship from.")}
        {storeText('taxCode', 'Tax code', 'The Unleashed tax code orders use.')}
        {storeText(
          'defaultTaxRate',
          'Default tax rate (%)',
          'Used when neither the product nor the customer has a rate.',
          { type: 'number', inputMode: 'decimal', min: 0, max: 100, step: 'any' },
        )}
      </fieldset>
      <fieldset>
        <legend>Sync</legend>
        {storeText('syncIntervalMinutes', 'Sync every (minutes)', 'From 1 to 1440.', {
          type: 'number',
          inputMode: 'numeric',
          min: 1,
          max: 1440,
          step: 1,
        })}
        <CheckboxField
          id="store-autoAddCustomers"
          label="Add new Unleashed customers to the store automatically"
          hint="At each sync, up to your plan's customer limit."
          error={errors.autoAddCustomers}
          checked={form.autoAddCustomers}
          onCheck={(on) => update('autoAddCustomers', on)}
        />
      </fieldset>
      <StockSettings
        form={form}
        errors={errors}
        onPolicy={(policy) => update('outOfStockPolicy', policy)}
        onCounts={(on) => update('showStockCounts', on)}
      />
      <OrderSettings form={form} errors={errors} onStatus={updateStatus} onFlag={update} />
      <div class="actions">
        <button type="submit" class="button primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save settings'}
        </button>
        {saved && <Notice>Settings saved.</Notice>}
        {unchanged && <Notice>Nothing to save: no setting has changed.</Notice>}
        {invalid && !problem && (
          <InlineProblem>The settings were not saved. Check the marked fields.</InlineProblem>
        )}
        {problem && <ProblemNote problem={problem} />}
      </div>
    </form>
  );
}
