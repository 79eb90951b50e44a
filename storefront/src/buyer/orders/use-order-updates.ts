// Keeps an open order page current (issue 16 item 5): while the order can still change (not Complete or
// Rejected), it is fetched again with backoff (2 s, growing to 30 s; back to 2 s after each change) and shown
// when anything in it changed: imported and numbered, status, charges, totals. Stops when the page is left.
import { useEffect } from 'preact/hooks';
import { api } from '../../api/client.ts';
import type { BuyerOrder } from '../../api/types.ts';

const FIRST_DELAY_MS = 2_000;
const MAX_DELAY_MS = 30_000;
const FINAL: ReadonlySet<BuyerOrder['status']> = new Set(['complete', 'rejected']);

/** Whether this order's status is one that never changes again, so nothing is left to watch. */
export const isFinalStatus = (order: Pick<BuyerOrder, 'status'>) => FINAL.has(order.status);

/** Calls `onChange` with the newer order whenever the gateway's copy differs from `order`. */
export function useOrderUpdates(order: BuyerOrder | undefined, onChange: (order: BuyerOrder) => void): void {
  const shown = order ? JSON.stringify(order) : '';
  useEffect(() => {
    if (!order || isFinalStatus(order)) return;
    let delay = FIRST_DELAY_MS;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let left = false;
    const check = async () => {
      // A hidden tab asks nothing; it checks again when its turn comes and it is visible.
      if (!document.hidden) {
        const { data } = await api.GET('/store/orders/{orderId}', {
          params: { path: { orderId: order.id } },
        });
        if (left) return;
        // A change re-renders with the new order, which starts a fresh watch from the first delay.
        if (data && JSON.stringify(data) !== shown) return onChange(data);
      }
      delay = Math.min(delay * 1.5, MAX_DELAY_MS);
      timer = setTimeout(check, delay);
    };
    timer = setTimeout(check, delay);
    return () => {
      left = true;
      clearTimeout(timer);
    };
  }, [shown]);
}
