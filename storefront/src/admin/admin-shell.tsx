// The admin's frame: skip link, header with the store and the admin, navigation and sign-out, and the page
// for the route. The store is the account's first (the portal has one store per account for now).
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import type { Admin, Problem, Store } from '../api/types.ts';
import { href } from '../router.ts';
import { Loading, ProblemNote } from '../ui/components.tsx';
import { useLoad } from '../ui/use-load.ts';
import { AccountPage } from './account/account-page.tsx';
import { ActingLogPage } from './acting/acting-log-page.tsx';
import { AuditPage } from './audit/audit-page.tsx';
import { CataloguesPage } from './catalogues/catalogues-page.tsx';
import { CategoriesPage } from './categories/categories-page.tsx';
import { CustomersPage } from './customers/customers-page.tsx';
import { DashboardPage } from './dashboard/dashboard-page.tsx';
import { EmailTemplatePage } from './email/email-template-page.tsx';
import { EmailsPage } from './email/emails-page.tsx';
import { NotificationsPage } from './email/notifications-page.tsx';
import { OutboxPage } from './email/outbox-page.tsx';
import { OrdersPage } from './orders/orders-page.tsx';
import { ProductsPage } from './products/products-page.tsx';
import './admin-pages.css';
import './admin-more.css';
import { SkipLink } from '../ui/skip-link.tsx';
import { SettingsPage } from './settings/settings-page.tsx';
import { StandingOrdersPage } from './standing-orders/standing-orders-page.tsx';
import { SyncPage } from './sync/sync-page.tsx';

export const NAV = [
  { route: '/admin/dashboard', label: 'Dashboard' },
  { route: '/admin/sync', label: 'Sync' },
  { route: '/admin/customers', label: 'Customers' },
  { route: '/admin/products', label: 'Products' },
  { route: '/admin/catalogues', label: 'Catalogues' },
  { route: '/admin/categories', label: 'Categories' },
  { route: '/admin/orders', label: 'Orders' },
  { route: '/admin/standing-orders', label: 'Standing orders' },
  { route: '/admin/acting-log', label: 'Acting log' },
  { route: '/admin/audit', label: 'Audit trail' },
  { route: '/admin/emails', label: 'Emails' },
  { route: '/admin/outbox', label: 'Outbox' },
  { route: '/admin/notifications', label: 'Notifications' },
  { route: '/admin/settings', label: 'Store settings' },
  { route: '/admin/account', label: 'Account' },
] as const;

export function AdminShell(props: { admin: Admin; route: string; onSignedOut: () => void }) {
  const { admin, route, onSignedOut } = props;
  const stores = useLoad(() => api.GET('/admin/stores'), []);
  const [store, setStore] = useState<Store>();
  const [signOutProblem, setSignOutProblem] = useState<Problem>();
  const current = store ?? stores.data?.items[0];

  const signOut = async () => {
    setSignOutProblem(undefined);
    const { error } = await api.POST('/admin/logout');
    if (error && error.status !== 401) setSignOutProblem(error);
    else onSignedOut();
  };

  const active = NAV.find((item) => route.startsWith(item.route)) ?? NAV[0];
  // On narrow screens the nav is a menu behind a button: choosing a page closes it.
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [active]);
  let page: ComponentChildren;
  if (stores.state === 'loading') page = <Loading label="Loading your store…" />;
  else if (stores.state === 'failed') page = <ProblemNote problem={stores.problem} onRetry={stores.reload} />;
  else if (active.route === '/admin/account') page = <AccountPage stores={stores.data.items} />;
  else if (!current) page = <p>This account has no store yet.</p>;
  else if (active.route === '/admin/sync') page = <SyncPage store={current} />;
  else if (active.route === '/admin/settings') page = <SettingsPage store={current} onSaved={setStore} />;
  else page = <StorePage route={active.route} path={route} store={current} />;

  return (
    <div class="shell">
      <SkipLink />
      <header class="topbar">
        <div class="topbar-inner">
          <p class="brand">B2B Portal{current && <span class="store-name"> · {current.name}</span>}</p>
          <div class="who">
            <span class="admin-name">{admin.name}</span>
            <button type="button" class="button secondary small" onClick={signOut}>
              Sign out
            </button>
          </div>
        </div>
        {signOutProblem && <ProblemNote problem={signOutProblem} />}
      </header>
      <div class="layout">
        <nav class={menuOpen ? 'sidenav open' : 'sidenav'} aria-label="Admin">
          <button
            type="button"
            class="button secondary nav-toggle"
            aria-expanded={menuOpen}
            aria-controls="admin-pages"
            onClick={() => setMenuOpen(!menuOpen)}
          >
            <span>Menu</span>
            <span class="muted">{active.label}</span>
          </button>
          <ul id="admin-pages">
            {NAV.map((item) => (
              <li key={item.route}>
                <a href={href(item.route)} aria-current={item === active ? 'page' : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" class="content" key={active.route}>
          {page}
        </main>
      </div>
    </div>
  );
}

/** The pages of one store's data: the dashboard, customers, products, catalogues, orders, standing orders, acting, email. */
function StorePage({ route, path, store }: { route: string; path: string; store: Store }) {
  if (route === '/admin/dashboard') return <DashboardPage store={store} />;
  if (route === '/admin/customers') return <CustomersPage store={store} />;
  if (route === '/admin/products') return <ProductsPage store={store} />;
  if (route === '/admin/catalogues') return <CataloguesPage store={store} />;
  if (route === '/admin/categories') return <CategoriesPage store={store} />;
  if (route === '/admin/orders') return <OrdersPage store={store} />;
  if (route === '/admin/standing-orders') return <StandingOrdersPage store={store} />;
  if (route === '/admin/acting-log') return <ActingLogPage store={store} />;
  if (route === '/admin/audit') return <AuditPage store={store} />;
  if (route === '/admin/emails') {
    // `/admin/emails/<template>` opens one email in the editor.
    const name = path.slice(route.length + 1);
    return name ? <EmailTemplatePage store={store} name={name} /> : <EmailsPage store={store} />;
  }
  if (route === '/admin/notifications') return <NotificationsPage store={store} />;
  return <OutboxPage store={store} />;
}
