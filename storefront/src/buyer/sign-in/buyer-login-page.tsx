// Buyer sign-in (POST /store/login) with email and password only. The store comes from the address (`/s/<slug>/`,
// or an old `?store=<id>` link), else from this browser's memory, else from the login itself: when the email has
// logins in several stores the gateway answers them and the buyer picks one (POST /store/login/choose). At the
// store's address the page is the store's own (its name, logo, colour, banner and the page title). Wrong
// credentials, invalid fields and too many attempts (with the wait, counted down) are shown by the form.
import { useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import { href } from '../../router.ts';
import { Notice } from '../../ui/components.tsx';
import { LoginCard } from '../../ui/sign-in-fields.tsx';
import { SignInForm, useSignIn } from '../../ui/sign-in-form.tsx';
import {
  forgetStore,
  knownStore,
  rememberStore,
  storeIdFromAddress,
  storeSlugFromAddress,
} from './known-store.ts';
import { useStoreBrand } from './store-brand.tsx';
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
  const brand = useStoreBrand(store);
  const storeName = brand.name;
  const signIn = useSignIn();
  const [choice, setChoice] = useState<{ token: string; stores: StoreOption[] }>();

  const submit = () =>
    signIn.attempt(async () => {
      const { data, error } = await api.POST('/store/login', {
        body: {
          ...storeHint(store, brand.unknown),
          email: signIn.email.trim(),
          password: signIn.password,
        },
      });
      if (data && 'buyer' in data) {
        rememberStore(data.buyer.store);
        onSignedIn();
      } else if (data) {
        setChoice({ token: data.choiceToken, stores: data.stores });
      }
      return error;
    });

  const choose = (storeId: string) => {
    if (!choice) return;
    return signIn.attempt(async () => {
      const { data, error } = await api.POST('/store/login/choose', {
        body: { choiceToken: choice.token, storeId },
      });
      if (data) {
        rememberStore(data.buyer.store);
        onSignedIn();
      } else if (error) {
        setChoice(undefined);
      }
      return error;
    });
  };

  if (choice) return <StoreChooser stores={choice.stores} busy={signIn.busy} onChoose={choose} />;

  return (
    <LoginCard
      brand={brand.mark}
      title={storeName ? `Sign in to ${storeName}` : 'Sign in to your store'}
      site={brand.site}
      banner={brand.banner}
    >
      {brand.unknown && (
        <Notice>
          No store has this address. Check the link you were sent, or sign in: we find your store.
        </Notice>
      )}
      {notice && <Notice>{notice}</Notice>}
      <SignInForm signIn={signIn} idPrefix="buyer-login" onSubmit={submit} />
      <a href={href('/forgot-password')}>Forgot your password?</a>
      {store && (
        <button
          type="button"
          class="button secondary small"
          onClick={() => {
            forgetStore();
            setStore(undefined);
            signIn.setProblem(undefined);
          }}
        >
          Not {store.name}? Use another store
        </button>
      )}
    </LoginCard>
  );
}
