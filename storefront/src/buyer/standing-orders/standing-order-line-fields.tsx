// Editing a standing order's lines (R21): change a quantity (whole and positive, checked before sending), remove
// a line (one must stay), or add a product by its code from the buyer's own catalogue.
import { useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import { problemSentence } from '../../api/problem.ts';
import type { StandingOrder } from '../../api/types.ts';
import { parseQuantity } from '../catalogue/quantity.ts';

export interface EditedLine {
  productGuid: string;
  code: string;
  description: string;
  /** As typed. */
  quantity: string;
}

/** The lines as the form starts: what the standing order has. */
export function editableLines(order: StandingOrder): EditedLine[] {
  return order.lines.map(({ productGuid, code, description, quantity }) => ({
    productGuid,
    code,
    description,
    quantity: String(quantity),
  }));
}

/** The lines to send when any changed (undefined when none did), and the sentence for each bad quantity. */
export function readLines(order: StandingOrder, edited: EditedLine[]) {
  const errors: Record<string, string> = {};
  const lines = edited.map((line) => {
    const parsed = parseQuantity(line.quantity);
    if ('error' in parsed) errors[line.productGuid] = parsed.error;
    return { productGuid: line.productGuid, quantity: 'error' in parsed ? 0 : parsed.quantity };
  });
  const changed =
    lines.length !== order.lines.length ||
    lines.some(
      (line, i) =>
        line.productGuid !== order.lines[i]?.productGuid || line.quantity !== order.lines[i]?.quantity,
    );
  return { errors, lines: changed ? lines : undefined };
}

export function LineFields(props: {
  lines: EditedLine[];
  errors: Record<string, string>;
  onChange: (lines: EditedLine[]) => void;
}) {
  const { lines, errors, onChange } = props;
  return (
    <fieldset>
      <legend>Products</legend>
      {lines.map((line) => {
        const id = `standing-qty-${line.productGuid}`;
        const error = errors[line.productGuid];
        return (
          <div class={error ? 'field invalid' : 'field'} key={line.productGuid}>
            <label for={id}>
              {line.description} <span class="product-code">{line.code}</span>
            </label>
            <div class="inline-fields">
              <input
                id={id}
                class="quantity"
                type="text"
                inputMode="numeric"
                value={line.quantity}
                aria-invalid={error ? 'true' : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
                onInput={(e) =>
                  onChange(
                    lines.map((l) =>
                      l.productGuid === line.productGuid ? { ...l, quantity: e.currentTarget.value } : l,
                    ),
                  )
                }
              />
              <button
                type="button"
                class="button secondary"
                aria-label={`Remove ${line.code}`}
                title={lines.length === 1 ? 'A standing order keeps at least one product.' : undefined}
                disabled={lines.length === 1}
                onClick={() => onChange(lines.filter((l) => l.productGuid !== line.productGuid))}
              >
                Remove
              </button>
            </div>
            {error && (
              <p class="field-error" id={`${id}-error`}>
                {error}
              </p>
            )}
          </div>
        );
      })}
      <AddByCode lines={lines} onAdd={(line) => onChange([...lines, line])} />
    </fieldset>
  );
}

/** Finds a product of the buyer's catalogue by its code; refuses one that cannot be ordered or is there already. */
function AddByCode(props: { lines: EditedLine[]; onAdd: (line: EditedLine) => void }) {
  const [code, setCode] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const add = async () => {
    const wanted = code.trim();
    setError(undefined);
    if (!wanted) return setError('Enter a product code.');
    if (props.lines.some((line) => line.code.toLowerCase() === wanted.toLowerCase()))
      return setError(`${wanted} is already in this standing order: change its quantity instead.`);
    setBusy(true);
    const answer = await api.GET('/store/products/{productCode}', {
      params: { path: { productCode: wanted } },
    });
    setBusy(false);
    if (answer.error?.status === 404)
      return setError(`No product with the code ${wanted} is in your catalogue.`);
    if (answer.error) return setError(problemSentence(answer.error));
    const product = answer.data;
    if (!product.orderable) return setError(`${product.code} cannot be ordered at the moment.`);
    props.onAdd({
      productGuid: product.guid,
      code: product.code,
      description: product.description,
      quantity: '1',
    });
    setCode('');
  };

  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for="standing-add-code">Add a product by code</label>
      <div class="inline-fields">
        <input
          id="standing-add-code"
          type="text"
          autoComplete="off"
          value={code}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'standing-add-code-error' : undefined}
          onInput={(e) => setCode(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void add();
            }
          }}
        />
        <button type="button" class="button secondary" disabled={busy} onClick={() => void add()}>
          {busy ? 'Finding…' : 'Add product'}
        </button>
      </div>
      {error && (
        <p class="field-error" id="standing-add-code-error">
          {error}
        </p>
      )}
    </div>
  );
}
