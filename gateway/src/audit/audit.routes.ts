// /admin/stores/{storeId}/audit: the audit trail (B5), filtered and paged, and its CSV export.
import { type Request, Router } from 'express';
import { sendCsvExport } from '../http/csv-export.ts';
import { pageRequest } from '../http/paging.ts';
import { AppError } from '../http/problems.ts';
import { csvRow } from '../orders/orders.csv.ts';
import type { StoresService } from '../stores/stores.service.ts';
import type { AuditEntry, AuditFilters, AuditReader } from './audit.types.ts';

const CSV_HEADER = [
  'When (UTC)',
  'Admin',
  'Acting as',
  'Buyer',
  'Kind',
  'Record type',
  'Record id',
  'Summary',
  'Before',
  'After',
];

function filtersOf(req: Request): AuditFilters {
  const q = req.query as Record<string, string | undefined>;
  if (q.from && q.to && q.to < q.from)
    throw new AppError('validation-failed', 'to must not be before from.', {
      errors: [{ field: 'to', message: 'must not be before from' }],
    });
  return {
    actor: q.actor,
    kind: q.kind,
    recordType: q.recordType,
    recordId: q.recordId,
    from: q.from,
    to: q.to,
  };
}

const json = (value: unknown) => (value === null ? '' : JSON.stringify(value));
const csvOf = (e: AuditEntry) =>
  csvRow([
    e.at,
    e.adminEmail ?? '',
    e.actingForCustomerGuid ?? '',
    e.buyerEmail ?? '',
    e.kind,
    e.recordType,
    e.recordId,
    e.summary,
    json(e.before),
    json(e.after),
  ]);

export function auditRouter(deps: {
  repo: AuditReader;
  stores: StoresService;
  retentionDays: number | null;
}): Router {
  const router = Router();
  router.get('/admin/stores/:storeId/audit', async (req, res) => {
    const store = await deps.stores.get(req.params.storeId);
    const request = pageRequest(req);
    const filters = filtersOf(req);
    const { items, total } = await deps.repo.list(store.id, filters, request);
    res.json({ ...request, total, items, retentionDays: deps.retentionDays });
  });
  router.get('/admin/stores/:storeId/audit/export.csv', async (req, res) => {
    const store = await deps.stores.get(req.params.storeId);
    const filters = filtersOf(req);
    await sendCsvExport(
      res,
      { name: 'audit', storeId: store.id, headerRow: csvRow(CSV_HEADER) },
      async (page) => (await deps.repo.list(store.id, filters, page)).items.map(csvOf),
    );
  });
  return router;
}
