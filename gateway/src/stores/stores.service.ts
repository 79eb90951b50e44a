// Stores (R8): created and reconnected only with credentials Unleashed accepts, within the plan's store limit;
// settings checked against the account's warehouses and taxes; the API key sealed and never shown again.
import { randomUUID } from 'node:crypto';
import type { components } from '../../../openapi/generated/gateway.d.ts';
import type { AccountService } from '../account/account.service.ts';
import type { AuditChange, AuditLog } from '../audit/audit-log.ts';
import { isUniqueViolation } from '../catalogue/page-writes.ts';
import type { Clock } from '../clock.ts';
import { AppError } from '../http/problems.ts';
import type { SecretBox } from '../security/secret-box.ts';
import type { ClientTuning } from '../unleashed/client-factory.ts';
import type { UnleashedAccountFacts } from '../unleashed/mapper-account.ts';
import { checkConnection } from './connection-check.ts';
import { mergeOrderStatuses, orderSettings } from './order-settings.ts';
import { checkBranding } from './store-branding.ts';
import { pickStoreSettings, type StoreSettings } from './store-settings.ts';
import { freeSlug, slugOf } from './store-slug.ts';
import type { StoresRepo } from './stores.repo.ts';
import { type Store, storeBranding, storeDisplay, storeSlug } from './stores.types.ts';

export type PublicStore = components['schemas']['Store'];
export type StoreCreate = components['schemas']['StoreCreate'];
export type { StoreSettings };
export type Credentials = components['schemas']['UnleashedCredentials'];

export const DEFAULT_UNLEASHED_URL = 'https://api.unleashedsoftware.com';

export function toPublicStore(store: Store): PublicStore {
  const { unleashed, brandColour: _colour, bannerText: _banner, logoVersion: _logo, ...rest } = store;
  return {
    ...rest,
    branding: storeBranding(store),
    slug: storeSlug(store),
    ...storeDisplay(store),
    standingOrdersEnabled: store.standingOrdersEnabled ?? true,
    ...orderSettings(store),
    unleashed: { apiId: unleashed.apiId, baseUrl: unleashed.baseUrl, connectedAt: unleashed.connectedAt },
  };
}

export interface StoresService {
  list(): Promise<Store[]>;
  get(id: string): Promise<Store>;
  /** The store, or undefined when there is none (one indexed read). */
  find(id: string): Promise<Store | undefined>;
  /** The store at this address (`/s/{slug}/`), or undefined. */
  findBySlug(slug: string): Promise<Store | undefined>;
  create(input: StoreCreate): Promise<Store>;
  update(id: string, settings: StoreSettings): Promise<Store>;
  reconnect(id: string, credentials: Credentials): Promise<Store>;
  /** Told after a store's settings change (e.g. to reschedule its sync). */
  onChange(listener: (store: Store) => void): void;
}

function checkSettings(settings: StoreSettings, facts: UnleashedAccountFacts): void {
  const codes = new Set(facts.warehouses.map((w) => w.code));
  const unknown = [
    ...(settings.warehouseCodes ?? []),
    ...(settings.orderWarehouseCode ? [settings.orderWarehouseCode] : []),
  ].filter((code) => !codes.has(code));
  if (unknown.length > 0) {
    throw new AppError(
      'unknown-warehouse',
      `Unleashed has no warehouse ${unknown.join(', ')}; it has ${[...codes].join(', ')}.`,
    );
  }
  if (settings.taxCode && !facts.revenueTaxes.some((t) => t.code === settings.taxCode)) {
    throw new AppError(
      'unknown-tax-code',
      `Unleashed has no revenue tax ${settings.taxCode}; it has ${facts.revenueTaxes.map((t) => t.code).join(', ')}.`,
    );
  }
}

