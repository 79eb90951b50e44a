// The buyer's side: an invitation link (`#/invitations/<token>`), the sign-in form (`#/login`) and, for every
// other route, the signed-in store (home, catalogue, cart, checkout, orders), which sends a visitor without a
// buyer session to the sign-in form.
import { useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import { href, navigate } from '../router.ts';
import { ForgotPasswordPage, SetPasswordPage } from '../ui/password-reset.tsx';
import './buyer.css';
import './repeat.css';
import { BuyerSession } from './buyer-session.tsx';
import { BuyerLoginPage } from './sign-in/buyer-login-page.tsx';
import { InvitationPage } from './sign-in/invitation-page.tsx';
import { knownStore, storeIdFromAddress, storeSlugFromAddress } from './sign-in/known-store.ts';

/** The store a reset request is for: the address's, else none (every store the email has a login in). */
const resetHint = () => {
  const slug = storeSlugFromAddress();
  const id = storeIdFromAddress();
  return slug ? { storeSlug: slug } : id ? { storeId: id } : {};
};

export const BUYER_HOME = '/';
export const BUYER_LOGIN = '/login';

/** The buyer page for `route`. */
export function BuyerApp({ route }: { route: string }) {
  const [notice, setNotice] = useState<string>();
  const signedIn = () => {
    setNotice(undefined);
    navigate(BUYER_HOME, { replace: true });
  };

  const invitation = /^\/invitations\/([^/]+)$/.exec(route);
  if (invitation?.[1]) return <InvitationPage token={invitation[1]} onSignedIn={signedIn} />;
  const reset = /^\/password-reset\/([^/]+)$/.exec(route);
  const brand = knownStore()?.name ?? 'B2B Portal';
  if (reset?.[1]) {
    const token = reset[1];
    return (
      <SetPasswordPage
        brand={brand}
        forgotHref={href('/forgot-password')}
        complete={(password) => api.POST('/store/password-reset/complete', { body: { token, password } })}
        onDone={() => {
          setNotice('Your password is set. Sign in with it.');
          navigate(BUYER_LOGIN, { replace: true });
        }}
      />
    );
  }
  if (route === '/forgot-password') {
    return (
      <ForgotPasswordPage
        brand={brand}
        signInHref={href(BUYER_LOGIN)}
        request={(email) => api.POST('/store/password-reset', { body: { ...resetHint(), email } })}
      />
    );
  }
  if (route === BUYER_LOGIN) return <BuyerLoginPage notice={notice} onSignedIn={signedIn} />;
  return (
    <BuyerSession
      route={route}
      onSignedOut={(message) => {
        setNotice(message);
        navigate(BUYER_LOGIN, { replace: true });
      }}
    />
  );
}
