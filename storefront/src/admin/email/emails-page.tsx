// Every email the store sends (issue 16 item 9): what it is, when it goes out, and whether the store uses its
// own wording or the default; each opens in the editor with its live preview.
import { api } from '../../api/client.ts';
import type { Store } from '../../api/types.ts';
import { href } from '../../router.ts';
import { PageTitle } from '../../ui/components.tsx';
import { DataTable } from '../../ui/data-table.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { LoadView } from '../../ui/load-view.tsx';
import { useLoad } from '../../ui/use-load.ts';

export function EmailsPage({ store }: { store: Store }) {
  const emails = useLoad(
    () => api.GET('/admin/stores/{storeId}/email-templates', { params: { path: { storeId: store.id } } }),
    [store.id],
  );
  return (
    <section class="stack">
      <PageTitle>Emails</PageTitle>
      <p class="muted lead">
        Every email {store.name} sends. Open one to change its subject and wording and to preview it; order
        lines, totals and statuses are always added below your text.
      </p>
      <LoadView loaded={emails} loading="Loading the emails…">
        {(data) => (
          <DataTable
            columns={['Email', 'Sent', 'Wording']}
            rows={data.items}
            rowKey={(email) => email.name}
            cells={(email) => (
              <>
                <th scope="row">
                  <a href={href(`/admin/emails/${email.name}`)}>{email.title}</a>
                </th>
                <td>{email.sentWhen}</td>
                <td>
                  <span class={`badge ${email.isDefault ? 'template-default' : 'template-edited'}`}>
                    {email.isDefault ? 'Default' : 'Edited'}
                  </span>
                  {email.updatedAt && <span class="muted block">{formatDateTime(email.updatedAt)}</span>}
                </td>
              </>
            )}
          />
        )}
      </LoadView>
    </section>
  );
}
