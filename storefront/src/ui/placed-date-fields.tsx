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
  const day = (key: keyof PlacedDates, suffix: string, label: string) => (
    <Field id={`${idPrefix}-${suffix}`} label={label} error={errors[key]}>
      {(control) => (
        <input
          {...control}
          type="date"
          value={dates[key]}
          onChange={(e) => onChange({ [key]: e.currentTarget.value })}
        />
      )}
    </Field>
  );
  return (
    <>
      {day('placedFrom', 'from', 'Placed from')}
      {day('placedTo', 'to', 'Placed to')}
    </>
  );
}
