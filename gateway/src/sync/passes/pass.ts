// What every resource pass gets (PassContext) and the small helpers they share: counting what changed, and
// stopping between pages when the engine is asked to stop.
import { isDeepStrictEqual } from 'node:util';
import type { CatalogueSyncTarget } from '../../catalogue/catalogue.reader.ts';
import type { CustomerSyncTarget } from '../../customers/customers.reader.ts';
import type { OrderUpdates } from '../../orders/order-updates.ts';
import type { Store } from '../../stores/stores.types.ts';
import type { UnleashedClient } from '../../unleashed/client.ts';
import type { ListReader, ReadPage, StoreScope } from '../../unleashed/operations.ts';
import type { CursorHandle } from '../cursors.ts';
import type { ResourceResult, SkippedItem } from '../sync.types.ts';

/** Remaining room for customers and listed products in a store under its plan (R7); null = unlimited. */
export interface PlanRoom {
  customersAllowed(storeId: string): Promise<number | null>;
  /** The sentence naming the plan that has room for more (R7: a skip names it). */
  customersLift(storeId: string): Promise<string>;
  productsAllowed(storeId: string): Promise<number | null>;
  productsLift(storeId: string): Promise<string>;
}

/** Buyer logins of contacts (a later issue); the sync only ever revokes them. */
export interface ContactSessions {
  revokeContact(storeId: string, contactGuid: string): Promise<void>;
}

export interface PassContext {
  store: Store;
  client: UnleashedClient;
  /** Aborted when the engine stops: passes stop between pages (see throwIfStopped). */
  signal: AbortSignal;
  /** Now, ISO. */
  now(): string;
  pageSize: number;
  /** This resource's result in the run record: passes add to its counts and skipped list. */
  result: ResourceResult;
  /** Records progress in the run (and persists it). */
  progress(pagesDone: number, pagesTotal: number | null): Promise<void>;
  /** This resource's cursor (or one partition of it, e.g. a warehouse). */
  openCursor(partition?: string): Promise<CursorHandle>;
  /** The partitions this resource has cursors for, and forgetting one (its next pass reads everything). */
  listPartitions(): Promise<string[]>;
  dropPartition(partition: string): Promise<void>;
  catalogue: CatalogueSyncTarget;
  customers: CustomerSyncTarget;
  orders: OrderUpdates;
  limits: PlanRoom;
  sessions: ContactSessions;
  /** Stores a page and its cursor checkpoint together: a crash between them leaves neither. */
  transaction<T>(work: () => Promise<T>): Promise<T>;
}

export type Pass = (ctx: PassContext) => Promise<void>;

/** What applying records needs, in a pass or for one record a webhook named (no paging, no cursors). */
export type ApplyContext = Pick<
  PassContext,
  | 'store'
  | 'client'
  | 'now'
  | 'result'
  | 'catalogue'
  | 'customers'
  | 'orders'
  | 'limits'
  | 'sessions'
  | 'transaction'
>;

/** Written in the same transaction as a page's records (a pass's cursor checkpoint). */
export type AlsoInTransaction = () => Promise<void>;

/** Thrown between pages once the engine is stopping; the run is then recorded as interrupted. */
export class SyncInterrupted extends Error {
  constructor() {
    super('Stopped before the pass finished; the next run resumes where it stopped.');
  }
}

/** Between pages: ends the pass when the engine is stopping. */
export function throwIfStopped(signal: AbortSignal): void {
  if (signal.aborted) throw new SyncInterrupted();
}

/** How a pass reads Unleashed lists: its store's client and page size, stopping between pages with the engine. */
export const listReader = (ctx: PassContext): ListReader => ({
  client: ctx.client,
  pageSize: ctx.pageSize,
  checkStopped: () => throwIfStopped(ctx.signal),
});

/** The store records are mapped for, and their sync time. */
export const scopeOf = (ctx: Pick<PassContext, 'store' | 'now'>): StoreScope => ({
  storeId: ctx.store.id,
  now: ctx.now,
});

/** Fields that change on every sync or with every touch and so do not make a record "changed". */
const VOLATILE = ['syncedAt', 'modifiedAt', 'updatedAt'];

function withoutVolatile(record: object): object {
  return Object.fromEntries(Object.entries(record).filter(([name]) => !VOLATILE.includes(name)));
}

/**
 * Counts `after` as added (no `before`) or changed (it differs, ignoring sync timestamps) in `result`, and says
 * whether it needs writing. An unchanged record is neither counted nor written, so a repeated page is harmless.
 */
export function tally<T extends object>(result: ResourceResult, before: T | undefined, after: T): boolean {
  if (!before) {
    result.added++;
    return true;
  }
  if (isDeepStrictEqual(withoutVolatile(before), withoutVolatile(after))) return false;
  result.changed++;
  return true;
}

/** Reports something the pass left out or cannot use, with why (B1). */
export function skip(result: ResourceResult, item: SkippedItem): void {
  result.skipped.push(item);
}

/** An Unleashed list operation: a resource's records changed since a time (null: all), page by page. */
export type ListChanges<T> = (
  reader: ListReader,
  scope: StoreScope,
  since: string | null,
) => AsyncIterable<ReadPage<T>>;

/**
 * A pass over a whole resource: its records changed since the cursor, page by page. `apply` stores a page and
 * may run `also` (the cursor's checkpoint) in the same transaction; the cursor then completes at the newest
 * change read.
 */
export async function passOverChanges<T>(
  ctx: PassContext,
  listChanges: ListChanges<T>,
  apply: (items: T[], also: AlsoInTransaction) => Promise<void>,
): Promise<void> {
  const cursor = await ctx.openCursor();
  let newest: string | null = null;
  for await (const page of listChanges(listReader(ctx), scopeOf(ctx), cursor.start)) {
    await apply(page.items, async () => {
      if (page.resumeFrom) await cursor.checkpoint(page.resumeFrom);
    });
    newest = page.newest;
    await ctx.progress(page.pagesDone, page.pagesTotal);
  }
  await cursor.complete(newest);
}
