// Reorder (B3): copies a past order into the cart, priced as today. Lines that cannot be ordered any more are
// not added; each is listed with the gateway's sentence next to the lines that were.
import { useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import type { Problem, RepeatResult } from '../../api/types.ts';
import { href } from '../../router.ts';
import { ProblemNote } from '../../ui/components.tsx';
import { formatNumber } from '../../ui/format.ts';
import { useBuyer } from '../buyer-context.ts';

export function Reorder({ orderId }: { orderId: string }) {
  const { setCart } = useBuyer();
  const [result, setResult] = useState<RepeatResult>();
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);

  const reorder = async () => {
    setBusy(true);
    setProblem(undefined);
    const answer = await api.POST('/store/orders/{orderId}/reorder', { params: { path: { orderId } } });
    setBusy(false);
    if (answer.error) return setProblem(answer.error);
    setCart(answer.data.cart);
    setResult(answer.data);
  };

  const added = result?.lines.filter((line) => line.added) ?? [];
  return (
    <section aria-labelledby="reorder-heading" class="stack">
      <h2 id="reorder-heading">Order again</h2>
      <div class="actions">
        <button type="button" class="button primary" disabled={busy} onClick={reorder}>
          {busy ? 'Adding to your cart…' : 'Reorder'}
        </button>
      </div>
      {problem && <ProblemNote problem={problem} />}
      {result && (
        <div role="status" class="stack">
          <p>
            {added.length === 0
              ? 'Nothing could be added to your cart.'
              : `Added ${added.length} of ${result.lines.length} lines to your cart at today's prices.`}{' '}
            <a href={href('/cart')}>Go to the cart</a>
          </p>
          <ul class="reorder-result">
            {result.lines.map((line, index) => (
              <li key={`${line.code}-${index}`}>
                <span class="product-code">{line.code}</span> × {formatNumber(line.quantity)}:{' '}
                {line.added ? 'added' : <span class="line-problem">not added. {line.problem}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
