// Consumer side of storefront → gateway: the storefront's real client (storefront/src/api/client.ts) against
// the Pact mock, for every endpoint its pages call and each problem a page shows. The interactions live in
// one file per area; this file runs them all so the pact is written once, from scratch.
// To add one: an `it` in the area's *.interactions.ts calling exchange() (consumer-kit.ts) with the client call
// the page makes, paths in the spec's form (`/admin/stores/{storeId}/…`: ids come from provider states) and only
// the fields the page reads (shapes.ts); a new fact goes in STATES (contract.ts) with its handler in
// provider-states.ts or the area's *-states.ts (state-kit.ts), built from provider-facts.ts.
// `npm run test:contracts` then verifies and cross-checks it.
import { rmSync } from 'node:fs';
import { beforeAll } from 'vitest';
import { actingContracts } from './acting.interactions.ts';
import { adminAuditContracts } from './admin-audit.interactions.ts';
import { adminBrandingContracts } from './admin-branding.interactions.ts';
import { adminCatalogueContracts } from './admin-catalogues.interactions.ts';
import { adminCategoryContracts } from './admin-categories.interactions.ts';
import { adminCustomersContracts } from './admin-customers.interactions.ts';
import { adminEmailContracts } from './admin-email.interactions.ts';
import { adminInvitationsContracts } from './admin-invitations.interactions.ts';
import { adminOrderRuleContracts } from './admin-order-rules.interactions.ts';
import { adminOrdersContracts } from './admin-orders.interactions.ts';
import { adminPricesSettingsContracts } from './admin-prices-settings.interactions.ts';
import { adminProductsContracts } from './admin-products.interactions.ts';
import { adminSessionContracts } from './admin-session.interactions.ts';
import { adminStoreContracts } from './admin-store.interactions.ts';
import { approvalContracts } from './approvals.interactions.ts';
import { buyerAccessContracts } from './buyer-access.interactions.ts';
import { buyerOrderingContracts } from './buyer-ordering.interactions.ts';
import { buyerRepeatContracts } from './buyer-repeat.interactions.ts';
import { checkoutContracts } from './checkout.interactions.ts';
import { PACT_FILE } from './contract.ts';
import { orderRuleContracts } from './order-rules.interactions.ts';
import { purchaseOrderContracts } from './purchase-orders.interactions.ts';
import { signInPageContracts } from './sign-in-page.interactions.ts';
import { standingOrderContracts } from './standing-orders.interactions.ts';
import { stockAndPriceBreakContracts } from './stock-and-price-breaks.interactions.ts';

// The pact holds exactly what this run expects: PactV3 merges into an existing file.
beforeAll(() => rmSync(PACT_FILE, { force: true }));

adminSessionContracts();
adminStoreContracts();
adminBrandingContracts();
adminCustomersContracts();
adminInvitationsContracts();
adminProductsContracts();
adminEmailContracts();
buyerAccessContracts();
signInPageContracts();
buyerOrderingContracts();
buyerRepeatContracts();
actingContracts();
standingOrderContracts();
adminCatalogueContracts();
adminCategoryContracts();
adminPricesSettingsContracts();
purchaseOrderContracts();
orderRuleContracts();
adminOrderRuleContracts();
adminOrdersContracts();
checkoutContracts();
adminAuditContracts();
approvalContracts();
stockAndPriceBreakContracts();
