// The buyer's side: an invitation link (`#/invitations/<token>`), the sign-in form (`#/login`) and, for every
// other route, the signed-in store (home, catalogue, cart, checkout, orders), which sends a visitor without a
// buyer session to the sign-in form.
import { useState } from 'preact/hooks';
import { navigate } from '../router.ts';
import './buyer.css';
import './repeat.css';
import { BuyerLoginPage } from './buyer-login-page.tsx';
import { BuyerSession } from './buyer-session.tsx';
import { InvitationPage } from './invitation-page.tsx';

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
