// The admin side (`#/admin/…`): who is signed in (GET /admin/me at start), and which page the route asks for.
// A 401 anywhere signs the admin out and brings back the sign-in form, which then returns to the page asked for.
import { useEffect, useState } from 'preact/hooks';
import { api, onSignedOut } from '../api/client.ts';
import type { Admin, Problem } from '../api/types.ts';
import { href, navigate } from '../router.ts';
import { Loading, ProblemNote } from '../ui/components.tsx';
import { ForgotPasswordPage, SetPasswordPage } from '../ui/password-reset.tsx';
import { LoginPage } from './account/login-page.tsx';
import { AdminShell, NAV } from './admin-shell.tsx';

type Session =
  | { state: 'checking' }
  | { state: 'failed'; problem: Problem }
  | { state: 'signed-out'; notice?: string }
  | { state: 'signed-in'; admin: Admin };

export const HOME = '/admin/dashboard';

/** Whether `route` is one of the admin's pages (`/admin/orders?search=x` is; `/admin/login` is not). */
const isAdminPage = (route: string) =>
  NAV.some(
    (item) =>
      route === item.route || (/^[?/]/.test(route.slice(item.route.length)) && route.startsWith(item.route)),
  );

/** The admin pages for `route`, behind the admin sign-in. */
export function AdminApp({ route }: { route: string }) {
  const [session, setSession] = useState<Session>({ state: 'checking' });
  const [check, setCheck] = useState(0);

  useEffect(() => {
    api.GET('/admin/me').then(({ data, error }) => {
      if (data) setSession({ state: 'signed-in', admin: data });
      // 403: a buyer's session, which is no admin's.
      else if (error.status === 401 || error.status === 403) setSession({ state: 'signed-out' });
      else setSession({ state: 'failed', problem: error });
    });
  }, [check]);

  useEffect(
    () =>
      onSignedOut(() =>
        setSession((current) =>
          current.state === 'signed-in'
            ? { state: 'signed-out', notice: 'Your session has ended. Sign in again to carry on.' }
            : current,
        ),
      ),
    [],
  );

  useEffect(() => {
    // Signed in on the sign-in address (or any that is no page): the address moves to the page shown.
    // The invitation email's editor had its own address before every email had one: saved links still reach it.
    const resetting = route.startsWith('/admin/password-reset/');
    if (session.state !== 'signed-in' || resetting) return;
    if (route === '/admin/invitation-email') navigate('/admin/emails/invitation', { replace: true });
    else if (!isAdminPage(route)) navigate(HOME, { replace: true });
  }, [session.state, route]);

  const reset = /^\/admin\/password-reset\/([^/]+)$/.exec(route)?.[1];
  if (reset) {
    return (
      <SetPasswordPage
        brand="B2B Portal"
        forgotHref={href('/admin/forgot-password')}
        complete={(password) =>
          api.POST('/admin/password-reset/complete', { body: { token: reset, password } })
        }
        onDone={() => {
          setSession({ state: 'signed-out', notice: 'Your password is set. Sign in with it.' });
          navigate('/admin/login', { replace: true });
        }}
      />
    );
  }
  if (route === '/admin/forgot-password' && session.state !== 'signed-in') {
    return (
      <ForgotPasswordPage
        brand="B2B Portal"
        signInHref={href('/admin/login')}
        request={(email) => api.POST('/admin/password-reset', { body: { email } })}
      />
    );
  }
  if (session.state === 'checking') {
    return (
      <main id="main" class="login">
        <Loading label="Opening the portal…" />
      </main>
    );
  }
  if (session.state === 'failed') {
    return (
      <main id="main" class="login">
        <ProblemNote problem={session.problem} onRetry={() => setCheck((n) => n + 1)} />
      </main>
    );
  }
  if (session.state === 'signed-out') {
    return (
      <LoginPage notice={session.notice} onSignedIn={(admin) => setSession({ state: 'signed-in', admin })} />
    );
  }
  return (
    <AdminShell
      admin={session.admin}
      route={route}
      onSignedOut={() => {
        setSession({ state: 'signed-out', notice: 'You have signed out.' });
        navigate(HOME, { replace: true });
      }}
    />
  );
}
