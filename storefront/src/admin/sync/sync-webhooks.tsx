// The store's Unleashed webhooks on the Sync page (B1): which events are subscribed (or why not), the last
// delivery received, failures and refused deliveries, and what each recent event changed.
import { api } from '../../api/client.ts';
import type { WebhookEventRecord, WebhookStatus } from '../../api/types.ts';
import { Loading, Notice, ProblemNote } from '../../ui/components.tsx';
import { DataTable } from '../../ui/data-table.tsx';
import { Fact } from '../../ui/fact.tsx';
import { formatDateTime, formatNumber } from '../../ui/format.ts';
import { useLoad } from '../../ui/use-load.ts';

const STATES: Record<WebhookStatus['subscription']['state'], string> = {
  none: 'Not subscribed',
  pending: 'Subscribing…',
  subscribed: 'Subscribed',
  failed: 'Not subscribed',
  disabled: 'Turned off',
};

const OUTCOMES: Record<WebhookEventRecord['outcome'], string> = {
  pending: 'Waiting',
  changed: 'Changed',
  unchanged: 'No change',
  ignored: 'Ignored',
  failed: 'Failed',
};

export function WebhooksCard({ storeId }: { storeId: string }) {
  const status = useLoad(
    () =>
      api.GET('/admin/stores/{storeId}/webhooks', { params: { path: { storeId }, query: { limit: 20 } } }),
    [storeId],
  );
  return (
    <section class="card" aria-labelledby="sync-webhooks">
      <h2 id="sync-webhooks">Live updates from Unleashed</h2>
      {status.state === 'loading' && <Loading label="Loading the webhook status…" />}
      {status.state === 'failed' && <ProblemNote problem={status.problem} onRetry={status.reload} />}
      {status.state === 'ready' && <WebhookFacts status={status.data} onRefresh={status.reload} />}
    </section>
  );
}

function WebhookFacts({ status, onRefresh }: { status: WebhookStatus; onRefresh: () => void }) {
  const { subscription, rejectedDeliveries } = status;
  return (
    <>
      <p class="muted">
        Unleashed tells the store about completed orders and changed products and customers within seconds;
        the scheduled sync still catches anything missed.
      </p>
      <dl class="facts">
        <Fact term="Webhooks">
          <span class={`badge status-${subscription.state === 'subscribed' ? 'succeeded' : 'failed'}`}>
            {STATES[subscription.state]}
          </span>
        </Fact>
        <Fact term="Events">
          {subscription.eventTypes.length > 0 ? subscription.eventTypes.join(', ') : 'None'}
        </Fact>
        <Fact term="Last delivery received">
          {status.lastReceivedAt ? formatDateTime(status.lastReceivedAt) : 'None yet'}
        </Fact>
        <Fact term="Failed follow-ups">{formatNumber(status.failedEvents)}</Fact>
        <Fact term="Refused deliveries">
          {formatNumber(rejectedDeliveries.count)}
          {rejectedDeliveries.lastAt &&
            ` (last ${formatDateTime(rejectedDeliveries.lastAt)}: ${rejectedDeliveries.lastReason})`}
        </Fact>
      </dl>
      {subscription.error && <Notice>{subscription.error}</Notice>}
      {subscription.leftBehind && (
        <Notice>
          The Unleashed account this store was connected to before ({subscription.leftBehind.apiId}) still
          holds the store's webhook subscription {subscription.leftBehind.subscriptionId}.{' '}
          {subscription.leftBehind.reason}
        </Notice>
      )}
      <div class="actions">
        <button type="button" class="button" onClick={onRefresh}>
          Refresh
        </button>
      </div>
      <RecentEvents events={status.recentEvents} />
    </>
  );
}

function RecentEvents({ events }: { events: WebhookEventRecord[] }) {
  if (events.length === 0) return <p class="muted">No events received yet.</p>;
  return (
    <DataTable
      columns={['Received', 'Event', 'Outcome', 'What changed']}
      rows={events}
      rowKey={(event) => event.eventId}
      cells={(event) => (
        <>
          <td>{formatDateTime(event.receivedAt)}</td>
          <td>{event.eventType}</td>
          <td>{OUTCOMES[event.outcome]}</td>
          <td>{event.detail ?? '—'}</td>
        </>
      )}
    />
  );
}
