// The buyer's forgotten-password pages: ask for a link (for the store of the address, else every store the
// email has a login in), then set a new password with the link's token. At a store's address (where the emailed
// link leads) they are the store's own pages: its logo, name, colour and tab title.
import { api } from '../../api/client.ts';
import { href } from '../../router.ts';
import { ForgotPasswordPage, SetPasswordPage } from '../../ui/password-reset.tsx';
import { knownStore, storeIdFromAddress, storeSlugFromAddress } from './known-store.ts';
import { useStoreBrand } from './store-brand.tsx';

/** The store a reset request is for: the address's, else none (every store the email has a login in). */
const resetHint = () => {
  const slug = storeSlugFromAddress();
  const id = storeIdFromAddress();
  return slug ? { storeSlug: slug } : id ? { storeId: id } : {};
};

export function BuyerForgotPasswordPage({ signInHref }: { signInHref: string }) {
  const brand = useStoreBrand(knownStore());
  return (
    <ForgotPasswordPage
      brand={brand.mark}
      site={brand.site}
      signInHref={signInHref}
      request={(email) => api.POST('/store/password-reset', { body: { ...resetHint(), email } })}
    />
  );
}

export function BuyerSetPasswordPage({ token, onDone }: { token: string; onDone: () => void }) {
  const brand = useStoreBrand(knownStore());
  return (
    <SetPasswordPage
      brand={brand.mark}
      site={brand.site}
      forgotHref={href('/forgot-password')}
      complete={(password) => api.POST('/store/password-reset/complete', { body: { token, password } })}
      onDone={onDone}
    />
  );
}
