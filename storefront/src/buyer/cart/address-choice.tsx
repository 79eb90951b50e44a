// Choosing a delivery address, as at checkout: one of the customer's saved addresses (GET /store/addresses) or a
// typed one. The parent keeps the state (so nothing typed is lost on a refusal) and reads it with `chosenAddress`.
import type { DeliveryAddress } from '../../api/types.ts';
import { formatAddress, typedAddress } from './address.ts';
import { AddressFields, type TypedAddress } from './address-fields.tsx';

export const TYPED = 'typed';

export interface AddressChoiceState {
  /** The index of a saved address as text, or TYPED; undefined: the first saved one (or typed when none). */
  chosen?: string;
  typed: TypedAddress;
}

/** What the choice amounts to, or undefined when it has neither street nor city. */
export function chosenAddress(state: AddressChoiceState, saved: DeliveryAddress[]) {
  const choice = state.chosen ?? (saved.length > 0 ? '0' : TYPED);
  const address = choice === TYPED ? typedAddress(state.typed) : saved[Number(choice)];
  return address?.street || address?.city ? address : undefined;
}

export function AddressChoice(props: {
  saved: DeliveryAddress[];
  state: AddressChoiceState;
  onChange: (state: AddressChoiceState) => void;
  error?: string;
  legend?: string;
}) {
  const { saved, state, onChange, error } = props;
  const choice = state.chosen ?? (saved.length > 0 ? '0' : TYPED);
  const choose = (chosen: string) => onChange({ ...state, chosen });
  return (
    <fieldset>
      <legend>{props.legend ?? 'Delivery address'}</legend>
      <div class="choices">
        {saved.map((address, index) => (
          <label class="choice" key={`${index}-${formatAddress(address)}`}>
            <input
              type="radio"
              name="address"
              value={String(index)}
              checked={choice === String(index)}
              onChange={() => choose(String(index))}
            />
            {formatAddress(address)}
          </label>
        ))}
        <label class="choice">
          <input type="radio" name="address" checked={choice === TYPED} onChange={() => choose(TYPED)} />
          {saved.length > 0 ? 'Another address' : 'Type the address'}
        </label>
      </div>
      {choice === TYPED && (
        <AddressFields
          values={state.typed}
          onChange={(typed) => onChange({ ...state, typed })}
          error={error}
        />
      )}
      {choice !== TYPED && error && <p class="field-error">{error}</p>}
    </fieldset>
  );
}
