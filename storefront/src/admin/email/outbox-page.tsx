// The outbox (B6): every email the store sent or is sending, newest first, filtered by status and paged; a
// message opens with its rendered body (the gateway masks links that carry tokens). The page says how long
// emails are kept: for good unless the gateway is set to prune them.
import { useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import type { OutboxStatus, OutboxSummary, Store } from '../../api/types.ts';
import { PageTitle } from '../../ui/components.tsx';
import { DataTable } from '../../ui/data-table.tsx';
import { StatusFilterBar } from '../../ui/filter-fields.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { PagedList } from '../../ui/paged-list.tsx';
import { useLoad } from '../../ui/use-load.ts';
import { usePagedFilters } from '../../ui/use-paged-filters.ts';
import { OUTBOX_STATUS } from './outbox-labels.ts';
import { OutboxMessagePanel } from './outbox-message.tsx';

const PAGE_SIZE = 25;

/** B6: how long sent and failed emails stay in the outbox. */
const keptFor = (days: number | null) =>
  days === null
    ? 'Every email is kept.'
    : `Sent and failed emails are kept for ${days} ${days === 1 ? 'day' : 'days'}, then removed.`;

export function OutboxPage({ store }: { store: Store }) {
  const storeId = store.id;
  const paging = usePagedFilters<{ status: OutboxStatus | '' }>({ status: '' });
  const [open, setOpen] = useState<OutboxSummary>();
  const outbox = useLoad(
    () =>
      api.GET('/admin/stores/{storeId}/outbox', {
        params: { path: { storeId }, query: paging.query(PAGE_SIZE) },
      }),
    [storeId, paging.reloadKey],
  );

  return (
    <section class="stack">
      <PageTitle>Outbox</PageTitle>
      <p class="muted lead">
        Every email {store.name} sends, with its delivery status. Failed sends are retried.
        {outbox.data && ` ${keptFor(outbox.data.retentionDays)}`}
      </p>
      <StatusFilterBar label="Outbox" id="outbox-status" choices={OUTBOX_STATUS} paging={paging} />
      <PagedList
        loaded={outbox}
        loading="Loading the outbox…"
        empty={<p class="muted">No emails here yet.</p>}
        pager={{ label: 'Outbox', page: paging.page, pageSize: PAGE_SIZE, onPage: paging.setPage }}
      >
        {(items) => (
          <DataTable
            columns={['Subject', 'To', 'Status', 'Created']}
            rows={items}
            rowKey={(message) => message.id}
            cells={(message) => (
              <>
                <th scope="row">
                  <button type="button" class="link-button" onClick={() => setOpen(message)}>
                    {message.subject}
                  </button>
                </th>
                <td>{message.to}</td>
                <td>
                  <span class={`badge outbox-${message.status}`}>{OUTBOX_STATUS[message.status]}</span>
                  {message.lastError && <span class="error-text block">{message.lastError}</span>}
                  {message.status !== 'sent' && message.nextAttemptAt && (
                    <span class="muted block">Next try {formatDateTime(message.nextAttemptAt)}</span>
                  )}
                </td>
                <td>{formatDateTime(message.createdAt)}</td>
              </>
            )}
          />
        )}
      </PagedList>
      {open && <OutboxMessagePanel storeId={storeId} summary={open} onClose={() => setOpen(undefined)} />}
    </section>
  );
}
