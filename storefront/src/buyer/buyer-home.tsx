// The buyer's home: a welcome naming the login and customer, the way into the catalogue and quick order, the
// cart when it holds something, and the latest orders.
import { api } from '../api/client.ts';
import { href } from '../router.ts';
import { PageTitle } from '../ui/components.tsx';
import { useLoad } from '../ui/use-load.ts';
import { useBuyer } from './buyer-context.ts';
import { OrdersTable } from './orders/orders-table.tsx';

export function BuyerHome() {
  const { buyer, cart } = useBuyer();
  const { contact, customer } = buyer;
  const name = [contact.firstName, contact.lastName].filter(Boolean).join(' ') || contact.email;
  const orders = useLoad(() => api.GET('/store/orders', { params: { query: { pageSize: 5 } } }), []);
  const lines = cart?.lines.length ?? 0;
  return (
    <div class="stack">
      <PageTitle>Welcome, {contact.firstName ?? name}</PageTitle>
      <p class="lead">
        Signed in as {contact.email} for {customer.name}.
      </p>
      <p class="actions">
        <a class="button primary" href={href('/catalogue')}>
          Browse the catalogue
        </a>
        <a class="button secondary" href={href('/quick-order')}>
          Quick order
        </a>
        {lines > 0 && (
          <a class="button secondary" href={href('/cart')}>
            Go to your cart ({lines} {lines === 1 ? 'line' : 'lines'})
          </a>
        )}
      </p>
      {orders.data && orders.data.items.length > 0 && (
        <section class="stack" aria-labelledby="home-orders">
          <h2 id="home-orders">Your latest orders</h2>
          <OrdersTable orders={orders.data.items} />
          <p>
            <a href={href('/orders')}>All orders</a>
          </p>
        </section>
      )}
    </div>
  );
}
