// The audit trail (B5): who did what to which record, with the changed fields before and after, filtered by who,
// kind, record and days, paged newest first, and exported as CSV with the same filters.
import { useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import type { AuditEntry, AuditKind, AuditRecordType, Problem, Store } from '../../api/types.ts';
import { PageTitle, ProblemNote } from '../../ui/components.tsx';
import { DataTable } from '../../ui/data-table.tsx';
import { filterFields } from '../../ui/filter-fields.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { PagedList } from '../../ui/paged-list.tsx';
import { useLoad } from '../../ui/use-load.ts';
import { setFiltersOf, usePagedFilters } from '../../ui/use-paged-filters.ts';
import { AUDIT_KINDS, AUDIT_RECORD_TYPES } from './audit-labels.ts';

const PAGE_SIZE = 25;

interface Filters {
  actor: string;
  kind: AuditKind | '';
  recordType: AuditRecordType | '';
  recordId: string;
  from: string;
  to: string;
}

const NONE: Filters = { actor: '', kind: '', recordType: '', recordId: '', from: '', to: '' };

const changes = (entry: AuditEntry) => {
  const keys = [...new Set([...Object.keys(entry.before ?? {}), ...Object.keys(entry.after ?? {})])];
  const show = (value: unknown) => (value === undefined ? '—' : JSON.stringify(value));
  return keys.map((key) => `${key}: ${show(entry.before?.[key])} → ${show(entry.after?.[key])}`);
};

export function AuditPage({ store }: { store: Store }) {
  const storeId = store.id;
  const { filters, change, page, setPage, query, reloadKey } = usePagedFilters(NONE);
  const [exportProblem, setExportProblem] = useState<Problem>();
  const entries = useLoad(
    () =>
      api.GET('/admin/stores/{storeId}/audit', { params: { path: { storeId }, query: query(PAGE_SIZE) } }),
    [storeId, reloadKey],
  );
  const field = filterFields(filters, change);
  const set = (key: keyof Filters) => (e: { currentTarget: { value: string } }) =>
    change({ [key]: e.currentTarget.value });
  const exportCsv = async () => {
    setExportProblem(undefined);
    const { data, error, response } = await api.GET('/admin/stores/{storeId}/audit/export.csv', {
      params: { path: { storeId }, query: setFiltersOf(filters) },
      parseAs: 'blob',
    });
    if (error) return setExportProblem(error);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(data as Blob);
    link.download =
      /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? 'audit.csv';
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  };

  return (
    <section class="stack">
      <PageTitle>Audit trail</PageTitle>
      <p class="muted lead">
        Every admin action in {store.name}, and everything done while acting as a customer.
        {entries.data &&
          (entries.data.retentionDays === null
            ? ' Every entry is kept.'
            : ` Entries are kept for ${entries.data.retentionDays} days.`)}
      </p>
      <search class="filters" aria-label="Audit trail">
        {field.search('actor', { id: 'audit-actor', label: 'Admin', placeholder: 'Email' })}
        {field.choice('kind', { id: 'audit-kind', label: 'What', any: 'Anything', choices: AUDIT_KINDS })}
        {field.choice('recordType', {
          id: 'audit-record-type',
          label: 'Record',
          any: 'Any record',
          choices: AUDIT_RECORD_TYPES,
        })}
        {field.search('recordId', { id: 'audit-record-id', label: 'Record id' })}
        <div class="field">
          <label for="audit-from">From</label>
          <input id="audit-from" type="date" value={filters.from} onInput={set('from')} />
        </div>
        <div class="field">
          <label for="audit-to">To</label>
          <input id="audit-to" type="date" value={filters.to} onInput={set('to')} />
        </div>
        <button type="button" class="button secondary" onClick={exportCsv}>
          Export CSV
        </button>
      </search>
      {exportProblem && <ProblemNote problem={exportProblem} />}
      <PagedList
        loaded={entries}
        loading="Loading the audit trail…"
        empty={<p class="muted">No entries match.</p>}
        pager={{ label: 'Audit trail', page, pageSize: PAGE_SIZE, onPage: setPage }}
      >
        {(items) => (
          <DataTable
            columns={['When', 'Who', 'What', 'Changes']}
            rows={items}
            rowKey={(entry) => entry.id}
            cells={(entry) => (
              <>
                <td>{formatDateTime(entry.at)}</td>
                <td>
                  {entry.adminEmail ?? entry.buyerEmail ?? 'The portal'}
                  {entry.adminEmail && entry.actingForCustomerGuid && (
                    <span class="muted block">acting as a customer</span>
                  )}
                </td>
                <th scope="row">
                  {entry.summary}
                  <span class="muted block">
                    {AUDIT_KINDS[entry.kind]} · {AUDIT_RECORD_TYPES[entry.recordType]} {entry.recordId}
                  </span>
                </th>
                <td>
                  {changes(entry).map((line) => (
                    <span key={line} class="block">
                      {line}
                    </span>
                  ))}
                </td>
              </>
            )}
          />
        )}
      </PagedList>
    </section>
  );
}
