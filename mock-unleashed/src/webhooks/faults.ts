// QA faults for webhook deliveries: each shapes the next matching deliveries until its count runs out or QA
// clears it. Not part of Unleashed.
import { randomUUID } from 'node:crypto';
import type { WebhookFault, WebhookFaultRequest } from '../types.ts';
import type { WebhookEventType } from './protocol.ts';

export class WebhookFaults {
  private faults: WebhookFault[] = [];

  add(request: WebhookFaultRequest): WebhookFault {
    const fault: WebhookFault = {
      id: randomUUID(),
      kind: request.kind,
      remaining: request.count ?? null,
      delayMs: request.delayMs ?? 2000,
      eventType: request.eventType ?? null,
    };
    this.faults.push(fault);
    return fault;
  }

  list(): WebhookFault[] {
    return this.faults.map((fault) => ({ ...fault }));
  }

  clear(): void {
    this.faults = [];
  }

  /** The first fault that applies to a delivery of `eventType`, used up by one. */
  take(eventType: WebhookEventType): WebhookFault | undefined {
    const fault = this.faults.find((f) => f.eventType === null || f.eventType === eventType);
    if (!fault) return undefined;
    if (fault.remaining !== null) {
      fault.remaining -= 1;
      if (fault.remaining <= 0) this.faults = this.faults.filter((f) => f !== fault);
    }
    return { ...fault };
  }
}
