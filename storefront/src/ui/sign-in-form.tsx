// The email-and-password sign-in form, for admins and buyers alike. Wrong credentials, invalid fields and too
// many attempts (with the wait, counted down) are shown by the form. Its state lives in `useSignIn`, held by the
// page, so it outlasts the form (the buyer's page swaps the form for a store choice and back).
import { useState } from 'preact/hooks';
import { fieldErrors } from '../api/problem.ts';
import type { Problem } from '../api/types.ts';
import { ProblemNote } from './components.tsx';
import { EmailField, formProblemOf, PasswordField } from './sign-in-fields.tsx';
import { useAttempt } from './use-attempt.ts';
import { useCountdown } from './use-countdown.ts';

export function useSignIn() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const sending = useAttempt();
  const [waitSeconds, setWaitSeconds] = useCountdown();
  /** Runs one attempt (see useAttempt); too many attempts start the wait. */
  const attempt = async (send: () => Promise<Problem | undefined>) => {
    const error = await sending.attempt(send);
    if (error) setWaitSeconds(error.retryAfterSeconds ?? 0);
  };
  return { ...sending, email, setEmail, password, setPassword, waitSeconds, attempt };
}

export type SignIn = ReturnType<typeof useSignIn>;

/** `idPrefix` names the fields and the problem (`<prefix>-email`…); `onSubmit` sends the sign-in. */
export function SignInForm(props: { signIn: SignIn; idPrefix: string; onSubmit: () => void }) {
  const { signIn, idPrefix } = props;
  const errors = fieldErrors(signIn.problem);
  const formProblem = formProblemOf(signIn.problem);
  const waiting = signIn.waitSeconds > 0;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit();
      }}
      noValidate
      aria-describedby={formProblem ? `${idPrefix}-problem` : undefined}
    >
      <EmailField
        id={`${idPrefix}-email`}
        error={errors.email}
        value={signIn.email}
        onValue={signIn.setEmail}
      />
      <PasswordField
        id={`${idPrefix}-password`}
        label="Password"
        error={errors.password}
        value={signIn.password}
        onValue={signIn.setPassword}
        autoComplete="current-password"
      />
      {formProblem && <ProblemNote id={`${idPrefix}-problem`} problem={formProblem} />}
      <button type="submit" class="button primary" disabled={signIn.busy || waiting}>
        {signIn.busy ? 'Signing in…' : waiting ? `Try again in ${signIn.waitSeconds} s` : 'Sign in'}
      </button>
    </form>
  );
}
