// One product's quantity rule (B4) on the products page, opened from its row: what Unleashed says, the store's
// override (blank inherits) and the rule buyers without their own override get. Loaded when opened; saved with
// PUT …/products/{productGuid}/quantity-rule; a refusal shows under the form.
import { useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import type { Problem, ProductQuantityRule } from '../../api/types.ts';
import { InlineProblem, Loading, Notice, ProblemNote } from '../../ui/components.tsx';
import { useLoad } from '../../ui/use-load.ts';
import { RULE_PARTS, ruleLabel, ruleOf, textsOf } from './rule-inputs.ts';

export function ProductQuantityRuleEditor(props: { storeId: string; productGuid: string; code: string }) {
  const path = { storeId: props.storeId, productGuid: props.productGuid };
  const loaded = useLoad(
    () => api.GET('/admin/stores/{storeId}/products/{productGuid}/quantity-rule', { params: { path } }),
    [props.storeId, props.productGuid],
  );
  if (loaded.state === 'loading') return <Loading label="Loading the quantity rule…" />;
  if (loaded.state === 'failed') return <ProblemNote problem={loaded.problem} onRetry={loaded.reload} />;
  return <RuleForm path={path} code={props.code} rule={loaded.data} />;
}

function RuleForm(props: {
  path: { storeId: string; productGuid: string };
  code: string;
  rule: ProductQuantityRule;
}) {
  const [rule, setRule] = useState(props.rule);
  const [texts, setTexts] = useState(textsOf(props.rule.override));
  const [message, setMessage] = useState<string>();
  const [problem, setProblem] = useState<Problem>();
  const [saved, setSaved] = useState(false);
  const { minimumSaleQuantity, packSize } = rule.fromUnleashed;

  const save = async (event: Event) => {
    event.preventDefault();
    setProblem(undefined);
    const override = ruleOf(texts);
    if (!override) return setMessage('Enter quantities as whole numbers from 1, or leave them blank.');
    setMessage(undefined);
    const { data, error } = await api.PUT('/admin/stores/{storeId}/products/{productGuid}/quantity-rule', {
      params: { path: props.path },
      body: override,
    });
    if (error) return setProblem(error);
    setRule(data);
    setTexts(textsOf(data.override));
    setSaved(true);
  };

  return (
    <form class="form stack" onSubmit={save} noValidate aria-label={`Quantity rule of ${props.code}`}>
      <p class="hint">
        Unleashed: minimum {minimumSaleQuantity ?? 'none'}, pack size {packSize ?? 'none'}. Buyers get:{' '}
        <strong>{ruleLabel(rule.effective)}</strong> (unless the customer has its own).
      </p>
      {RULE_PARTS.map(([part, label]) => (
        <label key={part} class="inline-field">
          {label}
          <input
            inputMode="numeric"
            value={texts[part]}
            onInput={(e) => {
              setSaved(false);
              setTexts({ ...texts, [part]: e.currentTarget.value });
            }}
          />
        </label>
      ))}
      <div class="actions">
        <button type="submit" class="button primary small">
          Save rule of {props.code}
        </button>
      </div>
      {saved && <Notice>Quantity rule saved.</Notice>}
      {message && <InlineProblem>{message}</InlineProblem>}
      {problem && <ProblemNote problem={problem} />}
    </form>
  );
}
