// Reading the audit trail (table `audit_entries`): a store's entries with the account-wide ones, filtered and
// paged newest first, and the retention sweep. Entries are never updated.
import type { PortalDb } from '../db/database.ts';
import type { AuditEntry, AuditFilters, AuditReader } from './audit.types.ts';

export interface AuditRepo extends AuditReader {
  deleteBefore(before: Date): Promise<number>;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString();

export function createAuditRepo(db: PortalDb): AuditRepo {
  const filtered = (storeId: string, f: AuditFilters) => {
    let query = db.q
      .selectFrom('auditEntries')
      .where((eb) => eb.or([eb('storeId', '=', storeId), eb('storeId', 'is', null)]));
    if (f.actor) query = query.where('adminEmail', 'ilike', `%${escapeLike(f.actor)}%`);
    if (f.kind) query = query.where('kind', '=', f.kind);
    if (f.recordType) query = query.where('recordType', '=', f.recordType);
    if (f.recordId) query = query.where('recordId', '=', f.recordId);
    if (f.from) query = query.where('at', '>=', `${f.from}T00:00:00.000Z`);
    if (f.to) query = query.where('at', '<', nextDay(f.to));
    return query;
  };
  return {
    async list(storeId, filters, { page, pageSize }) {
      const [rows, count] = await Promise.all([
        filtered(storeId, filters)
          .selectAll()
          .orderBy('at', 'desc')
          .orderBy('seq', 'desc')
          .limit(pageSize)
          .offset((page - 1) * pageSize)
          .execute(),
        filtered(storeId, filters)
          .select((eb) => eb.fn.countAll<number>().as('total'))
          .executeTakeFirstOrThrow(),
      ]);
      const items = rows.map(({ seq: _seq, storeId: _store, ...row }) => ({
        ...row,
        kind: row.kind as AuditEntry['kind'],
        recordType: row.recordType as AuditEntry['recordType'],
      }));
      return { items, total: Number(count.total) };
    },
    async deleteBefore(before) {
      const result = await db.q
        .deleteFrom('auditEntries')
        .where('at', '<', before.toISOString())
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
