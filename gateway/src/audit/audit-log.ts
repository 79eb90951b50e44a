// The audit trail's one writer (B5): `record` adds an entry in the caller's transaction (so a change and its
// entry commit together or not at all), naming the actor the request's guard put in scope (withAuditActor).
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { components } from '../../../openapi/generated/gateway.d.ts';
import type { Clock } from '../clock.ts';
import type { PortalDb } from '../db/database.ts';

export type AuditKind = components['schemas']['AuditKind'];
export type AuditRecordType = components['schemas']['AuditRecordType'];

/** Who acts: an admin (maybe acting as a customer), or a buyer on their own order or standing order. */
export interface AuditActor {
  adminId?: string;
  adminEmail?: string;
  actingForCustomerGuid?: string;
  buyerEmail?: string;
}

export interface AuditChange {
  /** The store concerned; null for the account (the plan). */
  storeId: string | null;
  kind: AuditKind;
  recordType: AuditRecordType;
  recordId: string;
  summary: string;
  /** The record before (null: created); only fields that differ from `after` are kept, secrets never. */
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

export interface AuditLog {
  record(change: AuditChange): Promise<void>;
  /** Runs `work` with `actor` as the one who acts (the guards do this per request). */
  as<T>(actor: AuditActor, work: () => T): T;
  /** The actor in scope, if any. */
  actor(): AuditActor | undefined;
}

const SECRET = /password|token|secret|apikey|api_key|hash/i;

const clean = (value: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(value).filter(([key, v]) => !SECRET.test(key) && v !== undefined));

/** Only the fields that changed, each side without secrets; a missing side stays null. */
export function changedFields(
  before?: Record<string, unknown> | null,
  after?: Record<string, unknown> | null,
) {
  const b = before ? clean(before) : null;
  const a = after ? clean(after) : null;
  if (!b || !a) return { before: b, after: a };
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter(
    (key) => JSON.stringify(b[key] ?? null) !== JSON.stringify(a[key] ?? null),
  );
  return {
    before: Object.fromEntries(keys.map((key) => [key, b[key] ?? null])),
    after: Object.fromEntries(keys.map((key) => [key, a[key] ?? null])),
  };
}

export function createAuditLog(db: PortalDb, clock: Clock): AuditLog {
  const scope = new AsyncLocalStorage<AuditActor>();
  return {
    as: (actor, work) => scope.run(actor, work),
    actor: () => scope.getStore(),
    async record(change) {
      const actor = scope.getStore() ?? {};
      const { before, after } = changedFields(change.before, change.after);
      await db.q
        .insertInto('auditEntries')
        .values({
          id: randomUUID(),
          at: clock.now().toISOString(),
          storeId: change.storeId,
          adminId: actor.adminId ?? null,
          adminEmail: actor.adminEmail ?? null,
          actingForCustomerGuid: actor.actingForCustomerGuid ?? null,
          buyerEmail: actor.buyerEmail ?? null,
          kind: change.kind,
          recordType: change.recordType,
          recordId: change.recordId,
          summary: change.summary,
          before: before === null ? null : JSON.stringify(before),
          after: after === null ? null : JSON.stringify(after),
        })
        .execute();
    },
  };
}
