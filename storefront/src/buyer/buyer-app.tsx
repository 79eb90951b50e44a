// The buyer's side: an invitation link (`#/invitations/<token>`), the sign-in form (`#/login`) and, for every
// other route, the signed-in store (home, catalogue, cart, checkout, orders), which sends a visitor without a
// buyer session to the sign-in form.
import { useState } from 'preact/hooks';
import { href, navigate } from '../router.ts';
import './buyer.css';
import './repeat.css';
import { BuyerSession } from './buyer-session.tsx';
import { BuyerLoginPage } from './sign-in/buyer-login-page.tsx';
import { BuyerForgotPasswordPage, BuyerSetPasswordPage } from './sign-in/buyer-password-pages.tsx';
import { InvitationPage } from './sign-in/invitation-page.tsx';

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
  if (reset?.[1]) {
    return (
      <BuyerSetPasswordPage
        token={reset[1]}
        onDone={() => {
          setNotice('Your password is set. Sign in with it.');
          navigate(BUYER_LOGIN, { replace: true });
        }}
      />
    );
  }
  if (route === '/forgot-password') return <BuyerForgotPasswordPage signInHref={href(BUYER_LOGIN)} />;
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
