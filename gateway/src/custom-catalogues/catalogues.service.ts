// Custom catalogues (R17): named per store (unique, any case; "Base" is the implicit catalogue every product and
// customer is in, never renamed or deleted), each listing products as Visible or Sellable for the customers
// assigned to it. Listing a product counts against the plan (R7) once, however many catalogues list it.
import { randomUUID } from 'node:crypto';
import type { components } from '../../../openapi/generated/gateway.d.ts';
import type { AccountService } from '../account/account.service.ts';
import type { AuditLog } from '../audit/audit-log.ts';
import type { BaseCatalogue } from '../catalogue/catalogue.reader.ts';
import {
  assertRoomToList,
  type CatalogueService,
  productsNamed,
  type StatusChangeResult,
  statusChanged,
} from '../catalogue/catalogue.service.ts';
import type { ProductStatus } from '../catalogue/catalogue.types.ts';
import { isUniqueViolation } from '../catalogue/page-writes.ts';
import type { Clock } from '../clock.ts';
import type { CustomerReader } from '../customers/customers.reader.ts';
import type { PortalDb } from '../db/database.ts';
import { AppError } from '../http/problems.ts';
import type { CataloguesRepo, CustomCatalogue } from './catalogues.repo.ts';
import type { EffectiveStatuses } from './effective-status.ts';

export type CatalogueView = components['schemas']['Catalogue'];

export const BASE_ID = 'base';

