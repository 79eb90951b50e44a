// The admin's landing page (issue 16 item 8): today's orders, orders waiting for or failing import into
// Unleashed, sync health, pending and expired invitations and the standing orders due this week, each card
// linking to the page where the admin acts on it.
import type { ComponentChildren } from 'preact';
import { api } from '../../api/client.ts';
import type { Store, StoreDashboard } from '../../api/types.ts';
import { routeWith } from '../../buyer/route-query.ts';
import { href } from '../../router.ts';
import { PageTitle } from '../../ui/components.tsx';
import { Fact } from '../../ui/fact.tsx';
import { formatDateTime, formatNumber } from '../../ui/format.ts';
import { LoadView } from '../../ui/load-view.tsx';
import { formatMoney } from '../../ui/money.ts';
import { useLoad } from '../../ui/use-load.ts';
import { syncSentence } from './sync-sentence.ts';
import './dashboard.css';

export function DashboardPage({ store }: { store: Store }) {
  const dashboard = useLoad(
    () => api.GET('/admin/stores/{storeId}/dashboard', { params: { path: { storeId: store.id } } }),
    [store.id],
  );
  return (
    <div class="stack">
      <PageTitle>Dashboard</PageTitle>
      <LoadView loaded={dashboard} loading="Loading the dashboard…">
        {(figures) => <Cards figures={figures} />}
      </LoadView>
    </div>
  );
}

/** One dashboard card: its title, its figures (label and value) in a list of facts, then the rest. */
function Card(props: {
  id: string;
  title: string;
  figures?: readonly (readonly [label: string, value: string])[];
  children: ComponentChildren;
}) {
  return (
    <section class="card dashboard-card" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {props.figures && (
        <dl class="facts">
          {props.figures.map(([label, value]) => (
            <Fact key={label} term={label} valueClass="figure">
              {value}
            </Fact>
          ))}
        </dl>
      )}
      {props.children}
    </section>
  );
}

function Cards({ figures }: { figures: StoreDashboard }) {
  const { day, todaysOrders, imports, sync, invitations, standingOrders } = figures;
  return (
    <div class="dashboard">
      <Card
        id="dash-today"
        title="Today’s orders"
        figures={[
          ['Orders', formatNumber(todaysOrders.count)],
          ['Total', formatMoney(todaysOrders.total)],
        ]}
      >
        <a href={href(routeWith('/admin/orders', { placedFrom: day, placedTo: day }))}>See today’s orders</a>
      </Card>
      <Card
        id="dash-imports"
        title="Orders to Unleashed"
        figures={[
          ['Waiting to be sent', formatNumber(imports.waiting)],
          ['Not sent', formatNumber(imports.failed)],
        ]}
      >
        {imports.failedOrders.length > 0 && (
          <ul class="dashboard-list" aria-label="Orders not sent">
            {imports.failedOrders.map((order) => (
              <li key={order.id}>
                <strong>{order.customerName ?? order.customerCode}</strong> · {formatMoney(order.total)} ·{' '}
                {formatDateTime(order.createdAt)}
                {order.importError && <span class="error-text block">{order.importError}</span>}
              </li>
            ))}
          </ul>
        )}
        {imports.failed > 0 && (
          <a href={href(routeWith('/admin/orders', { importState: 'failed' }))}>See the orders not sent</a>
        )}
      </Card>
      <Card id="dash-sync" title="Sync">
        <p class={sync.lastRunStatus === 'failed' ? 'error-text' : undefined}>{syncSentence(sync)}</p>
        {sync.nextRunAt && <p class="muted">Next sync {formatDateTime(sync.nextRunAt)}.</p>}
        <a href={href('/admin/sync')}>Open the sync page</a>
      </Card>
      <Card
        id="dash-invitations"
        title="Invitations"
        figures={[
          ['Waiting for an answer', formatNumber(invitations.pending)],
          ['Expired', formatNumber(invitations.expired)],
        ]}
      >
        <a href={href('/admin/customers')}>Open the customers</a>
      </Card>
      <Card
        id="dash-standing"
        title="Standing orders due this week"
        figures={[['Due in the next 7 days', formatNumber(standingOrders.dueThisWeek)]]}
      >
        {standingOrders.items.length > 0 && (
          <ul class="dashboard-list" aria-label="Standing orders due">
            {standingOrders.items.map((o) => (
              <li key={o.id}>
                <strong>{o.name}</strong> · {o.customerCode} · {o.nextRunDate}
              </li>
            ))}
          </ul>
        )}
        <a href={href('/admin/standing-orders')}>Open the standing orders</a>
      </Card>
    </div>
  );
}
