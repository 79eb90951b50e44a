// The app: `#/admin/…` is the store admin's side; every other route is the buyer's (invitation links, sign-in,
// the buyer's home). Each side checks its own session when it opens.
import { AdminApp } from './admin/admin-app.tsx';
import { BuyerApp } from './buyer/buyer-app.tsx';
import { useRoute } from './router.ts';

export function App() {
  const route = useRoute();
  if (route === '/admin' || route.startsWith('/admin/')) return <AdminApp route={route} />;
  return <BuyerApp route={route} />;
}