export function createStoresService(deps: {
  repo: StoresRepo;
  account: AccountService;
  secrets: SecretBox;
  clock: Clock;
  tuning: ClientTuning;
  audit: AuditLog;
  transaction: <T>(work: () => Promise<T>) => Promise<T>;
}): StoresService {
  const { repo, account, secrets, clock, tuning } = deps;
  const listeners: ((store: Store) => void)[] = [];
  const slugTaken = () =>
    new AppError('validation-failed', 'Another store has this address already.', {
      errors: [{ field: 'slug', message: 'is taken by another store' }],
    });
  /** Saves the store and its audit entry together (B5), then tells the listeners. */
  const changed = async (store: Store, change: Omit<AuditChange, 'storeId' | 'recordType' | 'recordId'>) => {
    try {
      await deps.transaction(async () => {
        await repo.save(store);
        await deps.audit.record({ ...change, storeId: store.id, recordType: 'store', recordId: store.id });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw slugTaken();
      throw error;
    }
    for (const listener of listeners) listener(store);
    return store;
  };
  const factsFor = (credentials: Credentials) =>
    checkConnection(
      {
        apiId: credentials.apiId,
        apiKey: credentials.apiKey,
        baseUrl: credentials.baseUrl ?? DEFAULT_UNLEASHED_URL,
      },
      tuning,
    );

  const service: StoresService = {
    list: () => repo.list(),
    find: (id) => repo.get(id),
    findBySlug: (slug) => repo.findBySlug(slug),
    async get(id) {
      const store = await repo.get(id);
      if (!store) throw new AppError('not-found', `There is no store ${id}.`);
      return store;
    },
    async create(input) {
      const branding = checkBranding({ brandColour: input.brandColour, bannerText: input.bannerText });
      await account.assertRoom('stores', (await repo.list()).length, 1);
      const facts = await factsFor(input.unleashed);
      checkSettings(input, facts);
      const defaultWarehouse = facts.warehouses.find((w) => w.isDefault) ?? facts.warehouses[0];
      const tax =
        facts.revenueTaxes.find((t) => t.code === input.taxCode) ??
        facts.revenueTaxes.find((t) => t.rate > 0) ??
        facts.revenueTaxes[0];
      const now = clock.now().toISOString();
      const taken = new Set((await repo.list()).map(storeSlug));
      return changed(
        {
          id: randomUUID(),
          name: input.name,
          slug: input.slug ?? freeSlug(slugOf(input.name), taken),
          adminEmail: input.adminEmail.toLowerCase(),
          importStatus: input.importStatus ?? 'Parked',
          warehouseCodes: input.warehouseCodes ?? (defaultWarehouse ? [defaultWarehouse.code] : []),
          orderWarehouseCode: input.orderWarehouseCode ?? defaultWarehouse?.code ?? '',
          taxCode: input.taxCode ?? tax?.code ?? '',
          defaultTaxRate: input.defaultTaxRate ?? tax?.rate ?? 0,
          syncIntervalMinutes: input.syncIntervalMinutes ?? 15,
          autoAddCustomers: input.autoAddCustomers ?? true,
          outOfStockPolicy: input.outOfStockPolicy ?? 'visible',
          showStockCounts: input.showStockCounts ?? true,
          standingOrdersEnabled: input.standingOrdersEnabled ?? true,
          orderStatuses: input.orderStatuses,
          orderRequestEmailToBuyer: input.orderRequestEmailToBuyer,
          orderRequestEmailToAdmin: input.orderRequestEmailToAdmin,
          brandColour: branding.brandColour ?? null,
          bannerText: branding.bannerText ?? null,
          unleashed: {
            apiId: input.unleashed.apiId,
            apiKey: secrets.seal(input.unleashed.apiKey),
            baseUrl: input.unleashed.baseUrl ?? DEFAULT_UNLEASHED_URL,
            connectedAt: now,
          },
          createdAt: now,
        },
        {
          kind: 'store-settings-changed',
          summary: `Store ${input.name} created`,
          before: null,
          after: { name: input.name },
        },
      );
    },
    async update(id, body) {
      const settings = checkBranding(pickStoreSettings(body));
      const store = await service.get(id);
      if (settings.warehouseCodes || settings.orderWarehouseCode || settings.taxCode) {
        checkSettings(
          settings,
          await factsFor({ ...store.unleashed, apiKey: secrets.open(store.unleashed.apiKey) }),
        );
      }
      const next: Store = {
        ...store,
        ...settings,
        orderStatuses: mergeOrderStatuses(store.orderStatuses, settings.orderStatuses),
      } as Store;
      if (settings.adminEmail) next.adminEmail = settings.adminEmail.toLowerCase();
      const holder = settings.slug ? await repo.findBySlug(settings.slug) : undefined;
      if (holder && holder.id !== id) throw slugTaken();
      const fields = Object.keys(settings) as (keyof Store)[];
      const pick = (s: Store) => Object.fromEntries(fields.map((field) => [field, s[field] ?? null]));
      return changed(next, {
        ...{ kind: 'store-settings-changed', summary: `Settings changed: ${fields.join(', ')}` },
        ...{ before: pick(store), after: pick(next) },
      });
    },
    async reconnect(id, credentials) {
      const store = await service.get(id);
      const baseUrl = credentials.baseUrl ?? store.unleashed.baseUrl;
      const facts = await factsFor({ ...credentials, baseUrl });
      checkSettings(store, facts);
      return changed(
        {
          ...store,
          unleashed: {
            apiId: credentials.apiId,
            apiKey: secrets.seal(credentials.apiKey),
            baseUrl,
            connectedAt: clock.now().toISOString(),
          },
        },
        {
          ...{ kind: 'store-settings-changed', summary: 'Unleashed connection changed' },
          ...{ before: { apiId: store.unleashed.apiId, baseUrl: store.unleashed.baseUrl } },
          after: { apiId: credentials.apiId, baseUrl },
        },
      );
    },
    onChange: (listener) => {
      listeners.push(listener);
    },
  };
  return service;
}
