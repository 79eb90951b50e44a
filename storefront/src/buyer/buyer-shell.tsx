// The buyer's frame after sign-in: skip link, header with the store (its logo, colour and banner), who is signed in for which customer, the
// cart with its count and sign-out; while an admin acts as the customer, the "Acting as a Customer" badge (R22);
// the navigation (Catalogue, Quick order, Orders, Standing orders, Approvals); and the page for the route.
import { useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import type { Problem } from '../api/types.ts';
import { href } from '../router.ts';
import { ProblemNote, SiteName } from '../ui/components.tsx';
import { SkipLink } from '../ui/skip-link.tsx';
import { ActingBadge } from './acting-badge.tsx';
import { useBuyer } from './buyer-context.ts';
import { BuyerPage } from './buyer-pages.tsx';
import { splitRoute } from './route-query.ts';
import { useBrandColour } from './sign-in/store-branding.ts';

const NAV = [
  { route: '/catalogue', label: 'Catalogue', matches: ['/catalogue', '/products/'] },
  { route: '/quick-order', label: 'Quick order', matches: ['/quick-order'] },
  { route: '/orders', label: 'Orders', matches: ['/orders'] },
  { route: '/standing-orders', label: 'Standing orders', matches: ['/standing-orders'] },
  { route: '/approvals', label: 'Approvals', matches: ['/approvals'] },
] as const;

export function BuyerShell({ route, onSignedOut }: { route: string; onSignedOut: () => void }) {
  const { buyer, cart } = useBuyer();
  const { contact, customer, store } = buyer;
  const name = [contact.firstName, contact.lastName].filter(Boolean).join(' ') || contact.email;
  const [signOutProblem, setSignOutProblem] = useState<Problem>();
  const { path, query } = splitRoute(route);
  const lines = cart?.lines.length;
  const { branding } = store;
  useBrandColour(branding.brandColour);

  const signOut = async () => {
    setSignOutProblem(undefined);
    const { error } = await api.POST('/store/logout');
    if (error && error.status !== 401) setSignOutProblem(error);
    else onSignedOut();
  };

  return (
    <div class="shell">
      <SkipLink />
      <header class="topbar">
        <div class="topbar-inner buyer-topbar">
          <a class="brand" href={href('/')}>
            {branding.logoUrl && <img class="brand-logo" src={branding.logoUrl} alt="" />}
            {store.name}
          </a>
          <p class="buyer-who">
            <span class="buyer-name">{name}</span> <span class="muted">for {customer.name}</span>
          </p>
          <div class="who">
            <a
              class="button secondary small cart-link"
              href={href('/cart')}
              aria-current={path === '/cart' || path === '/checkout' ? 'page' : undefined}
            >
              Cart <span class="cart-count">{lines ?? '…'}</span>
              <span class="visually-hidden">{lines === 1 ? ' line' : ' lines'}</span>
            </a>
            <button type="button" class="button secondary small" onClick={signOut}>
              Sign out
            </button>
          </div>
          {buyer.acting && (
            <ActingBadge acting={buyer.acting} storeId={store.id} customerName={customer.name} />
          )}
        </div>
        <nav class="buyer-nav" aria-label="Store">
          <ul>
            {NAV.map((item) => (
              <li key={item.route}>
                <a
                  href={href(item.route)}
                  aria-current={item.matches.some((m) => path.startsWith(m)) ? 'page' : undefined}
                >
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {signOutProblem && <ProblemNote problem={signOutProblem} />}
        {branding.bannerText && <p class="store-banner">{branding.bannerText}</p>}
      </header>
      <main id="main" class="content buyer-content" key={path}>
        <SiteName.Provider value={store.name}>
          <BuyerPage path={path} query={query} />
        </SiteName.Provider>
      </main>
    </div>
  );
}
