import { TextField } from '../../ui/text-field.tsx';
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
        <TextField
          key={field}
          id={`address-${field}`}
          label={label}
          error={field === 'street' ? error : undefined}
          type="text"
          maxLength={field === 'postalCode' ? 50 : 500}
          value={values[field] ?? ''}
          onValue={(value) => onChange({ ...values, [field]: value })}
        />
      ))}
    </div>
  );
}
