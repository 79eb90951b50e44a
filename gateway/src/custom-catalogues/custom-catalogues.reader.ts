// What other domains may ask of the custom catalogues (R17): the listings the sync keeps for a product that
// returns (R7), and the catalogues a buyer's customer is assigned to with their category names, for the buyer's
// catalogue. Nothing outside custom-catalogues/ takes the repository itself.
import type { CataloguesRepo } from './catalogues.repo.ts';

/** A product's custom listings, kept while the sync finds no room for it and given back when it returns (R7). */
export type CatalogueListings = Pick<CataloguesRepo, 'listingsOf' | 'unlistEverywhere'>;

/** The custom catalogues a customer sees, and the store categories products are in, for the buyer's catalogue. */
export type CustomerCatalogues = Pick<CataloguesRepo, 'catalogueIdsOf' | 'categoryNamesByProduct'>;
