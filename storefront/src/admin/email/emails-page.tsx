// Every email the store sends (issue 16 item 9): what it is, when it goes out, and whether the store uses its
// own wording or the default; each opens in the editor with its live preview.
import { api } from '../../api/client.ts';
import type { Store } from '../../api/types.ts';
import { href } from '../../router.ts';
import { Loading, PageTitle, ProblemNote } from '../../ui/components.tsx';
import { formatDateTime } from '../../ui/format.ts';
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
      {emails.state === 'loading' && <Loading label="Loading the emails…" />}
      {emails.state === 'failed' && <ProblemNote problem={emails.problem} onRetry={emails.reload} />}
      {emails.state === 'ready' && (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Email</th>
                <th scope="col">Sent</th>
                <th scope="col">Wording</th>
              </tr>
            </thead>
            <tbody>
              {emails.data.items.map((email) => (
                <tr key={email.name}>
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
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
