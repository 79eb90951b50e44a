// The fields of a typed delivery address; a problem with the address shows under the street.
import { Field } from '../ui/components.tsx';
import { ADDRESS_FIELDS, type AddressField } from './address.ts';

export type TypedAddress = Partial<Record<AddressField, string>>;

export function AddressFields(props: {
  values: TypedAddress;
  onChange: (values: TypedAddress) => void;
  error?: string;
}) {
  const { values, onChange, error } = props;
  return (
    <div class="address-fields">
      {ADDRESS_FIELDS.map(([field, label]) => (
        <Field
          key={field}
          id={`address-${field}`}
          label={label}
          error={field === 'street' ? error : undefined}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              maxLength={field === 'postalCode' ? 50 : 500}
              value={values[field] ?? ''}
              onInput={(e) => onChange({ ...values, [field]: e.currentTarget.value })}
            />
          )}
        </Field>
      ))}
    </div>
  );
}
