// The forgotten-password pages (issue 16 item 1), for buyers and admins alike: ask for a link by email (the
// answer never says whether the email has a login), then set a new password with the link's token.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { fieldErrors } from '../api/problem.ts';
import type { Problem } from '../api/types.ts';
import { Notice, ProblemNote } from './components.tsx';
import { EmailField, formProblemOf, LoginCard, NewPasswordField } from './sign-in-fields.tsx';
import { SubmitButton } from './submit-button.tsx';
import { useAttempt } from './use-attempt.ts';

type Answer = { error?: Problem };

/** "Forgot your password?": one email field; the same confirmation whatever the email. */
export function ForgotPasswordPage(props: {
  brand: ComponentChildren;
  /** The tab title's site part (a store's name at its address). */
  site?: string;
  request: (email: string) => Promise<Answer>;
  signInHref: string;
}) {
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const { busy, problem, send } = useAttempt();
  const submit = (event: Event) => {
    event.preventDefault();
    return send(
      () => props.request(email.trim()),
      () => setSent(true),
    );
  };
  const errors = fieldErrors(problem);
  const formProblem = formProblemOf(problem);
  return (
    <LoginCard brand={props.brand} site={props.site} title="Reset your password">
      {sent ? (
        <Notice>
          If {email} has a login, a link to set a new password is on its way. It works once, for one hour.
        </Notice>
      ) : (
        <form onSubmit={submit} noValidate>
          <EmailField id="reset-email" error={errors.email} value={email} onValue={setEmail} />
          {formProblem && <ProblemNote problem={formProblem} />}
          <SubmitButton label="Email me a link" busyLabel="Sending…" busy={busy} />
        </form>
      )}
      <a href={props.signInHref}>Back to sign-in</a>
    </LoginCard>
  );
}

/** The page a reset link opens: a new password, then back to the sign-in with a notice. */
export function SetPasswordPage(props: {
  brand: ComponentChildren;
  /** The tab title's site part (a store's name at its address). */
  site?: string;
  complete: (password: string) => Promise<Answer>;
  onDone: () => void;
  forgotHref: string;
}) {
  const [password, setPassword] = useState('');
  const { busy, problem, send } = useAttempt();
  const submit = (event: Event) => {
    event.preventDefault();
    return send(() => props.complete(password), props.onDone);
  };
  const errors = fieldErrors(problem);
  const formProblem = formProblemOf(problem);
  return (
    <LoginCard brand={props.brand} site={props.site} title="Set a new password">
      <form onSubmit={submit} noValidate>
        <NewPasswordField
          id="reset-password"
          more="Every other session of yours ends."
          error={errors.password}
          value={password}
          onValue={setPassword}
        />
        {formProblem && <ProblemNote problem={formProblem} />}
        {formProblem?.status === 410 && <a href={props.forgotHref}>Ask for a new link</a>}
        <SubmitButton label="Set the password" busyLabel="Saving…" busy={busy} />
      </form>
    </LoginCard>
  );
}
