// Custom catalogues (R17): named per store (unique, any case; "Base" is the implicit catalogue every product and
// customer is in, never renamed or deleted), each listing products as Visible or Sellable for the customers
// assigned to it. Listing a product counts against the plan (R7) once, however many catalogues list it.
import { randomUUID } from 'node:crypto';
import type { AccountService } from '../account/account.service.ts';
import { PLAN_LIMITS } from '../account/plans.ts';
import type { Clock } from '../clock.ts';
import type { CustomersRepo } from '../customers/customers.repo.ts';
import type { components } from '../generated/gateway.d.ts';
import { AppError } from '../http/problems.ts';
import type { CatalogueRepo } from './catalogue.repo.ts';
import type { CatalogueService, StatusChangeResult } from './catalogue.service.ts';
import type { Product, ProductStatus } from './catalogue.types.ts';
import type { CataloguesRepo, CustomCatalogue } from './catalogues.repo.ts';
import type { EffectiveStatuses } from './effective-status.ts';

export type CatalogueView = components['schemas']['Catalogue'];

export const BASE_ID = 'base';

export function createCataloguesService(deps: {
  repo: CataloguesRepo;
  catalogue: CatalogueRepo;
  base: CatalogueService;
  customers: CustomersRepo;
  statuses: EffectiveStatuses;
  account: AccountService;
  clock: Clock;
}) {
  const { repo, catalogue, statuses, account } = deps;
  const base: CatalogueView = { id: BASE_ID, name: 'Base', base: true, products: [], customerGuids: [] };

  const view = async (c: CustomCatalogue): Promise<CatalogueView> => {
    const products = await Promise.all(
      Object.entries(c.statuses).map(async ([productGuid, status]) => ({
        productGuid,
        code: (await catalogue.getProduct(c.storeId, productGuid))?.code ?? productGuid,
        status,
      })),
    );
    return {
      id: c.catalogueId,
      name: c.name,
      base: false,
      products: products.sort((a, b) => a.code.localeCompare(b.code)),
      // A customer that left the store (R6) stays assigned but is not shown.
      customerGuids: (
        await Promise.all(
          c.customerGuids.map(async (guid) =>
            (await deps.customers.getCustomer(c.storeId, guid))?.inStore ? guid : null,
          ),
        )
      ).filter((guid): guid is string => guid !== null),
    };
  };
  const custom = async (storeId: string, catalogueId: string): Promise<CustomCatalogue> => {
    if (catalogueId === BASE_ID)
      throw new AppError(
        'base-catalogue-fixed',
        'The Base catalogue holds every product and every customer.',
      );
    const found = await repo.getCatalogue(storeId, catalogueId);
    if (!found) throw new AppError('not-found', `There is no catalogue ${catalogueId}.`);
    return found;
  };
  const assertNameFree = async (storeId: string, name: string, exceptId?: string) => {
    const wanted = name.trim().toLowerCase();
    const taken =
      wanted === 'base' ||
      (await repo.listCatalogues(storeId)).some(
        (c) => c.catalogueId !== exceptId && c.name.toLowerCase() === wanted,
      );
    if (taken) throw new AppError('name-taken', `The store already has a catalogue named "${name.trim()}".`);
  };
  const customerInStore = async (storeId: string, customerGuid: string) => {
    const customer = await deps.customers.getCustomer(storeId, customerGuid);
    if (!customer) throw new AppError('not-found', `The store has no customer ${customerGuid}.`);
    if (!customer.inStore)
      throw new AppError('customer-not-in-store', `Add ${customer.code} to the store first.`);
  };

  return {
    async list(storeId: string): Promise<CatalogueView[]> {
      return [base, ...(await Promise.all((await repo.listCatalogues(storeId)).map(view)))];
    },
    async get(storeId: string, catalogueId: string): Promise<CatalogueView> {
      return catalogueId === BASE_ID ? base : view(await custom(storeId, catalogueId));
    },
    async create(storeId: string, name: string): Promise<CatalogueView> {
      await assertNameFree(storeId, name);
      const catalogueId = randomUUID();
      const record: CustomCatalogue = {
        id: `${storeId}:${catalogueId}`,
        storeId,
        catalogueId,
        name: name.trim(),
        statuses: {},
        customerGuids: [],
        createdAt: deps.clock.now().toISOString(),
      };
      await repo.saveCatalogue(record);
      return view(record);
    },
    async rename(storeId: string, catalogueId: string, name: string): Promise<CatalogueView> {
      const record = await custom(storeId, catalogueId);
      await assertNameFree(storeId, name, catalogueId);
      const next = { ...record, name: name.trim() };
      await repo.saveCatalogue(next);
      return view(next);
    },
    async remove(storeId: string, catalogueId: string): Promise<void> {
      await custom(storeId, catalogueId);
      await repo.removeCatalogue(storeId, catalogueId);
    },

    /** Sets products' status in a catalogue (`base`: their base status); past the plan limit nothing changes. */
    async setStatus(
      storeId: string,
      catalogueId: string,
      status: ProductStatus,
      productGuids: string[],
    ): Promise<StatusChangeResult> {
      if (catalogueId === BASE_ID) return deps.base.setStatus(storeId, status, { productGuids });
      const record = await custom(storeId, catalogueId);
      const found = await Promise.all(productGuids.map((guid) => catalogue.getProduct(storeId, guid)));
      const missing = productGuids.filter((_, i) => !found[i]);
      if (missing.length > 0)
        throw new AppError('not-found', `The store has no product ${missing.slice(0, 5).join(', ')}.`);
      const targets = [...new Map((found as Product[]).map((p) => [p.guid, p])).values()];
      const changing = targets.filter((p) => (record.statuses[p.guid] ?? 'hidden') !== status);
      const next = { ...record, statuses: { ...record.statuses } };
      if (status === 'hidden') for (const p of changing) delete next.statuses[p.guid];
      else {
        const obsolete = changing.filter((p) => p.obsolete);
        if (obsolete.length > 0)
          throw new AppError(
            'product-obsolete',
            `Obsolete in Unleashed, so it cannot be shown: ${obsolete.map((p) => p.code).join(', ')}.`,
          );
        const before = await statuses.listedGuids(storeId);
        await account.assertRoom('products', before.size, changing.filter((p) => !before.has(p.guid)).length);
        for (const p of changing) next.statuses[p.guid] = status;
      }
      await repo.saveCatalogue(next);
      return {
        status,
        changed: changing.length,
        unchanged: targets.length - changing.length,
        listed: await statuses.countListed(storeId),
        limit: PLAN_LIMITS[await account.plan()].products,
      };
    },

    /** Assigns (or, with `assigned` false, unassigns) a customer of the store. */
    async assign(
      storeId: string,
      catalogueId: string,
      customerGuid: string,
      assigned: boolean,
    ): Promise<CatalogueView> {
      const record = await custom(storeId, catalogueId);
      if (assigned) await customerInStore(storeId, customerGuid);
      const others = record.customerGuids.filter((guid) => guid !== customerGuid);
      const next = { ...record, customerGuids: assigned ? [...others, customerGuid] : others };
      await repo.saveCatalogue(next);
      return view(next);
    },
  };
}

export type CataloguesService = ReturnType<typeof createCataloguesService>;
