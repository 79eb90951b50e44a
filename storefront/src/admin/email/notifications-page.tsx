// The admin's notifications (R13): e.g. a contact tried to accept an invitation that had expired, so the admin
// can resend it from the customers page.
import { api } from '../../api/client.ts';
import type { Store } from '../../api/types.ts';
import { href } from '../../router.ts';
import { PageTitle } from '../../ui/components.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { LoadView } from '../../ui/load-view.tsx';
import { useLoad } from '../../ui/use-load.ts';

const KINDS = { 'invitation-expired': 'Expired invitation' } as const;

export function NotificationsPage({ store }: { store: Store }) {
  const notifications = useLoad(
    () => api.GET('/admin/stores/{storeId}/notifications', { params: { path: { storeId: store.id } } }),
    [store.id],
  );
  return (
    <section class="stack">
      <PageTitle>Notifications</PageTitle>
      <LoadView
        loaded={notifications}
        loading="Loading notifications…"
        isEmpty={(data) => data.items.length === 0}
        empty={<p class="muted">Nothing needs your attention.</p>}
      >
        {(data) => (
          <ul class="notifications">
            {data.items.map((n) => (
              <li key={n.id} class="card">
                <p>
                  <span class="badge">{KINDS[n.kind]}</span>{' '}
                  <span class="muted">{formatDateTime(n.createdAt)}</span>
                </p>
                <p>{n.message}</p>
                <a href={href('/admin/customers')}>Go to customers to resend the invitation</a>
              </li>
            ))}
          </ul>
        )}
      </LoadView>
    </section>
  );
}
