// The fields of a standing order (R21), shared by "Save as standing order" and editing one: name, delivery
// address (saved or typed, as at checkout), schedule (every N days, weeks or months; default every 2nd week),
// start date, PO number (B7: fixed, or with {date} for each run's date) and comment. The parent keeps the
// values, so nothing typed is lost on a refusal.
import type { DeliveryAddress, StandingOrderSchedule } from '../../api/types.ts';
import { SelectField } from '../../ui/choice-field.tsx';
import { Field } from '../../ui/components.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { AddressChoice, type AddressChoiceState, chosenAddress } from '../cart/address-choice.tsx';
import { DEFAULT_SCHEDULE, utcDate } from './schedule.ts';

export interface StandingOrderValues {
  name: string;
  address: AddressChoiceState;
  frequency: StandingOrderSchedule['frequency'];
  every: string;
  startDate: string;
  purchaseOrderRef: string;
  comment: string;
}

export type StandingOrderErrors = Partial<
  Record<'name' | 'deliveryAddress' | 'schedule' | 'startDate' | 'purchaseOrderRef' | 'comment', string>
>;

/** A new standing order's values: the default schedule, starting tomorrow (UTC). */
export function newValues(): StandingOrderValues {
  return {
    name: '',
    address: { typed: {} },
    frequency: DEFAULT_SCHEDULE.frequency,
    every: String(DEFAULT_SCHEDULE.every),
    startDate: utcDate(1),
    purchaseOrderRef: '',
    comment: '',
  };
}

/**
 * The body to send, or the errors found before sending. `keptStartDate` (editing) is the start date it has: kept
 * unchanged it may lie in the past and is not sent, since a new start date moves the next run.
 */
export function readValues(values: StandingOrderValues, saved: DeliveryAddress[], keptStartDate?: string) {
  const errors: StandingOrderErrors = {};
  const name = values.name.trim();
  if (!name) errors.name = 'Enter a name, e.g. "Weekly restock".';
  const deliveryAddress = chosenAddress(values.address, saved);
  if (!deliveryAddress) errors.deliveryAddress = 'Enter at least a street or a city.';
  const every = Number(values.every.trim());
  if (!/^\d+$/.test(values.every.trim()) || every < 1 || every > 99)
    errors.schedule = 'Enter a whole number from 1 to 99.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.startDate)) errors.startDate = 'Enter the date of the first order.';
  else if (values.startDate !== keptStartDate && values.startDate < utcDate())
    errors.startDate = 'Choose today or a later date.';
  if (Object.keys(errors).length > 0 || !deliveryAddress) return { errors };
  return {
    errors,
    body: {
      name,
      deliveryAddress,
      schedule: { frequency: values.frequency, every },
      ...(values.startDate === keptStartDate ? {} : { startDate: values.startDate }),
      purchaseOrderRef: values.purchaseOrderRef.trim() || null,
      comment: values.comment.trim() || null,
    },
  };
}

const FREQUENCIES = [
  ['daily', 'Days'],
  ['weekly', 'Weeks'],
  ['monthly', 'Months'],
] as const;

export function StandingOrderFields(props: {
  values: StandingOrderValues;
  onChange: (values: StandingOrderValues) => void;
  saved: DeliveryAddress[];
  errors: StandingOrderErrors;
}) {
  const { values, onChange, saved, errors } = props;
  const set = (changes: Partial<StandingOrderValues>) => onChange({ ...values, ...changes });
  return (
    <>
      <TextField
        id="standing-name"
        label="Name"
        hint="Unique among your standing orders."
        error={errors.name}
        type="text"
        maxLength={100}
        value={values.name}
        onValue={(value) => set({ name: value })}
      />
      <AddressChoice
        saved={saved}
        state={values.address}
        onChange={(address) => set({ address })}
        error={errors.deliveryAddress}
      />
      <fieldset>
        <legend>Schedule</legend>
        <div class="schedule-fields">
          <TextField
            id="standing-every"
            label="Every"
            error={errors.schedule}
            type="text"
            inputMode="numeric"
            value={values.every}
            onValue={(value) => set({ every: value })}
          />
          <SelectField
            id="standing-frequency"
            label="Period"
            choices={FREQUENCIES}
            value={values.frequency}
            onChoose={(frequency) => set({ frequency })}
          />
        </div>
      </fieldset>
      <TextField
        id="standing-start"
        label="First order on"
        hint="Orders are placed at 06:00 UTC on their date; a reminder goes out 2 days before."
        error={errors.startDate}
        type="date"
        min={utcDate()}
        value={values.startDate}
        onValue={(value) => set({ startDate: value })}
      />
      <TextField
        id="standing-po"
        label="PO number (optional unless your account requires one)"
        hint="Fixed, or with {date} where each order's date goes, e.g. PO-{date}."
        error={errors.purchaseOrderRef}
        type="text"
        maxLength={100}
        value={values.purchaseOrderRef}
        onValue={(value) => set({ purchaseOrderRef: value })}
      />
      <Field
        id="standing-comment"
        label="Comment (optional)"
        hint="Sent with every order."
        error={errors.comment}
      >
        {(control) => (
          <textarea
            {...control}
            rows={3}
            maxLength={2000}
            value={values.comment}
            onInput={(e) => set({ comment: e.currentTarget.value })}
          />
        )}
      </Field>
    </>
  );
}
