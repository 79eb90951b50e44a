// Acting as a customer (R22): an admin gets a separate acting session in which every /store endpoint answers as
// the customer. The session is checked on every request (resolved once per store data version, see
// http/buyer-contexts.ts) and ends (recorded in the acting log) when stopped, when the admin's own session ends,
// or when the customer leaves the store.
import type { Admin } from '../admins/admins.service.ts';
import type { AuditLog } from '../audit/audit-log.ts';
import type { Clock } from '../clock.ts';
import type { CustomerDirectory } from '../customers/customers.service.ts';
import type { PageRequest } from '../http/paging.ts';
import { AppError } from '../http/problems.ts';
import type { Buyer } from '../invitations/invitations.types.ts';
import type { Session, SessionsService } from '../sessions/sessions.service.ts';
import type { StoresService } from '../stores/stores.service.ts';
import { buyerStoreOf } from '../stores/stores.types.ts';
import type { ActingRecord, ActingRepo } from './acting.repo.ts';

export type { ActingRecord };

import { type ActingLogEntry, type ActingSession, actingCartKey, type EndReason } from './acting.types.ts';

export interface ActingDeps {
  audit: AuditLog;
  transaction: <T>(work: () => Promise<T>) => Promise<T>;
  repo: ActingRepo;
  sessions: SessionsService;
  directory: CustomerDirectory;
  stores: StoresService;
  clock: Clock;
}

const toEntry = (r: ActingRecord): ActingLogEntry => ({
  id: r.id,
  admin: { id: r.adminId, email: r.adminEmail },
  customer: { guid: r.customerGuid, code: r.customerCode, name: r.customerName },
  startedAt: r.startedAt,
  endedAt: r.endedAt,
  endReason: r.endReason,
});

export function createActingService(deps: ActingDeps) {
  const { repo, sessions, directory, clock } = deps;

  /** Ends the acting session; when another request ended it first, its end stands. */
  const end = async (record: ActingRecord, endReason: EndReason): Promise<ActingRecord> => {
    const endedAt = clock.now().toISOString();
    const ended = (await repo.end(record.id, endedAt, endReason)) ?? { ...record, endedAt, endReason };
    await sessions.revoke(record.id);
    return ended;
  };

  /** Ends an open record whose session, admin session or customer is gone; returns it as it stands. */
  const settle = async (record: ActingRecord): Promise<ActingRecord> => {
    if (record.endedAt) return record;
    const acting = await sessions.listLive('acting', record.adminId);
    if (!acting.some((s) => s.id === record.id)) return end(record, 'session-ended');
    const admin = await sessions.listLive('admin', record.adminId);
    if (!admin.some((s) => s.id === record.adminSessionId)) return end(record, 'admin-signed-out');
    const customer = await directory.customer(record.storeId, record.customerGuid);
    if (!customer?.inStore) return end(record, 'customer-left-store');
    return record;
  };

  const buyerOf = async (record: ActingRecord): Promise<Buyer> => {
    const store = await deps.stores.get(record.storeId);
    return {
      store: buyerStoreOf(store),
      customer: { guid: record.customerGuid, code: record.customerCode, name: record.customerName },
      contact: {
        guid: actingCartKey(record.adminId, record.customerGuid),
        firstName: record.adminName,
        lastName: null,
        email: record.adminEmail,
      },
      acting: { adminEmail: record.adminEmail, adminName: record.adminName, startedAt: record.startedAt },
    };
  };

  return {
    /** Starts acting for a customer of the store; ends the admin's earlier acting session, if any. */
    async start(admin: Admin, adminSession: Session, storeId: string, customerGuid: string) {
      await deps.stores.get(storeId);
      const customer = await directory.customer(storeId, customerGuid);
      if (!customer) throw new AppError('not-found', `There is no customer ${customerGuid} in this store.`);
      if (!customer.inStore)
        throw new AppError('customer-not-in-store', `Add ${customer.code} to the store before acting as it.`);
      for (const open of await repo.listOpen(admin.id)) {
        const settled = await settle(open);
        if (!settled.endedAt) await end(settled, 'replaced');
      }
      const { token, session } = await sessions.start('acting', admin.id, storeId);
      const record: ActingRecord = {
        id: session.id,
        storeId,
        adminId: admin.id,
        adminEmail: admin.email,
        adminName: admin.name,
        adminSessionId: adminSession.id,
        customerGuid: customer.guid,
        customerCode: customer.code,
        customerName: customer.name,
        startedAt: clock.now().toISOString(),
        endedAt: null,
        endReason: null,
      };
      await deps.transaction(async () => {
        await repo.save(record);
        await deps.audit.record({
          ...{ storeId, kind: 'acting-started', recordType: 'customer', recordId: customer.guid },
          summary: `Started acting as ${customer.code} ${customer.name}`,
          ...{ before: null, after: { acting: true } },
        });
      });
      const result: ActingSession = { token, expiresAt: session.expiresAt, buyer: await buyerOf(record) };
      return result;
    },

    /** Ends the admin's acting sessions in the store ("Stop Acting as Customer"); returns how many. */
    async stop(adminId: string, storeId: string): Promise<number> {
      await deps.stores.get(storeId);
      let stopped = 0;
      for (const open of (await repo.listOpen(adminId)).filter((r) => r.storeId === storeId)) {
        const settled = await settle(open);
        if (settled.endedAt) continue;
        await deps.transaction(async () => {
          await end(settled, 'stopped');
          await deps.audit.record({
            ...{ storeId, kind: 'acting-stopped', recordType: 'customer', recordId: settled.customerGuid },
            summary: `Stopped acting as ${settled.customerCode} ${settled.customerName}`,
            ...{ before: { acting: true }, after: { acting: false } },
          });
        });
        stopped++;
      }
      return stopped;
    },

    /** The buyer an acting session answers as, or undefined once acting has ended (the end is recorded). */
    async resolve(
      session: Session,
    ): Promise<{ buyer: Buyer; record: ActingRecord; until: string } | undefined> {
      const found = session.kind === 'acting' ? await repo.get(session.id) : undefined;
      const record = found && (await settle(found));
      if (!record || record.endedAt) return undefined;
      const admin = (await sessions.listLive('admin', record.adminId)).find(
        (s) => s.id === record.adminSessionId,
      );
      if (!admin) return undefined;
      return { buyer: await buyerOf(record), record, until: admin.expiresAt };
    },

    /** One page of the store's acting log, newest first, its sessions that ended unseen settled first. */
    async log(storeId: string, page: PageRequest) {
      await deps.stores.get(storeId);
      const { items, total } = await repo.listByStore(storeId, page);
      const entries: ActingLogEntry[] = await Promise.all(items.map(async (r) => toEntry(await settle(r))));
      return { items: entries, page: page.page, pageSize: page.pageSize, total };
    },
  };
}

export type ActingService = ReturnType<typeof createActingService>;
