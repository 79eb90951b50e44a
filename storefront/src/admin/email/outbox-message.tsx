// One outbox message in a side panel: who, when, status and attempts, and the rendered body as sent.
import { api } from '../../api/client.ts';
import type { OutboxSummary } from '../../api/types.ts';
import { Loading, ProblemNote } from '../../ui/components.tsx';
import { Fact } from '../../ui/fact.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { SlideOver } from '../../ui/slide-over.tsx';
import { useLoad } from '../../ui/use-load.ts';
import { OUTBOX_STATUS } from './outbox-labels.ts';

export function OutboxMessagePanel(props: { storeId: string; summary: OutboxSummary; onClose: () => void }) {
  const { storeId, summary, onClose } = props;
  const message = useLoad(
    () =>
      api.GET('/admin/stores/{storeId}/outbox/{messageId}', {
        params: { path: { storeId, messageId: summary.id } },
      }),
    [storeId, summary.id],
  );
  return (
    <SlideOver title={summary.subject} onClose={onClose}>
      <dl class="facts">
        <Fact term="To">{summary.to}</Fact>
        <Fact term="From">{summary.from}</Fact>
        <Fact term="Status">
          {OUTBOX_STATUS[summary.status]}, {summary.attempts} attempt{summary.attempts === 1 ? '' : 's'}
        </Fact>
        <Fact term="Sent">{formatDateTime(summary.sentAt)}</Fact>
      </dl>
      {message.state === 'loading' && <Loading label="Loading the message…" />}
      {message.state === 'failed' && <ProblemNote problem={message.problem} onRetry={message.reload} />}
      {message.state === 'ready' && (
        <iframe title="Message body" class="preview-frame" sandbox="" srcdoc={message.data.html} />
      )}
      {message.state === 'ready' && (
        <details class="skipped">
          <summary>Plain-text version</summary>
          <pre class="message-text">{message.data.text}</pre>
        </details>
      )}
    </SlideOver>
  );
}
