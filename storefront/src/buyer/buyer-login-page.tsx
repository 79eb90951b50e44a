// Buyer sign-in (POST /store/login). The store comes from this browser's memory (an invitation or a past
// sign-in) or from the address (`/?store=<id>#/login`); when none is known the form asks for the store id. Wrong credentials, invalid fields and too many
// attempts (with the wait, counted down) are shown by the form; the gateway sets the session cookie on success.
import { useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import { fieldErrors } from '../api/problem.ts';
import type { Problem } from '../api/types.ts';
import { Field, Notice, PageTitle, ProblemNote } from '../ui/components.tsx';
import { useCountdown } from '../ui/use-countdown.ts';
import {
  forgetStore,
  type KnownStore,
  knownStore,
  rememberStore,
  storeIdFromAddress,
} from './known-store.ts';

export function BuyerLoginPage({ onSignedIn, notice }: { onSignedIn: () => void; notice?: string }) {
  const linked = storeIdFromAddress();
  const [store, setStore] = useState<KnownStore | undefined>(() => {
    const known = knownStore();
    return linked && known?.id !== linked ? undefined : known;
  });
  const [storeId, setStoreId] = useState(linked);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem>();
  const [waitSeconds, setWaitSeconds] = useCountdown();

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    const { data, error } = await api.POST('/store/login', {
      body: { storeId: store?.id ?? storeId.trim(), email: email.trim(), password },
    });
    setBusy(false);
    if (data && 'buyer' in data) {
      rememberStore(data.buyer.store);
      onSignedIn();
      return;
    }
    if (!error) return;
    setProblem(error);
    setWaitSeconds(error.retryAfterSeconds ?? 0);
  };

  const otherStore = () => {
    forgetStore();
    setStore(undefined);
    setProblem(undefined);
  };

  const errors = fieldErrors(problem);
  const formProblem = problem && !problem.errors?.length ? problem : undefined;
  return (
    <main id="main" class="login">
      <div class="card login-card">
        <p class="brand">{store?.name ?? 'B2B Portal'}</p>
        <PageTitle>{store ? `Sign in to ${store.name}` : 'Sign in to your store'}</PageTitle>
        {notice && <Notice>{notice}</Notice>}
        <form onSubmit={submit} noValidate aria-describedby={formProblem ? 'buyer-login-problem' : undefined}>
          {!store && (
            <Field
              id="buyer-login-store"
              label="Store id"
              hint="The store that invited you can tell you its id. After your first sign-in this browser remembers it."
              error={errors.storeId}
            >
              {(control) => (
                <input
                  {...control}
                  type="text"
                  autoComplete="off"
                  spellcheck={false}
                  required
                  value={storeId}
                  onInput={(e) => setStoreId(e.currentTarget.value)}
                />
              )}
            </Field>
          )}
          <Field id="buyer-login-email" label="Email" error={errors.email}>
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
          <Field id="buyer-login-password" label="Password" error={errors.password}>
            {(control) => (
              <input
                {...control}
                type="password"
                autoComplete="current-password"
                required
                value={password}
                onInput={(e) => setPassword(e.currentTarget.value)}
              />
            )}
          </Field>
          {formProblem && <ProblemNote id="buyer-login-problem" problem={formProblem} />}
          <button type="submit" class="button primary" disabled={busy || waitSeconds > 0}>
            {busy ? 'Signing in…' : waitSeconds > 0 ? `Try again in ${waitSeconds} s` : 'Sign in'}
          </button>
        </form>
        {store && (
          <button type="button" class="button secondary small" onClick={otherStore}>
            Not {store.name}? Use another store
          </button>
        )}
      </div>
    </main>
  );
}
