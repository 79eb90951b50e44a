// How an outbox message's delivery status reads (B6).
import type { OutboxStatus } from '../../api/types.ts';

export const OUTBOX_STATUS: Record<OutboxStatus, string> = {
  queued: 'Queued',
  sending: 'Sending',
  sent: 'Sent',
  failed: 'Failed',
};
