// The provider states the interactions name most, with the parameters filled in (see contract.ts).
import type { Given } from './consumer-kit.ts';
import {
  ADMIN_EMAIL,
  BUYER_CUSTOMER,
  BUYER_EMAIL,
  SELLABLE_PRODUCT,
  STATES,
  STORE_NAME,
} from './contract.ts';

export const storeSynced: Given = [STATES.storeSynced, { storeName: STORE_NAME }];
export const adminSignedIn: Given = [STATES.adminSignedIn, { email: ADMIN_EMAIL }];
/** The usual start of an admin interaction: the synced store and its admin signed in. */
export const adminOfStore: Given[] = [storeSynced, adminSignedIn];

export const buyerSignedIn: Given = [
  STATES.buyerSignedIn,
  { email: BUYER_EMAIL, customerCode: BUYER_CUSTOMER },
];
export const sellable = (productCode = SELLABLE_PRODUCT): Given => [
  STATES.productStatus,
  { productCode, status: 'sellable', storeName: STORE_NAME },
];
/** The usual start of a buyer interaction: the synced store, a sellable product and Dana of DEMO001 signed in. */
export const buyerOfStore: Given[] = [storeSynced, sellable(), buyerSignedIn];

export const cartHolds = (quantity: number, productCode = SELLABLE_PRODUCT): Given => [
  STATES.cartHolds,
  { email: BUYER_EMAIL, quantity, productCode },
];

/** A fresh customer's contact in the given situation (contactNeverInvited, contactInvited…). */
export const contactThat = (state: string, firstName: string): Given => [state, { firstName }];
