// The "Placed from" / "Placed to" day filters of an order list, each showing the gateway's refusal at its field.
import { Field } from './components.tsx';

export interface PlacedDates {
  placedFrom: string;
  placedTo: string;
}

/** Two date inputs with ids `${idPrefix}-from` and `${idPrefix}-to`; a change applies at once. */
export function PlacedDateFields(props: {
  idPrefix: string;
  dates: PlacedDates;
  errors: Record<string, string | undefined>;
  onChange: (changes: Partial<PlacedDates>) => void;
}) {
  const { idPrefix, dates, errors, onChange } = props;
  return (
    <>
      <Field id={`${idPrefix}-from`} label="Placed from" error={errors.placedFrom}>
        {(control) => (
          <input
            {...control}
            type="date"
            value={dates.placedFrom}
            onChange={(e) => onChange({ placedFrom: e.currentTarget.value })}
          />
        )}
      </Field>
      <Field id={`${idPrefix}-to`} label="Placed to" error={errors.placedTo}>
        {(control) => (
          <input
            {...control}
            type="date"
            value={dates.placedTo}
            onChange={(e) => onChange({ placedTo: e.currentTarget.value })}
          />
        )}
      </Field>
    </>
  );
}
