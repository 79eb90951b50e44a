// Which buyer page a route shows: `/` home, `/catalogue`, `/products/<code>`, `/cart`, `/checkout`, `/orders`,
// `/orders/<id>` and `/orders/<id>/placed` (the confirmation). Anything else is "not found".
import { href } from '../router.ts';
import { PageTitle } from '../ui/components.tsx';
import { BuyerHome } from './buyer-home.tsx';
import { CartPage } from './cart-page.tsx';
import { CataloguePage } from './catalogue-page.tsx';
import { CheckoutPage } from './checkout-page.tsx';
import { OrderPage } from './order-page.tsx';
import { OrdersPage } from './orders-page.tsx';
import { ProductPage } from './product-page.tsx';

export function BuyerPage({ path, query }: { path: string; query: URLSearchParams }) {
  if (path === '/' || path === '') return <BuyerHome />;
  if (path === '/catalogue') return <CataloguePage query={query} />;
  if (path === '/cart') return <CartPage />;
  if (path === '/checkout') return <CheckoutPage />;
  if (path === '/orders') return <OrdersPage query={query} />;
  const product = /^\/products\/([^/]+)$/.exec(path)?.[1];
  if (product) return <ProductPage code={decodeURIComponent(product)} />;
  const order = /^\/orders\/([^/]+)(\/placed)?$/.exec(path);
  if (order?.[1]) return <OrderPage orderId={decodeURIComponent(order[1])} placed={Boolean(order[2])} />;
  return (
    <div class="stack">
      <PageTitle>Page not found</PageTitle>
      <p>
        There is no page here. Go to the <a href={href('/catalogue')}>catalogue</a>.
      </p>
    </div>
  );
}
