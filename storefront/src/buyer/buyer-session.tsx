// The signed-in buyer's side: who is signed in (GET /store/me) and the cart, shared with every page through
// BuyerContext. Without a buyer session (401, or an admin's session: 403), or when any later call finds the
// session gone (expired, or the login deactivated: R16), it hands over to the sign-in form with a sentence.
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { api, onSignedOut } from '../api/client.ts';
import { Loading, ProblemNote } from '../ui/components.tsx';
import { useLoad } from '../ui/use-load.ts';
import { BuyerContext, type BuyerContextValue } from './buyer-context.ts';
import { BuyerShell } from './buyer-shell.tsx';
import { rememberStore } from './sign-in/known-store.ts';
import { markSignedIn, wasSignedIn } from './signed-in-flag.ts';

export const SESSION_ENDED = 'Your session has ended. Sign in again to carry on.';

export function BuyerSession(props: { route: string; onSignedOut: (notice?: string) => void }) {
  const { route, onSignedOut: signedOut } = props;
  const me = useLoad(() => api.GET('/store/me'), []);
  const cart = useLoad(() => api.GET('/store/cart'), []);
  const noSession = me.state === 'failed' && (me.problem.status === 401 || me.problem.status === 403);
  // The first answers decide a missing session above; a 401 after that means the session ended meanwhile.
  const signedIn = useRef(false);

  useEffect(() => {
    if (noSession) {
      const notice = wasSignedIn() ? SESSION_ENDED : undefined;
      markSignedIn(false);
      signedOut(notice);
    }
    if (me.data) {
      rememberStore(me.data.store);
      markSignedIn(true);
      signedIn.current = true;
    }
  }, [noSession, me.data]);

  useEffect(
    () =>
      onSignedOut(() => {
        if (!signedIn.current) return;
        signedIn.current = false;
        markSignedIn(false);
        signedOut(SESSION_ENDED);
      }),
    [],
  );

  const context = useMemo<BuyerContextValue | undefined>(
    () =>
      me.data && {
        buyer: me.data,
        cart: cart.data,
        cartProblem: cart.problem,
        setCart: cart.set,
        reloadCart: cart.reload,
      },
    [me.data, cart.data, cart.problem],
  );

  if (me.state === 'loading' || noSession) {
    return (
      <main id="main" class="login">
        <Loading label="Opening the store…" />
      </main>
    );
  }
  if (me.state === 'failed' || !context) {
    return (
      <main id="main" class="login">
        {me.problem && <ProblemNote problem={me.problem} onRetry={me.reload} />}
      </main>
    );
  }
  return (
    <BuyerContext.Provider value={context}>
      <BuyerShell
        route={route}
        onSignedOut={() => {
          signedIn.current = false;
          markSignedIn(false);
          signedOut('You have signed out.');
        }}
      />
    </BuyerContext.Provider>
  );
}
