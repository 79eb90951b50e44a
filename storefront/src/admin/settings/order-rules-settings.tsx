// The store's order rules (B4) on the Settings page: the minimum order value before tax, minimums per customer
// type (one "type = amount" per line), and the quantity rule for products Unleashed gives none. Saved on its own
// (PUT /admin/stores/{storeId}/order-rules); a refusal shows as a sentence under the form.
import { useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import { problemSentence } from '../../api/problem.ts';
import type { StoreOrderRules } from '../../api/types.ts';
import { Field, InlineProblem, Loading, Notice, ProblemNote } from '../../ui/components.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useLoad } from '../../ui/use-load.ts';

const RULE_FIELDS = [
  ['minimum', 'Default minimum quantity'],
  ['multiple', 'Default multiple ("sold in")'],
  ['maximum', 'Default maximum quantity'],
] as const;

const textOf = (value: number | null) => (value === null ? '' : String(value));
const numberOf = (text: string) => (text.trim() === '' ? null : Number(text.trim()));

function toForm(rules: StoreOrderRules) {
  return {
    minimumOrderValue: textOf(rules.minimumOrderValue),
    minimum: textOf(rules.defaultQuantityRule.minimum),
    multiple: textOf(rules.defaultQuantityRule.multiple),
    maximum: textOf(rules.defaultQuantityRule.maximum),
    types: rules.customerTypeMinimums.map((t) => `${t.customerType} = ${t.minimumOrderValue}`).join('\n'),
  };
}

/** The form as the API takes it, or the sentence saying which entry is not a number. */
function fromForm(form: ReturnType<typeof toForm>): StoreOrderRules | string {
  const numbers = [form.minimumOrderValue, form.minimum, form.multiple, form.maximum].map(numberOf);
  if (numbers.some((n) => n !== null && (!Number.isFinite(n) || n < 0)))
    return 'Enter amounts and quantities as numbers.';
  const types = form.types
    .split('\n')
    .filter((row) => row.trim())
    .map((row) => row.split('='));
  if (types.some((parts) => parts.length !== 2 || !Number.isFinite(Number(parts[1]?.trim()))))
    return 'Write one customer type per line, as "Retail = 150".';
  const [minimumOrderValue = null, minimum = null, multiple = null, maximum = null] = numbers;
  return {
    minimumOrderValue,
    defaultQuantityRule: { minimum, multiple, maximum },
    customerTypeMinimums: types.map(([type = '', amount = '']) => ({
      customerType: type.trim(),
      minimumOrderValue: Number(amount.trim()),
    })),
  };
}

export function OrderRulesSettings({ storeId }: { storeId: string }) {
  const path = { params: { path: { storeId } } };
  const loaded = useLoad(() => api.GET('/admin/stores/{storeId}/order-rules', path), [storeId]);
  if (loaded.state === 'loading') return <Loading label="Loading the order rules…" />;
  if (loaded.state === 'failed') return <ProblemNote problem={loaded.problem} onRetry={loaded.reload} />;
  return <OrderRulesForm storeId={storeId} rules={loaded.data} />;
}

function OrderRulesForm({ storeId, rules }: { storeId: string; rules: StoreOrderRules }) {
  const [form, setForm] = useState(toForm(rules));
  const [message, setMessage] = useState<string>();
  const [saved, setSaved] = useState(false);
  const update = (field: keyof typeof form, value: string) => {
    setSaved(false);
    setForm({ ...form, [field]: value });
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    const body = fromForm(form);
    if (typeof body === 'string') return setMessage(body);
    const { data, error } = await api.PUT('/admin/stores/{storeId}/order-rules', {
      params: { path: { storeId } },
      body,
    });
    setMessage(error ? problemSentence(error) : undefined);
    if (data) {
      setForm(toForm(data));
      setSaved(true);
    }
  };
  return (
    <form class="card form" onSubmit={submit} noValidate aria-label="Order rules">
      <h2>Order rules</h2>
      <TextField
        id="rules-mov"
        label="Minimum order value (before tax)"
        hint="Blank: no minimum."
        inputMode="decimal"
        value={form.minimumOrderValue}
        onValue={(value) => update('minimumOrderValue', value)}
      />
      <Field
        id="rules-types"
        label="Minimum order value per customer type"
        hint='One per line, as "Retail = 150".'
      >
        {(control) => (
          <textarea
            {...control}
            rows={3}
            value={form.types}
            onInput={(e) => update('types', e.currentTarget.value)}
          />
        )}
      </Field>
      {RULE_FIELDS.map(([field, label]) => (
        <TextField
          key={field}
          id={`rules-${field}`}
          label={label}
          hint="For products Unleashed gives none. Blank: none."
          inputMode="numeric"
          value={form[field]}
          onValue={(value) => update(field, value)}
        />
      ))}
      <div class="actions">
        <button type="submit" class="button primary">
          Save order rules
        </button>
        {saved && <Notice>Order rules saved.</Notice>}
        {message && <InlineProblem>{message}</InlineProblem>}
      </div>
    </form>
  );
}
