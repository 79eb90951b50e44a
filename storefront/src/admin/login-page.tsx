// Admin sign-in (POST /admin/login). Wrong credentials, invalid fields and too many attempts (with the wait,
// counted down) are shown next to the form; the gateway sets the session cookie on success.
import { useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import { fieldErrors } from '../api/problem.ts';
import type { Admin, Problem } from '../api/types.ts';
import { href } from '../router.ts';
import { Field, Notice, PageTitle, ProblemNote } from '../ui/components.tsx';
import { PasswordInput } from '../ui/password-input.tsx';
import { useCountdown } from '../ui/use-countdown.ts';

export function LoginPage({ onSignedIn, notice }: { onSignedIn: (admin: Admin) => void; notice?: string }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem>();
  const [waitSeconds, setWaitSeconds] = useCountdown();

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    const { data, error } = await api.POST('/admin/login', { body: { email: email.trim(), password } });
    setBusy(false);
    if (data) {
      onSignedIn(data.admin);
      return;
    }
    setProblem(error);
    setWaitSeconds(error.retryAfterSeconds ?? 0);
  };

  const errors = fieldErrors(problem);
  const formProblem = problem && !problem.errors?.length ? problem : undefined;
  return (
    <main id="main" class="login">
      <div class="card login-card">
        <p class="brand">B2B Portal</p>
        <PageTitle>Sign in as an admin</PageTitle>
        {notice && <Notice>{notice}</Notice>}
        <form onSubmit={submit} noValidate aria-describedby={formProblem ? 'login-problem' : undefined}>
          <Field id="login-email" label="Email" error={errors.email}>
            {(control) => (
              <input
                {...control}
                type="email"
                autoComplete="username"
                required
                value={email}
                onInput={(e) => setEmail(e.currentTarget.value)}
              />
            )}
          </Field>
          <Field id="login-password" label="Password" error={errors.password}>
            {(control) => (
              <PasswordInput
                control={control}
                value={password}
                onInput={setPassword}
                autoComplete="current-password"
              />
            )}
          </Field>
          {formProblem && <ProblemNote id="login-problem" problem={formProblem} />}
          <button type="submit" class="button primary" disabled={busy || waitSeconds > 0}>
            {busy ? 'Signing in…' : waitSeconds > 0 ? `Try again in ${waitSeconds} s` : 'Sign in'}
          </button>
        </form>
        <a href={href('/admin/forgot-password')}>Forgot your password?</a>
      </div>
    </main>
  );
}
