// The cart (R18): every line with quantity edit and remove, lines that cannot be ordered now flagged with
// their sentence, totals with tax, and the way to checkout (or to save it as a standing order, R21) while the cart
// can be placed. Checking out first saves quantities typed but not updated; emptying the cart asks first.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import type { Problem } from '../../api/types.ts';
import { href, navigate } from '../../router.ts';
import { InlineProblem, Loading, PageTitle, ProblemNote } from '../../ui/components.tsx';
import { ACTIONS_COLUMN, TableHead } from '../../ui/data-table.tsx';
import { useBuyer } from '../buyer-context.ts';
import { CartLineRow } from './cart-line-row.tsx';
import { CartTotals } from './cart-totals.tsx';
import { useUnsavedQuantities } from './unsaved-quantities.ts';

export function CartPage() {
  const { buyer, cart, cartProblem, setCart, reloadCart } = useBuyer();
  // R21: only where the store allows standing orders, and not while an admin acts as the customer.
  const canSaveStanding = buyer.store.standingOrdersEnabled && !buyer.acting;
  const [problem, setProblem] = useState<Problem>();
  const [unsavedError, setUnsavedError] = useState<string>();
  const [confirmingEmpty, setConfirmingEmpty] = useState(false);
  const unsaved = useUnsavedQuantities();
  // Fresh flags and prices on every visit: stock or statuses may have changed since the cart was last read.
  useEffect(reloadCart, []);

  const checkOut = async (event: Event) => {
    if (!cart) return;
    event.preventDefault();
    setUnsavedError(undefined);
    const outcome = await unsaved.saveAll(cart);
    if ('error' in outcome) {
      setUnsavedError(outcome.error);
      document.getElementById(`cart-qty-${outcome.productGuid}`)?.focus();
      return;
    }
    if (outcome.cart) setCart(outcome.cart);
    if (outcome.cart && !outcome.cart.canPlace) return;
    navigate('/checkout');
  };

  const empty = async () => {
    setConfirmingEmpty(false);
    setProblem(undefined);
    const answer = await api.DELETE('/store/cart');
    if (answer.error) setProblem(answer.error);
    else setCart(answer.data);
  };

  let body: ComponentChildren;
  if (!cart && cartProblem) body = <ProblemNote problem={cartProblem} onRetry={reloadCart} />;
  else if (!cart) body = <Loading label="Loading your cart…" />;
  else if (cart.lines.length === 0) {
    body = (
      <p>
        Your cart is empty. <a href={href('/catalogue')}>Browse the catalogue</a>, use{' '}
        <a href={href('/quick-order')}>Quick order</a> or reorder a past order to add products.
      </p>
    );
  } else {
    body = (
      <>
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">Cart lines</caption>
            <TableHead
              columns={[
                'Product',
                { heading: 'Unit price', num: true },
                'Quantity',
                { heading: 'Line total', num: true },
                ACTIONS_COLUMN,
              ]}
            />
            <tbody>
              {cart.lines.map((line) => (
                <CartLineRow
                  key={`${line.productGuid}-${line.quantity}`}
                  line={line}
                  onTyped={unsaved.note}
                />
              ))}
            </tbody>
          </table>
        </div>
        <CartTotals cart={cart} />
        {problem && <ProblemNote problem={problem} />}
        {unsavedError && <InlineProblem>{unsavedError}</InlineProblem>}
        {cart.lines.some((line) => !line.orderable) && (
          <InlineProblem>Remove or change the flagged lines before checking out.</InlineProblem>
        )}
        <div class="actions">
          {cart.canPlace ? (
            <a class="button primary" href={href('/checkout')} onClick={checkOut}>
              Check out
            </a>
          ) : (
            <button type="button" class="button primary" disabled>
              Check out
            </button>
          )}
          {cart.canPlace && canSaveStanding && (
            <a class="button secondary" href={href('/standing-orders/new')}>
              Save as standing order
            </a>
          )}
          <a class="button secondary" href={href('/catalogue')}>
            Keep shopping
          </a>
          <button type="button" class="button secondary" onClick={() => setConfirmingEmpty(true)}>
            Empty the cart
          </button>
        </div>
        {confirmingEmpty && (
          <div class="notice" role="alertdialog" aria-labelledby="empty-cart-question">
            <p id="empty-cart-question">
              Remove all {cart.lines.length} {cart.lines.length === 1 ? 'line' : 'lines'} from your cart?
            </p>
            <div class="actions">
              <button type="button" class="button primary" onClick={empty}>
                Yes, empty the cart
              </button>
              <button type="button" class="button secondary" onClick={() => setConfirmingEmpty(false)}>
                Keep the cart
              </button>
            </div>
          </div>
        )}
      </>
    );
  }
  return (
    <div class="stack">
      <PageTitle>Your cart</PageTitle>
      {body}
    </div>
  );
}
