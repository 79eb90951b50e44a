// Buyer sign-in (POST /store/login) with email and password only. The store comes from the address (`/s/<slug>/`,
// or an old `?store=<id>` link), else from this browser's memory, else from the login itself: when the email has
// logins in several stores the gateway answers them and the buyer picks one (POST /store/login/choose). At the
// store's address the page is the store's own (its name, logo, colour, banner and the page title). Wrong
// credentials, invalid fields and too many attempts (with the wait, counted down) are shown by the form.
import { useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import { fieldErrors } from '../api/problem.ts';
import type { Problem } from '../api/types.ts';
import { href } from '../router.ts';
import { Field, Notice, PageTitle, ProblemNote } from '../ui/components.tsx';
import { PasswordInput } from '../ui/password-input.tsx';
import { useCountdown } from '../ui/use-countdown.ts';
import {
  forgetStore,
  knownStore,
  rememberStore,
  storeIdFromAddress,
  storeSlugFromAddress,
} from './known-store.ts';
import { useSignInPage } from './sign-in-page.ts';
import { StoreChooser, type StoreOption } from './store-chooser.tsx';

/**
 * The store hint a sign-in sends: the address first (unless it names no store), then this browser's memory,
 * else none.
 */
function storeHint(
  remembered: ReturnType<typeof knownStore>,
  unknownAddress: boolean,
): { storeId?: string; storeSlug?: string } {
  const slug = storeSlugFromAddress();
  if (slug && !unknownAddress) return { storeSlug: slug };
  const linked = storeIdFromAddress();
  if (linked) return { storeId: linked };
  return remembered ? { storeId: remembered.id } : {};
}

export function BuyerLoginPage({ onSignedIn, notice }: { onSignedIn: () => void; notice?: string }) {
  const atAddress = Boolean(storeSlugFromAddress() || storeIdFromAddress());
  const [store, setStore] = useState(() => (atAddress ? undefined : knownStore()));
  const signInPage = useSignInPage();
  const branded = signInPage.page;
  const storeName = branded?.name ?? store?.name;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem>();
  const [choice, setChoice] = useState<{ token: string; stores: StoreOption[] }>();
  const [waitSeconds, setWaitSeconds] = useCountdown();

  const failed = (error: Problem) => {
    setProblem(error);
    setWaitSeconds(error.retryAfterSeconds ?? 0);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    const { data, error } = await api.POST('/store/login', {
      body: { ...storeHint(store, signInPage.unknown), email: email.trim(), password },
    });
    setBusy(false);
    if (data && 'buyer' in data) {
      rememberStore(data.buyer.store);
      onSignedIn();
    } else if (data) {
      setChoice({ token: data.choiceToken, stores: data.stores });
    } else if (error) {
      failed(error);
    }
  };

  const choose = async (storeId: string) => {
    if (!choice) return;
    setBusy(true);
    const { data, error } = await api.POST('/store/login/choose', {
      body: { choiceToken: choice.token, storeId },
    });
    setBusy(false);
    if (data) {
      rememberStore(data.buyer.store);
      onSignedIn();
    } else if (error) {
      setChoice(undefined);
      failed(error);
    }
  };

  if (choice) return <StoreChooser stores={choice.stores} busy={busy} onChoose={choose} />;

  const errors = fieldErrors(problem);
  const formProblem = problem && !problem.errors?.length ? problem : undefined;
  return (
    <main id="main" class="login">
      <div class="card login-card">
        <p class="brand">
          {branded?.branding.logoUrl && <img class="brand-logo" src={branded.branding.logoUrl} alt="" />}
          {signInPage.loading ? '\u00a0' : (storeName ?? 'B2B Portal')}
        </p>
        {branded?.branding.bannerText && <p class="store-banner">{branded.branding.bannerText}</p>}
        <PageTitle site={branded?.name}>
          {storeName ? `Sign in to ${storeName}` : 'Sign in to your store'}
        </PageTitle>
        {signInPage.unknown && (
          <Notice>
            No store has this address. Check the link you were sent, or sign in: we find your store.
          </Notice>
        )}
        {notice && <Notice>{notice}</Notice>}
        <form onSubmit={submit} noValidate aria-describedby={formProblem ? 'buyer-login-problem' : undefined}>
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
              <PasswordInput
                control={control}
                value={password}
                onInput={setPassword}
                autoComplete="current-password"
              />
            )}
          </Field>
          {formProblem && <ProblemNote id="buyer-login-problem" problem={formProblem} />}
          <button type="submit" class="button primary" disabled={busy || waitSeconds > 0}>
            {busy ? 'Signing in…' : waitSeconds > 0 ? `Try again in ${waitSeconds} s` : 'Sign in'}
          </button>
        </form>
        <a href={href('/forgot-password')}>Forgot your password?</a>
        {store && (
          <button
            type="button"
            class="button secondary small"
            onClick={() => {
              forgetStore();
              setStore(undefined);
              setProblem(undefined);
            }}
          >
            Not {store.name}? Use another store
          </button>
        )}
      </div>
    </main>
  );
}
