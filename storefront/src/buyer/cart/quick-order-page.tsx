// Quick order (B3): products added by code, row by row, or from a CSV file; both go through the same checks as
// the catalogue and land in the cart.
import { href } from '../../router.ts';
import { PageTitle } from '../../ui/components.tsx';
import { CartImport } from './cart-import.tsx';
import { QuickOrderForm } from './quick-order-form.tsx';

export function QuickOrderPage() {
  return (
    <div class="stack">
      <PageTitle>Quick order</PageTitle>
      <p>
        Add products to your cart by their code, or import a list. Then{' '}
        <a href={href('/cart')}>check your cart</a>.
      </p>
      <QuickOrderForm />
      <CartImport />
    </div>
  );
}
