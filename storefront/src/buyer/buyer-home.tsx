// The buyer's home (GET /store/me): who is signed in, for which customer, and signing out. Without a buyer
// session (401, or an admin's session: 403) it hands over to the sign-in form. The catalogue comes later.
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import type { Buyer, Problem } from '../api/types.ts';
import { Loading, PageTitle, ProblemNote } from '../ui/components.tsx';
import { useLoad } from '../ui/use-load.ts';
import { rememberStore } from './known-store.ts';

export function BuyerHome({ onSignedOut }: { onSignedOut: (notice?: string) => void }) {
  const me = useLoad(() => api.GET('/store/me'), []);
  const [signOutProblem, setSignOutProblem] = useState<Problem>();
  const noSession = me.state === 'failed' && (me.problem.status === 401 || me.problem.status === 403);

  useEffect(() => {
    if (noSession) onSignedOut();
    if (me.data) rememberStore(me.data.store);
  }, [noSession, me.data]);

  const signOut = async () => {
    setSignOutProblem(undefined);
    const { error } = await api.POST('/store/logout');
    if (error && error.status !== 401) setSignOutProblem(error);
    else onSignedOut('You have signed out.');
  };

  if (me.state === 'loading' || noSession) {
    return (
      <main id="main" class="login">
        <Loading label="Opening the store…" />
      </main>
    );
  }
  if (me.state === 'failed') {
    return (
      <main id="main" class="login">
        <ProblemNote problem={me.problem} onRetry={me.reload} />
      </main>
    );
  }
  return <BuyerHomePage buyer={me.data} onSignOut={signOut} signOutProblem={signOutProblem} />;
}

function BuyerHomePage(props: { buyer: Buyer; onSignOut: () => void; signOutProblem?: Problem }) {
  const { buyer, onSignOut, signOutProblem } = props;
  const { contact, customer, store } = buyer;
  const name = [contact.firstName, contact.lastName].filter(Boolean).join(' ') || contact.email;
  return (
    <div class="shell">
      <header class="topbar">
        <div class="topbar-inner">
          <p class="brand">{store.name}</p>
          <div class="who">
            <span>{name}</span>
            <button type="button" class="button secondary small" onClick={onSignOut}>
              Sign out
            </button>
          </div>
        </div>
      </header>
      <main id="main" class="content stack">
        <PageTitle>Welcome, {contact.firstName ?? name}</PageTitle>
        {signOutProblem && <ProblemNote problem={signOutProblem} />}
        <p class="lead">
          Signed in as {contact.email} for {customer.name}.
        </p>
        <p class="muted">The catalogue and ordering are coming soon.</p>
      </main>
    </div>
  );
}
