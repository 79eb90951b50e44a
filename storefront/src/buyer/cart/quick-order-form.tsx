// Quick order (B3): rows of product code and quantity, added to the cart in one go. Each row goes through the
// gateway's quick add (the same checks as the catalogue); an added row leaves the form and is listed as added,
// a refused one stays with its sentence at the row, so nothing typed is lost.
import { useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import { fieldErrors, problemSentence } from '../../api/problem.ts';
import { Notice } from '../../ui/components.tsx';
import { ACTIONS_COLUMN, TableHead } from '../../ui/data-table.tsx';
import { formatNumber } from '../../ui/format.ts';
import { SubmitButton } from '../../ui/submit-button.tsx';
import { useBuyer } from '../buyer-context.ts';
import { parseQuantity } from '../catalogue/quantity.ts';

interface Row {
  key: number;
  code: string;
  quantity: string;
  error?: string;
}

let nextKey = 0;
const blankRow = (): Row => ({ key: nextKey++, code: '', quantity: '1' });
const isBlank = (row: Row) => row.code.trim() === '';

export function QuickOrderForm() {
  const { setCart } = useBuyer();
  const [rows, setRows] = useState<Row[]>(() => [blankRow(), blankRow(), blankRow()]);
  const [added, setAdded] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const change = (key: number, changes: Partial<Row>) =>
    setRows((all) => all.map((row) => (row.key === key ? { ...row, ...changes } : row)));

  const addAll = async (event: Event) => {
    event.preventDefault();
    setAdded([]);
    if (rows.every(isBlank)) {
      setRows((all) => all.map((row, i) => (i === 0 ? { ...row, error: 'Enter a product code.' } : row)));
      return;
    }
    setBusy(true);
    const kept: Row[] = [];
    const done: string[] = [];
    for (const row of rows) {
      if (isBlank(row)) continue;
      const parsed = parseQuantity(row.quantity);
      if ('error' in parsed) {
        kept.push({ ...row, error: parsed.error });
        continue;
      }
      const code = row.code.trim();
      const answer = await api.POST('/store/cart/quick-add', { body: { code, quantity: parsed.quantity } });
      if (answer.error) {
        const fields = fieldErrors(answer.error);
        kept.push({ ...row, error: fields.quantity ?? fields.code ?? problemSentence(answer.error) });
      } else {
        setCart(answer.data);
        done.push(`${code} × ${formatNumber(parsed.quantity)}`);
      }
    }
    setBusy(false);
    setAdded(done);
    setRows(kept.length > 0 ? kept : [blankRow()]);
  };

  return (
    <form class="form quick-order" onSubmit={addAll} noValidate aria-labelledby="quick-order-heading">
      <h2 id="quick-order-heading">By product code</h2>
      <div class="table-wrap">
        <table>
          <TableHead columns={['Product code', 'Quantity', ACTIONS_COLUMN]} />
          <tbody>
            {rows.map((row, index) => (
              <QuickRow
                key={row.key}
                row={row}
                number={index + 1}
                onChange={(changes) => change(row.key, changes)}
                onRemove={rows.length > 1 ? () => setRows(rows.filter((r) => r.key !== row.key)) : undefined}
              />
            ))}
          </tbody>
        </table>
      </div>
      <div class="actions">
        <button type="button" class="button secondary" onClick={() => setRows([...rows, blankRow()])}>
          Add a row
        </button>
        <SubmitButton label="Add all to cart" busyLabel="Adding…" busy={busy} />
      </div>
      {added.length > 0 && <Notice>Added to your cart: {added.join(', ')}.</Notice>}
    </form>
  );
}

function QuickRow(props: {
  row: Row;
  number: number;
  onChange: (changes: Partial<Row>) => void;
  onRemove?: () => void;
}) {
  const { row, number, onChange, onRemove } = props;
  const id = `quick-${row.key}`;
  const invalid = row.error ? ('true' as const) : undefined;
  const describedBy = row.error ? `${id}-error` : undefined;
  return (
    <tr class={row.error ? 'refused' : undefined}>
      <td>
        <label class="visually-hidden" for={`${id}-code`}>
          Product code, row {number}
        </label>
        <input
          id={`${id}-code`}
          type="text"
          autoComplete="off"
          maxLength={100}
          value={row.code}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onInput={(e) => onChange({ code: e.currentTarget.value, error: undefined })}
        />
        {row.error && (
          <p class="field-error" id={`${id}-error`}>
            {row.error}
          </p>
        )}
      </td>
      <td>
        <label class="visually-hidden" for={`${id}-quantity`}>
          Quantity, row {number}
        </label>
        <input
          id={`${id}-quantity`}
          class="quantity"
          type="text"
          inputMode="numeric"
          value={row.quantity}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onInput={(e) => onChange({ quantity: e.currentTarget.value, error: undefined })}
        />
      </td>
      <td>
        {onRemove && (
          <button
            type="button"
            class="button secondary small"
            aria-label={`Remove row ${number}`}
            onClick={onRemove}
          >
            Remove
          </button>
        )}
      </td>
    </tr>
  );
}