export function createCataloguesService(deps: {
  db: PortalDb;
  repo: CataloguesRepo;
  catalogue: BaseCatalogue;
  base: CatalogueService;
  customers: CustomerReader;
  statuses: EffectiveStatuses;
  account: AccountService;
  clock: Clock;
  audit: AuditLog;
}) {
  const { repo, catalogue } = deps;
  /** Records a change to a custom catalogue, in the caller's transaction (B5). */
  const record = (
    storeId: string,
    catalogueId: string,
    kind: 'catalogue-created' | 'catalogue-changed' | 'catalogue-deleted' | 'catalogue-customers-changed',
    summary: string,
    before: Record<string, unknown> | null,
    after: Record<string, unknown> | null,
  ) =>
    deps.audit.record({
      storeId,
      kind,
      recordType: 'catalogue',
      recordId: catalogueId,
      summary,
      before,
      after,
    });
  const base: CatalogueView = { id: BASE_ID, name: 'Base', base: true, products: [], customerGuids: [] };

  const view = async (c: CustomCatalogue): Promise<CatalogueView> => {
    const listed = Object.entries(c.statuses);
    const codes = new Map(
      (
        await catalogue.getProducts(
          c.storeId,
          listed.map(([guid]) => guid),
        )
      ).map((p) => [p.guid, p.code]),
    );
    const products = listed.map(([productGuid, status]) => ({
      productGuid,
      code: codes.get(productGuid) ?? productGuid,
      status,
    }));
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
  const nameTaken = (name: string) =>
    new AppError('name-taken', `The store already has a catalogue named "${name.trim()}".`);
  const assertNotBase = (name: string) => {
    if (name.trim().toLowerCase() === 'base') throw nameTaken(name);
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
      assertNotBase(name);
      const head = {
        storeId,
        catalogueId: randomUUID(),
        name: name.trim(),
        createdAt: deps.clock.now().toISOString(),
      };
      return deps.db.transaction(async () => {
        if (!(await repo.createCatalogue(head))) throw nameTaken(name);
        await record(
          storeId,
          head.catalogueId,
          'catalogue-created',
          `Catalogue "${head.name}" created`,
          null,
          {
            name: head.name,
          },
        );
        return view({ ...head, id: `${storeId}:${head.catalogueId}`, statuses: {}, customerGuids: [] });
      });
    },
    async rename(storeId: string, catalogueId: string, name: string): Promise<CatalogueView> {
      const before = await custom(storeId, catalogueId);
      assertNotBase(name);
      // Inside the transaction a taken name aborts it: it is told apart once it has rolled back.
      return deps.db
        .transaction(async () => {
          if (!(await repo.renameCatalogue(storeId, catalogueId, name.trim()))) throw nameTaken(name);
          const summary = `Catalogue "${before.name}" renamed "${name.trim()}"`;
          await record(
            storeId,
            catalogueId,
            'catalogue-changed',
            summary,
            { name: before.name },
            { name: name.trim() },
          );
          return view(await custom(storeId, catalogueId));
        })
        .catch((error: unknown) => {
          throw isUniqueViolation(error) ? nameTaken(name) : error;
        });
    },
    async remove(storeId: string, catalogueId: string): Promise<void> {
      const before = await custom(storeId, catalogueId);
      await deps.db.transaction(async () => {
        await repo.removeCatalogue(storeId, catalogueId);
        const summary = `Catalogue "${before.name}" deleted`;
        await record(storeId, catalogueId, 'catalogue-deleted', summary, { name: before.name }, null);
      });
    },

    /** Sets products' status in a catalogue (`base`: their base status); past the plan limit nothing changes. */
    async setStatus(
      storeId: string,
      catalogueId: string,
      status: ProductStatus,
      productGuids: string[],
    ): Promise<StatusChangeResult> {
      if (catalogueId === BASE_ID) return deps.base.setStatus(storeId, status, { productGuids });
      const { name } = await custom(storeId, catalogueId);
      return deps.db.transaction(async () => {
        const targets = await productsNamed(catalogue, storeId, productGuids);
        const current = await repo.statusesIn(
          storeId,
          catalogueId,
          targets.map((p) => p.guid),
        );
        const changing = targets.filter((p) => (current.get(p.guid) ?? 'hidden') !== status);
        const guids = changing.map((p) => p.guid);
        if (status === 'hidden') await repo.removeProducts(storeId, catalogueId, guids);
        else {
          const obsolete = changing.filter((p) => p.obsolete);
          if (obsolete.length > 0)
            throw new AppError(
              'product-obsolete',
              `Obsolete in Unleashed, so it cannot be shown: ${obsolete.map((p) => p.code).join(', ')}.`,
            );
          await assertRoomToList(deps, storeId, changing);
          await repo.setProductStatuses(storeId, catalogueId, guids, status);
        }
        if (changing.length > 0) {
          const codes = changing.map((p) => p.code);
          const statusOf = (p: { guid: string }) => current.get(p.guid) ?? 'hidden';
          await record(
            ...[storeId, catalogueId, 'catalogue-changed' as const],
            `${codes.join(', ')} made ${status} in catalogue "${name}"`,
            { products: Object.fromEntries(changing.map((p) => [p.code, statusOf(p)])) },
            { products: Object.fromEntries(codes.map((code) => [code, status])) },
          );
        }
        return statusChanged(deps, storeId, status, targets, changing);
      });
    },

    /** Assigns (or, with `assigned` false, unassigns) a customer of the store. */
    async assign(
      storeId: string,
      catalogueId: string,
      customerGuid: string,
      assigned: boolean,
    ): Promise<CatalogueView> {
      const before = await custom(storeId, catalogueId);
      if (assigned) await customerInStore(storeId, customerGuid);
      if (before.customerGuids.includes(customerGuid) === assigned) return view(before);
      return deps.db.transaction(async () => {
        await repo.assignCustomer(storeId, catalogueId, customerGuid, assigned);
        const after = await custom(storeId, catalogueId);
        const summary = `Customer ${customerGuid} ${assigned ? 'assigned to' : 'removed from'} catalogue "${before.name}"`;
        await record(
          ...[storeId, catalogueId, 'catalogue-customers-changed' as const, summary],
          { customerGuids: before.customerGuids },
          { customerGuids: after.customerGuids },
        );
        return view(after);
      });
    },
  };
}

export type CataloguesService = ReturnType<typeof createCataloguesService>;
