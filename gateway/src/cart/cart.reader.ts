// What other domains may ask of the cart domain: a buyer's saved cart (a standing order starts from it, an order
// is placed from it, a reorder adds to it). Nothing outside cart/ takes the repository itself.
import type { CartRecord, CartsRepo } from './cart.repo.ts';

export type { CartRecord };

/** A buyer's saved cart (or an empty one). */
export type CartReader = Pick<CartsRepo, 'get'>;

/** A buyer's saved cart, changed as one step (CartsRepo.change), as reordering adds to it. */
export type CartLines = Pick<CartsRepo, 'get' | 'change'>;
