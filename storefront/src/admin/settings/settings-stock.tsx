// The settings form's stock section (R17b, B9): what buyers get for a product with nothing available or asked
// past its stock (hidden, shown but not orderable, or ordered as a backorder), and whether they see the counts.

import { SelectField } from '../../ui/choice-field.tsx';
import type { SettingsErrors, SettingsForm } from './settings-form.ts';

type Policy = SettingsForm['outOfStockPolicy'];

export const OUT_OF_STOCK_POLICIES: Record<Policy, string> = {
  hidden: 'Hidden — out-of-stock products disappear; no order past the stock',
  visible: 'Visible — shown but not orderable; no order past the stock',
  sellable: 'Sellable — orders past the stock are taken as backorders',
};

export function StockSettings(props: {
  form: SettingsForm;
  errors: SettingsErrors;
  onPolicy: (policy: Policy) => void;
  onCounts: (on: boolean) => void;
}) {
  const { form, errors, onPolicy, onCounts } = props;
  return (
    <fieldset>
      <legend>Stock</legend>
      <SelectField
        id="store-outOfStockPolicy"
        label="Out-of-stock products"
        hint="Past the available quantity an order is refused (“only 5 available”) unless backorders are taken; a backordered part is marked on its line in Unleashed."
        error={errors.outOfStockPolicy}
        choices={Object.entries(OUT_OF_STOCK_POLICIES) as [Policy, string][]}
        value={form.outOfStockPolicy}
        onChoose={onPolicy}
      />
      <div class={errors.showStockCounts ? 'field checkbox invalid' : 'field checkbox'}>
        <input
          id="store-showStockCounts"
          type="checkbox"
          checked={form.showStockCounts}
          aria-describedby="store-showStockCounts-hint"
          onChange={(e) => onCounts(e.currentTarget.checked)}
        />
        <label for="store-showStockCounts">Show buyers the available quantity</label>
        <p class="hint" id="store-showStockCounts-hint">
          Off: buyers see only the colour (plenty, low, out of stock), and refusals do not name the figure.
        </p>
        {errors.showStockCounts && <p class="field-error">{errors.showStockCounts}</p>}
      </div>
    </fieldset>
  );
}
