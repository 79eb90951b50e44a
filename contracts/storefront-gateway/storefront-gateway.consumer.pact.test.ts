// Consumer side of storefront → gateway: the storefront's real client (storefront/src/api/client.ts) against
// the Pact mock, for every endpoint its pages call and each problem a page shows. The interactions live in
// one file per area; this file runs them all so the pact is written once, from scratch.
import { rmSync } from 'node:fs';
import { beforeAll } from 'vitest';
import { adminCustomersContracts } from './admin-customers.interactions.ts';
import { adminEmailContracts } from './admin-email.interactions.ts';
import { adminInvitationsContracts } from './admin-invitations.interactions.ts';
import { adminProductsContracts } from './admin-products.interactions.ts';
import { adminSessionContracts } from './admin-session.interactions.ts';
import { adminStoreContracts } from './admin-store.interactions.ts';
import { buyerAccessContracts } from './buyer-access.interactions.ts';
import { buyerOrderingContracts } from './buyer-ordering.interactions.ts';
import { PACT_FILE } from './contract.ts';

// The pact holds exactly what this run expects: PactV3 merges into an existing file.
beforeAll(() => rmSync(PACT_FILE, { force: true }));

adminSessionContracts();
adminStoreContracts();
adminCustomersContracts();
adminInvitationsContracts();
adminProductsContracts();
adminEmailContracts();
buyerAccessContracts();
buyerOrderingContracts();
