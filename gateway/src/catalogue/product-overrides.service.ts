// Description overrides (R3): an admin gives a product the store's own name and description, or clears them;
// each change is recorded in the audit trail with the values before and after, in the change's transaction.
import type { AuditLog } from '../audit/audit-log.ts';
import type { Clock } from '../clock.ts';
import type { PortalDb } from '../db/database.ts';
import type { CatalogueRepo } from './catalogue.repo.ts';
import { productsNamed } from './catalogue.service.ts';
import type { Product } from './catalogue.types.ts';
import type { ProductOverride, ProductOverridesRepo } from './product-overrides.repo.ts';

const NONE: ProductOverride = { name: null, description: null };

/** Trimmed; blank is none. */
const tidy = (text: string | null | undefined) => text?.trim() || null;

export type { ProductOverride } from './product-overrides.repo.ts';

export interface ProductOverridesService {
  /** The overrides of these products of the store, by product GUID. */
  overridesOf(storeId: string, guids: readonly string[]): Promise<Map<string, ProductOverride>>;
  /** Sets (or with both blank, clears) one product's override; not-found for a product the store lacks. */
  setOverride(
    storeId: string,
    productGuid: string,
    input: ProductOverride,
  ): Promise<{ product: Product; override: ProductOverride | null }>;
}

export function createProductOverridesService(deps: {
  db: PortalDb;
  catalogue: CatalogueRepo;
  overrides: ProductOverridesRepo;
  audit: AuditLog;
  clock: Clock;
}): ProductOverridesService {
  return {
    overridesOf: (storeId, guids) => deps.overrides.overridesOf(storeId, guids),
    setOverride: (storeId, productGuid, input) =>
      deps.db.transaction(async () => {
        const [product] = await productsNamed(deps.catalogue, storeId, [productGuid]);
        if (!product) throw new Error('unreachable: productsNamed throws for a missing product');
        const after = { name: tidy(input.name), description: tidy(input.description) };
        const before = (await deps.overrides.overridesOf(storeId, [productGuid])).get(productGuid) ?? NONE;
        const cleared = after.name === null && after.description === null;
        if (before.name !== after.name || before.description !== after.description) {
          await deps.overrides.saveOverride(storeId, productGuid, after, deps.clock.now().toISOString());
          await deps.audit.record({
            ...{ storeId, kind: 'product-override-changed', recordType: 'product', recordId: productGuid },
            summary: cleared
              ? `${product.code}: the store's own name and description cleared`
              : `${product.code}: the store's own name and description set`,
            ...{ before: { ...before }, after: { ...after } },
          });
        }
        return { product, override: cleared ? null : after };
      }),
  };
}
