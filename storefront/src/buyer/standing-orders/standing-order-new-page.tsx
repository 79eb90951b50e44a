// "Save as standing order" (R21): the current cart becomes a named standing order with an address, a schedule
// and a start date; the cart itself stays as it is. Refusals say why: at the field when about one, else in a
// sentence (the store has standing orders switched off, an admin is acting as the customer, a flagged line).
import { useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import type { Problem } from '../../api/types.ts';
import { href, navigate } from '../../router.ts';
import { Loading, PageTitle, ProblemNote } from '../../ui/components.tsx';
import { formatNumber } from '../../ui/format.ts';
import { SubmitButton } from '../../ui/submit-button.tsx';
import { useLoad } from '../../ui/use-load.ts';
import { useBuyer } from '../buyer-context.ts';
import {
  newValues,
  readValues,
  type StandingOrderErrors,
  StandingOrderFields,
} from './standing-order-fields.tsx';
import { standingOrderProblem } from './standing-order-problems.ts';

export function StandingOrderNewPage() {
  const { cart } = useBuyer();
  const addresses = useLoad(() => api.GET('/store/addresses'), []);
  const [values, setValues] = useState(newValues);
  const [errors, setErrors] = useState<StandingOrderErrors>({});
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);

  if (addresses.state === 'loading' || !cart) return <Loading label="Preparing the standing order…" />;
  if (addresses.state === 'failed')
    return <ProblemNote problem={addresses.problem} onRetry={addresses.reload} />;
  const saved = addresses.data.items;

  const save = async (event: Event) => {
    event.preventDefault();
    setProblem(undefined);
    const read = readValues(values, saved);
    setErrors(read.errors);
    if (!read.body) return;
    setBusy(true);
    const answer = await api.POST('/store/standing-orders', {
      body: { ...read.body, startDate: values.startDate },
    });
    setBusy(false);
    if (answer.data) {
      navigate(`/standing-orders/${encodeURIComponent(answer.data.id)}`);
      return;
    }
    const placed = standingOrderProblem(answer.error);
    setErrors(placed.errors);
    if (placed.unplaced) setProblem(answer.error);
  };

  return (
    <div class="stack">
      <p>
        <a href={href('/cart')}>← Cart</a>
      </p>
      <PageTitle>Save as standing order</PageTitle>
      {cart.lines.length === 0 ? (
        <p>
          Your cart is empty. Add what you want to order regularly, then save it as a standing order.{' '}
          <a href={href('/catalogue')}>Browse the catalogue</a>
        </p>
      ) : (
        <form class="form" onSubmit={save} noValidate>
          <p>
            The {cart.lines.length === 1 ? 'line' : `${formatNumber(cart.lines.length)} lines`} in your cart (
            {cart.lines.map((l) => `${l.code} × ${formatNumber(l.quantity)}`).join(', ')}) will be ordered on
            every run, at the prices of the day. Your cart stays as it is.
          </p>
          <StandingOrderFields values={values} onChange={setValues} saved={saved} errors={errors} />
          {problem && <ProblemNote problem={problem} />}
          <div class="actions">
            <SubmitButton label="Save standing order" busyLabel="Saving…" busy={busy} />
          </div>
        </form>
      )}
    </div>
  );
}
