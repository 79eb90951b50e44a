// The settings form's stock section (R17b, B9): what buyers get for a product with nothing available or asked
// past its stock (hidden, shown but not orderable, or ordered as a backorder), and whether they see the counts.
import { CheckboxField } from '../../ui/checkbox-field.tsx';
import { choicesOf, SelectField } from '../../ui/choice-field.tsx';
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
        choices={choicesOf(OUT_OF_STOCK_POLICIES)}
        value={form.outOfStockPolicy}
        onChoose={onPolicy}
      />
      <CheckboxField
        id="store-showStockCounts"
        label="Show buyers the available quantity"
        hint="Off: buyers see only the colour (plenty, low, out of stock), and refusals do not name the figure."
        error={errors.showStockCounts}
        checked={form.showStockCounts}
        onCheck={onCounts}
      />
    </fieldset>
  );
}
