// Which buyer page a route shows: `/` home, `/catalogue`, `/products/<code>`, `/cart`, `/checkout`, `/orders`,
// `/orders/<id>` and `/orders/<id>/placed` (the confirmation), `/quick-order`, `/standing-orders`,
// `/standing-orders/new`, `/standing-orders/<id>` and `/approvals` (B8). Anything else is "not found".
import { href } from '../router.ts';
import { PageTitle } from '../ui/components.tsx';
import { ApprovalsPage } from './approvals/approvals-page.tsx';
import { BuyerHome } from './buyer-home.tsx';
import { CartPage } from './cart/cart-page.tsx';
import { CheckoutPage } from './cart/checkout-page.tsx';
import { QuickOrderPage } from './cart/quick-order-page.tsx';
import { CataloguePage } from './catalogue/catalogue-page.tsx';
import { ProductPage } from './catalogue/product-page.tsx';
import { OrderPage } from './orders/order-page.tsx';
import { OrdersPage } from './orders/orders-page.tsx';
import { StandingOrderNewPage } from './standing-orders/standing-order-new-page.tsx';
import { StandingOrderPage } from './standing-orders/standing-order-page.tsx';
import { StandingOrdersPage } from './standing-orders/standing-orders-page.tsx';

export function BuyerPage({ path, query }: { path: string; query: URLSearchParams }) {
  if (path === '/' || path === '') return <BuyerHome />;
  if (path === '/catalogue') return <CataloguePage query={query} />;
  if (path === '/cart') return <CartPage />;
  if (path === '/checkout') return <CheckoutPage />;
  if (path === '/orders') return <OrdersPage query={query} />;
  if (path === '/quick-order') return <QuickOrderPage />;
  if (path === '/approvals') return <ApprovalsPage />;
  if (path === '/standing-orders') return <StandingOrdersPage />;
  if (path === '/standing-orders/new') return <StandingOrderNewPage />;
  const standing = /^\/standing-orders\/([^/]+)$/.exec(path)?.[1];
  if (standing) return <StandingOrderPage id={decodeURIComponent(standing)} />;
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
