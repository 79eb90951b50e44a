// A customer's own order rules (B4) in its slide-out: a minimum order value that replaces its type's or the
// store's, and quantity overrides per product (typed by code, resolved to the product when saved). Saved as a
// whole (PUT …/customers/{customerGuid}/order-rules); a refusal shows as a sentence under the form.
import { useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import type { CustomerOrderRulesView, Problem } from '../../api/types.ts';
import { InlineProblem, Loading, Notice, ProblemNote } from '../../ui/components.tsx';
import { useLoad } from '../../ui/use-load.ts';
import { RULE_PARTS, type RuleTexts, ruleOf, textsOf } from './rule-inputs.ts';

type Row = RuleTexts & { code: string; productGuid?: string };

const formOf = (rules: CustomerOrderRulesView) => ({
  minimumOrderValue: rules.minimumOrderValue === null ? '' : String(rules.minimumOrderValue),
  rows: rules.products.map((p): Row => ({ code: p.productCode, productGuid: p.productGuid, ...textsOf(p) })),
});

export function CustomerOrderRules(props: { storeId: string; customerGuid: string }) {
  const path = { storeId: props.storeId, customerGuid: props.customerGuid };
  const loaded = useLoad(
    () => api.GET('/admin/stores/{storeId}/customers/{customerGuid}/order-rules', { params: { path } }),
    [props.storeId, props.customerGuid],
  );
  return (
    <section aria-labelledby="customer-order-rules">
      <h3 id="customer-order-rules">Order rules</h3>
      {loaded.state === 'loading' && <Loading label="Loading the order rules…" />}
      {loaded.state === 'failed' && <ProblemNote problem={loaded.problem} onRetry={loaded.reload} />}
      {loaded.data && <CustomerRulesForm path={path} rules={loaded.data} />}
    </section>
  );
}

function CustomerRulesForm(props: {
  path: { storeId: string; customerGuid: string };
  rules: CustomerOrderRulesView;
}) {
  const { path } = props;
  const [form, setForm] = useState(formOf(props.rules));
  const [message, setMessage] = useState<string>();
  const [problem, setProblem] = useState<Problem>();
  const [saved, setSaved] = useState(false);
  const edit = (next: typeof form) => {
    setSaved(false);
    setForm(next);
  };
  const setRow = (index: number, change: Partial<Row>) =>
    edit({ ...form, rows: form.rows.map((row, i) => (i === index ? { ...row, ...change } : row)) });

  /** The product of a typed code (any case), or undefined when the store has none. */
  const productOf = async (code: string) => {
    const { data } = await api.GET('/admin/stores/{storeId}/products', {
      params: { path: { storeId: path.storeId }, query: { search: code, pageSize: 50 } },
    });
    return data?.items.find((p) => p.code.toLowerCase() === code.toLowerCase());
  };

  const save = async (event: Event) => {
    event.preventDefault();
    setProblem(undefined);
    const mov = form.minimumOrderValue.trim() === '' ? null : Number(form.minimumOrderValue.trim());
    if (mov !== null && !(Number.isFinite(mov) && mov >= 0))
      return setMessage('Enter the minimum order value as an amount, or leave it blank.');
    const products = [];
    for (const row of form.rows.filter((r) => r.code.trim())) {
      const rule = ruleOf(row);
      if (!rule) return setMessage(`Enter ${row.code.trim()}'s quantities as whole numbers from 1.`);
      const productGuid = row.productGuid ?? (await productOf(row.code.trim()))?.guid;
      if (!productGuid) return setMessage(`The store has no product with code ${row.code.trim()}.`);
      products.push({ productGuid, ...rule });
    }
    setMessage(undefined);
    const { data, error } = await api.PUT('/admin/stores/{storeId}/customers/{customerGuid}/order-rules', {
      params: { path },
      body: { minimumOrderValue: mov, products },
    });
    if (error) return setProblem(error);
    setForm(formOf(data));
    setSaved(true);
  };

  return (
    <form class="form stack" onSubmit={save} noValidate aria-label="Customer order rules">
      <label for="customer-mov">Minimum order value (before tax)</label>
      <input
        id="customer-mov"
        inputMode="decimal"
        aria-describedby="customer-mov-hint"
        value={form.minimumOrderValue}
        onInput={(e) => edit({ ...form, minimumOrderValue: e.currentTarget.value })}
      />
      <p class="hint" id="customer-mov-hint">
        Blank: the customer type's or the store's.
      </p>
      {form.rows.map((row, index) => (
        <fieldset class="rule-row" key={row.productGuid ?? `new-${index}`}>
          <legend>{row.productGuid ? row.code : `Product ${index + 1}`}</legend>
          {!row.productGuid && (
            <input
              aria-label={`Product code ${index + 1}`}
              value={row.code}
              onInput={(e) => setRow(index, { code: e.currentTarget.value })}
            />
          )}
          {RULE_PARTS.map(([part, label]) => (
            <input
              key={part}
              inputMode="numeric"
              aria-label={`${label} (${row.code || `product ${index + 1}`})`}
              placeholder={label}
              value={row[part]}
              onInput={(e) => setRow(index, { [part]: e.currentTarget.value })}
            />
          ))}
          <button
            type="button"
            class="button secondary small"
            onClick={() => edit({ ...form, rows: form.rows.filter((_, i) => i !== index) })}
          >
            Remove {row.code || `product ${index + 1}`}
          </button>
        </fieldset>
      ))}
      <div class="actions">
        <button
          type="button"
          class="button secondary"
          onClick={() =>
            edit({ ...form, rows: [...form.rows, { code: '', minimum: '', multiple: '', maximum: '' }] })
          }
        >
          Add a product rule
        </button>
        <button type="submit" class="button primary">
          Save customer order rules
        </button>
      </div>
      {saved && <Notice>Order rules saved for this customer.</Notice>}
      {message && <InlineProblem>{message}</InlineProblem>}
      {problem && <ProblemNote problem={problem} />}
    </form>
  );
}
