// The pieces the sign-in, password-reset and invitation pages share: the card they sit in, the email and password
// fields, and which problem the form shows as a whole (one its fields don't already say).
import type { ComponentChildren } from 'preact';
import type { Problem } from '../api/types.ts';
import { Field, PageTitle } from './components.tsx';
import { PasswordInput } from './password-input.tsx';
import type { FieldValueProps } from './text-field.tsx';

/** A problem with no field errors, shown under the form; field errors are shown by their fields. */
export function formProblemOf(problem: Problem | undefined): Problem | undefined {
  return problem && !problem.errors?.length ? problem : undefined;
}

/**
 * The centred card of the signed-out pages: the brand line and a store's banner, the page title (`site` names
 * the tab), then the rest.
 */
export function LoginCard(props: {
  brand?: ComponentChildren;
  banner?: string | null;
  title: ComponentChildren;
  site?: string;
  children: ComponentChildren;
}) {
  return (
    <main id="main" class="login">
      <div class="card login-card">
        {props.brand !== undefined && <p class="brand">{props.brand}</p>}
        {props.banner && <p class="store-banner">{props.banner}</p>}
        <PageTitle site={props.site}>{props.title}</PageTitle>
        {props.children}
      </div>
    </main>
  );
}

export function EmailField(props: {
  id: string;
  error?: string;
  value: string;
  onValue: (value: string) => void;
}) {
  return (
    <Field id={props.id} label="Email" error={props.error}>
      {(control) => (
        <input
          {...control}
          type="email"
          autoComplete="username"
          required
          value={props.value}
          onInput={(e) => props.onValue(e.currentTarget.value)}
        />
      )}
    </Field>
  );
}

/** A password with its show/hide toggle. */
export function PasswordField(
  props: FieldValueProps & { autoComplete: 'current-password' | 'new-password' },
) {
  return (
    <Field id={props.id} label={props.label} hint={props.hint} error={props.error}>
      {(control) => (
        <PasswordInput
          control={control}
          value={props.value}
          onInput={props.onValue}
          autoComplete={props.autoComplete}
        />
      )}
    </Field>
  );
}

/** A new password, with the rules it must meet (and `more` to say after them). */
export function NewPasswordField(props: Omit<FieldValueProps, 'label' | 'hint'> & { more?: string }) {
  const rules = 'At least 9 characters, with an upper-case letter, a lower-case letter and a digit.';
  return (
    <PasswordField
      {...props}
      label="New password"
      hint={props.more ? `${rules} ${props.more}` : rules}
      autoComplete="new-password"
    />
  );
}
