// Editing a standing order (R21): the same fields as creating one, filled with what it has, and its products
// (quantities changed, lines removed or added by code).
// A new schedule or start date moves the next run (the gateway recomputes it).
import { useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import type { Problem, StandingOrder } from '../../api/types.ts';
import { Loading, ProblemNote } from '../../ui/components.tsx';
import { SubmitButton } from '../../ui/submit-button.tsx';
import { useLoad } from '../../ui/use-load.ts';
import { formatAddress } from '../cart/address.ts';
import { TYPED } from '../cart/address-choice.tsx';
import {
  readValues,
  type StandingOrderErrors,
  StandingOrderFields,
  type StandingOrderValues,
} from './standing-order-fields.tsx';
import { type EditedLine, editableLines, LineFields, readLines } from './standing-order-line-fields.tsx';
import { standingOrderProblem } from './standing-order-problems.ts';

export function StandingOrderEdit(props: {
  order: StandingOrder;
  onSaved: (order: StandingOrder) => void;
  onCancel: () => void;
}) {
  const { order, onSaved, onCancel } = props;
  const addresses = useLoad(() => api.GET('/store/addresses'), []);
  const [values, setValues] = useState<StandingOrderValues>();
  const [errors, setErrors] = useState<StandingOrderErrors>({});
  const [lines, setLines] = useState<EditedLine[]>(() => editableLines(order));
  const [lineErrors, setLineErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);

  if (addresses.state === 'loading') return <Loading label="Loading the addresses…" />;
  if (addresses.state === 'failed')
    return <ProblemNote problem={addresses.problem} onRetry={addresses.reload} />;
  const saved = addresses.data.items;
  const current = values ?? valuesOf(order, saved.map(formatAddress));

  const save = async (event: Event) => {
    event.preventDefault();
    setProblem(undefined);
    const read = readValues(current, saved, order.startDate);
    const typed = readLines(order, lines);
    setErrors(read.errors);
    setLineErrors(typed.errors);
    if (!read.body || Object.keys(typed.errors).length > 0) return;
    setBusy(true);
    const answer = await api.PATCH('/store/standing-orders/{standingOrderId}', {
      params: { path: { standingOrderId: order.id } },
      body: { ...read.body, ...(typed.lines ? { lines: typed.lines } : {}) },
    });
    setBusy(false);
    if (answer.data) return onSaved(answer.data);
    const placed = standingOrderProblem(answer.error);
    setErrors(placed.errors);
    if (placed.unplaced) setProblem(answer.error);
  };

  return (
    <form class="form" onSubmit={save} noValidate aria-labelledby="edit-heading">
      <h2 id="edit-heading">Edit the standing order</h2>
      <StandingOrderFields values={current} onChange={setValues} saved={saved} errors={errors} />
      <LineFields lines={lines} errors={lineErrors} onChange={setLines} />
      {problem && <ProblemNote problem={problem} />}
      <div class="actions">
        <SubmitButton label="Save changes" busyLabel="Saving…" busy={busy} />
        <button type="button" class="button secondary" onClick={onCancel}>
          Discard changes
        </button>
      </div>
    </form>
  );
}

/** The form's values for `order`: its address as the saved one it matches, else typed. */
function valuesOf(order: StandingOrder, savedLines: string[]): StandingOrderValues {
  const index = savedLines.indexOf(formatAddress(order.deliveryAddress));
  const typed = Object.fromEntries(
    Object.entries(order.deliveryAddress).filter(([, value]) => typeof value === 'string'),
  );
  return {
    name: order.name,
    address: index >= 0 ? { chosen: String(index), typed: {} } : { chosen: TYPED, typed },
    frequency: order.schedule.frequency,
    every: String(order.schedule.every),
    startDate: order.startDate,
    purchaseOrderRef: order.purchaseOrderRef ?? '',
    comment: order.comment ?? '',
  };
}
