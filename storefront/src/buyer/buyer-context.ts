// What every buyer page shares once signed in: who the buyer is, and the cart (its count shows in the header,
// and any page that changes it hands the gateway's new cart back here).
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Buyer, Cart, Problem } from '../api/types.ts';

export interface BuyerContextValue {
  buyer: Buyer;
  /** The cart as last answered by the gateway; undefined while it loads (or when it could not be read). */
  cart: Cart | undefined;
  /** Why the cart could not be read, if it could not. */
  cartProblem: Problem | undefined;
  setCart(cart: Cart): void;
  reloadCart(): void;
}

export const BuyerContext = createContext<BuyerContextValue | undefined>(undefined);

/** The signed-in buyer's context; only pages inside the buyer shell call it. */
export function useBuyer(): BuyerContextValue {
  const value = useContext(BuyerContext);
  if (!value) throw new Error('useBuyer() outside the buyer shell');
  return value;
}

/**
 * The ISO code the buyer's amounts are in: the customer's currency, which the gateway names on the cart (issue 16
 * item 7); NZD until the cart has loaded, as the gateway itself defaults. Orders are the same customer's, so
 * their amounts are in it too.
 */
export function useCurrency(): string {
  return useBuyer().cart?.currency ?? 'NZD';
}
