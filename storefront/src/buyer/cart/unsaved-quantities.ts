// Quantities typed in the cart but not yet "Updated" (issue 16 item 8): kept per line so that checking out
// saves them first, or says which one cannot be saved, instead of silently ordering the old quantity.
import { useRef } from 'preact/hooks';
import { api } from '../../api/client.ts';
import { fieldErrors, problemSentence } from '../../api/problem.ts';
import type { Cart } from '../../api/types.ts';
import { parseQuantity } from '../catalogue/quantity.ts';

export type SaveOutcome = { cart: Cart | undefined } | { error: string; productGuid: string };

export function useUnsavedQuantities() {
  const typed = useRef(new Map<string, string>());
  return {
    /** Records (or, with null, forgets) the quantity typed for a line. */
    note(productGuid: string, text: string | null) {
      if (text === null) typed.current.delete(productGuid);
      else typed.current.set(productGuid, text);
    },
    /** Saves every typed quantity in turn; stops at the first that is not valid or is refused. */
    async saveAll(cart: Cart): Promise<SaveOutcome> {
      let latest: Cart | undefined;
      for (const [productGuid, text] of typed.current) {
        const line = cart.lines.find((l) => l.productGuid === productGuid);
        if (!line) {
          typed.current.delete(productGuid);
          continue;
        }
        const parsed = parseQuantity(text);
        if ('error' in parsed)
          return { productGuid, error: `The quantity typed for ${line.code} is not saved: ${parsed.error}` };
        const answer = await api.PUT('/store/cart/lines/{productGuid}', {
          params: { path: { productGuid } },
          body: { quantity: parsed.quantity },
        });
        if (answer.error) {
          const why = fieldErrors(answer.error).quantity ?? problemSentence(answer.error);
          return { productGuid, error: `The quantity typed for ${line.code} is not saved: ${why}` };
        }
        typed.current.delete(productGuid);
        latest = answer.data;
      }
      return { cart: latest };
    },
  };
}
