// Checkout (R18): a saved delivery address (GET /store/addresses) or a typed one, an optional comment, and
// placing the cart. A refused order keeps everything typed and says why, at the address when it is about it.
import { useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import { problemKind } from '../api/problem.ts';
import type { Problem } from '../api/types.ts';
import { href, navigate } from '../router.ts';
import { Field, Loading, PageTitle, ProblemNote } from '../ui/components.tsx';
import { useLoad } from '../ui/use-load.ts';
import { formatAddress, typedAddress } from './address.ts';
import { AddressFields, type TypedAddress } from './address-fields.tsx';
import { useBuyer } from './buyer-context.ts';
import { CartTotals } from './cart-totals.tsx';

const TYPED = 'typed';

export function CheckoutPage() {
  const { cart, reloadCart } = useBuyer();
  const addresses = useLoad(() => api.GET('/store/addresses'), []);
  const [chosen, setChosen] = useState<string>();
  const [typed, setTyped] = useState<TypedAddress>({});
  const [comment, setComment] = useState('');
  const [addressError, setAddressError] = useState<string>();
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);

  if (addresses.state === 'loading' || !cart) return <Loading label="Preparing checkout…" />;
  if (addresses.state === 'failed')
    return <ProblemNote problem={addresses.problem} onRetry={addresses.reload} />;
  const saved = addresses.data.items;
  const choice = chosen ?? (saved.length > 0 ? '0' : TYPED);

  const place = async (event: Event) => {
    event.preventDefault();
    setProblem(undefined);
    setAddressError(undefined);
    const deliveryAddress = choice === TYPED ? typedAddress(typed) : saved[Number(choice)];
    if (!deliveryAddress?.street && !deliveryAddress?.city) {
      setAddressError('Enter at least a street or a city.');
      document.getElementById('address-street')?.focus();
      return;
    }
    setBusy(true);
    const answer = await api.POST('/store/orders', {
      body: { deliveryAddress, comment: comment.trim() || null },
    });
    setBusy(false);
    if (answer.data) {
      reloadCart();
      navigate(`/orders/${encodeURIComponent(answer.data.id)}/placed`);
      return;
    }
    const aboutAddress = answer.error.errors?.some((e) => e.field.startsWith('deliveryAddress'));
    if (aboutAddress) setAddressError(answer.error.detail ?? 'Check the delivery address.');
    else setProblem(answer.error);
    if (problemKind(answer.error) === 'cart-cannot-be-placed') reloadCart();
  };

  if (cart.lines.length === 0) {
    return (
      <div class="stack">
        <PageTitle>Checkout</PageTitle>
        <p>
          Your cart is empty. <a href={href('/catalogue')}>Browse the catalogue</a> to add products.
        </p>
      </div>
    );
  }
  return (
    <div class="stack">
      <PageTitle>Checkout</PageTitle>
      <form class="form" onSubmit={place} noValidate>
        <fieldset>
          <legend>Delivery address</legend>
          <div class="choices">
            {saved.map((address, index) => (
              <label class="choice" key={`${index}-${formatAddress(address)}`}>
                <input
                  type="radio"
                  name="address"
                  value={String(index)}
                  checked={choice === String(index)}
                  onChange={() => setChosen(String(index))}
                />
                {formatAddress(address)}
              </label>
            ))}
            <label class="choice">
              <input
                type="radio"
                name="address"
                checked={choice === TYPED}
                onChange={() => setChosen(TYPED)}
              />
              {saved.length > 0 ? 'Another address' : 'Type the address'}
            </label>
          </div>
          {choice === TYPED && <AddressFields values={typed} onChange={setTyped} error={addressError} />}
          {choice !== TYPED && addressError && <p class="field-error">{addressError}</p>}
        </fieldset>
        <Field id="checkout-comment" label="Comment (optional)" hint="For the supplier, e.g. delivery times.">
          {(control) => (
            <textarea
              {...control}
              rows={3}
              maxLength={2000}
              value={comment}
              onInput={(e) => setComment(e.currentTarget.value)}
            />
          )}
        </Field>
        <section aria-labelledby="checkout-summary">
          <h2 id="checkout-summary">
            {cart.lines.length} {cart.lines.length === 1 ? 'line' : 'lines'} in your cart
          </h2>
          <CartTotals cart={cart} />
          <p>
            <a href={href('/cart')}>Change the cart</a>
          </p>
        </section>
        {problem && <ProblemNote problem={problem} />}
        <div class="actions">
          <button type="submit" class="button primary" disabled={busy || !cart.canPlace}>
            {busy ? 'Placing your order…' : 'Place order'}
          </button>
        </div>
      </form>
    </div>
  );
}
