// A product's store status (R3) as three buttons, the current one pressed: one click changes it.
import type { ProductStatus } from '../../api/types.ts';

export const PRODUCT_STATUS: Record<ProductStatus, string> = {
  hidden: 'Hidden',
  visible: 'Visible',
  sellable: 'Sellable',
};
export const PRODUCT_STATUSES = Object.keys(PRODUCT_STATUS) as ProductStatus[];

export function ProductStatusButtons(props: {
  label: string;
  status: ProductStatus;
  disabled: boolean;
  describedBy?: string;
  onChange: (status: ProductStatus) => void;
}) {
  const { label, status, disabled, describedBy, onChange } = props;
  return (
    <fieldset class="segmented" aria-label={label} aria-describedby={describedBy}>
      {PRODUCT_STATUSES.map((option) => (
        <button
          key={option}
          type="button"
          aria-pressed={option === status}
          disabled={disabled}
          onClick={() => option !== status && onChange(option)}
        >
          {PRODUCT_STATUS[option]}
        </button>
      ))}
    </fieldset>
  );
}
