// Checkout (R18): the lines it is about to order with their totals and currency, a saved delivery address
// (GET /store/addresses) or a typed one, the buyer's PO number (B7: optional, or required when
// GET /store/checkout-settings says so), a requested delivery date and a comment (both optional), and placing the
// cart. While an admin acts as the customer (R23) the contact the order is placed for is required. A refused
// order keeps everything typed and says why, at the field when it is about one.
import { useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import { problemKind, problemSentence } from '../../api/problem.ts';
import type { Problem } from '../../api/types.ts';
import { href, navigate } from '../../router.ts';
import { Field, Loading, PageTitle, ProblemNote } from '../../ui/components.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useLoad } from '../../ui/use-load.ts';
import { useBuyer } from '../buyer-context.ts';
import { ActingContactChoice, PLACED_FOR_ID } from './acting-contact-choice.tsx';
import { AddressChoice, type AddressChoiceState, chosenAddress } from './address-choice.tsx';
import { CheckoutLines } from './checkout-lines.tsx';

const PO_ID = 'checkout-po';
const DATE_ID = 'checkout-required-date';
/** Today as the buyer's own calendar has it, `YYYY-MM-DD`: the earliest delivery day offered. */
const localToday = () =>
  new Date(Date.now() - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
const NO_CONTACTS = Promise.resolve({ data: { items: [] }, error: undefined });

export function CheckoutPage() {
  const { buyer, cart, reloadCart } = useBuyer();
  const acting = Boolean(buyer.acting);
  const addresses = useLoad(() => api.GET('/store/addresses'), []);
  const contacts = useLoad(() => (acting ? api.GET('/store/acting/contacts') : NO_CONTACTS), [acting]);
  const settings = useLoad(() => api.GET('/store/checkout-settings'), []);
  const [purchaseOrderRef, setPurchaseOrderRef] = useState('');
  const [poError, setPoError] = useState<string>();
  const [address, setAddress] = useState<AddressChoiceState>({ typed: {} });
  const [placedFor, setPlacedFor] = useState<string>();
  const [comment, setComment] = useState('');
  const [requiredDate, setRequiredDate] = useState('');
  const [dateError, setDateError] = useState<string>();
  const [addressError, setAddressError] = useState<string>();
  const [contactError, setContactError] = useState<string>();
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);

  if (addresses.state === 'loading' || contacts.state === 'loading' || settings.state === 'loading' || !cart)
    return <Loading label="Preparing checkout…" />;
  if (settings.state === 'failed')
    return <ProblemNote problem={settings.problem} onRetry={settings.reload} />;
  const poRequired = settings.data.purchaseOrderRefRequired;
  if (addresses.state === 'failed')
    return <ProblemNote problem={addresses.problem} onRetry={addresses.reload} />;
  if (contacts.state === 'failed')
    return <ProblemNote problem={contacts.problem} onRetry={contacts.reload} />;
  const saved = addresses.data.items;

  const place = async (event: Event) => {
    event.preventDefault();
    setProblem(undefined);
    setDateError(undefined);
    const deliveryAddress = chosenAddress(address, saved);
    setAddressError(deliveryAddress ? undefined : 'Enter at least a street or a city.');
    setContactError(acting && !placedFor ? 'Choose the contact this order is placed for.' : undefined);
    const poMissing = poRequired && !purchaseOrderRef.trim();
    setPoError(poMissing ? 'Enter your purchase-order number.' : undefined);
    if (poMissing) document.getElementById(PO_ID)?.focus();
    if (acting && !placedFor) document.getElementById(PLACED_FOR_ID)?.focus();
    if (!deliveryAddress) document.getElementById('address-street')?.focus();
    if (!deliveryAddress || (acting && !placedFor) || poMissing) return;
    setBusy(true);
    const answer = await api.POST('/store/orders', {
      body: {
        deliveryAddress,
        comment: comment.trim() || null,
        purchaseOrderRef: purchaseOrderRef.trim() || null,
        requiredDate: requiredDate || null,
        ...(acting && placedFor ? { placedForContactGuid: placedFor } : {}),
      },
    });
    setBusy(false);
    if (answer.data) {
      reloadCart();
      navigate(`/orders/${encodeURIComponent(answer.data.id)}/placed`);
      return;
    }
    const fields = answer.error.errors?.map((e) => e.field) ?? [];
    const kind = problemKind(answer.error);
    if (fields.includes('purchaseOrderRef')) {
      setPoError(answer.error.detail ?? problemSentence(answer.error));
      settings.reload();
    } else if (fields.some((f) => f.includes('requiredDate'))) {
      setDateError(answer.error.detail ?? problemSentence(answer.error));
      document.getElementById(DATE_ID)?.focus();
    } else if (fields.some((f) => f.startsWith('deliveryAddress')))
      setAddressError(answer.error.detail ?? 'Check the delivery address.');
    else if (fields.includes('placedForContactGuid') || kind === 'contact-deactivated') {
      setContactError(answer.error.detail ?? problemSentence(answer.error));
      contacts.reload();
    } else setProblem(answer.error);
    if (kind === 'cart-cannot-be-placed') reloadCart();
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
        {acting && (
          <ActingContactChoice
            contacts={contacts.data.items}
            chosen={placedFor}
            onChoose={setPlacedFor}
            error={contactError}
          />
        )}
        <TextField
          id={PO_ID}
          label={poRequired ? 'Purchase-order number' : 'Purchase-order number (optional)'}
          hint="Your own reference for this order; it appears on the supplier's sales order and your invoices."
          error={poError}
          type="text"
          maxLength={100}
          required={poRequired}
          value={purchaseOrderRef}
          onValue={(value) => setPurchaseOrderRef(value)}
        />
        <AddressChoice saved={saved} state={address} onChange={setAddress} error={addressError} />
        <TextField
          id={DATE_ID}
          label="Requested delivery date (optional)"
          hint="The day you would like it delivered; the supplier sees it on the sales order."
          error={dateError}
          type="date"
          min={localToday()}
          value={requiredDate}
          onValue={(value) => setRequiredDate(value)}
        />
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
          <h2 id="checkout-summary">What you are ordering</h2>
          <CheckoutLines cart={cart} />
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
