// A real HTTP endpoint on a random loopback port that records every webhook delivery it gets, verifying each
// signature with the same protocol module the gateway will use.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  verifyWebhook,
  WEBHOOK_HEADERS,
  type WebhookEvent,
  type WebhookVerdict,
} from '../src/webhooks/protocol.ts';

export interface ReceivedDelivery {
  event: WebhookEvent;
  verdict: WebhookVerdict;
  headers: IncomingHttpHeaders;
}

export interface WebhookReceiver {
  url: string;
  received: ReceivedDelivery[];
  /** The signing key to verify with (from the subscription's creation). */
  signingKey: string;
  /** The status the next deliveries get (default 200); a function can answer per delivery. */
  answer: number | ((event: WebhookEvent) => number);
  /** How long it takes before answering (default 0). */
  delayMs: number;
  /** Resolves once `count` deliveries have arrived in all. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedDelivery[]>;
  close(): Promise<void>;
}

export async function startReceiver(): Promise<WebhookReceiver> {
  const receiver = {
    received: [] as ReceivedDelivery[],
    signingKey: '',
    answer: 200,
    delayMs: 0,
  } as WebhookReceiver;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8');
      const event = JSON.parse(rawBody) as WebhookEvent;
      const verdict = verifyWebhook({
        signingKey: receiver.signingKey,
        rawBody,
        signature: req.headers[WEBHOOK_HEADERS.signature] as string | undefined,
        timestamp: req.headers[WEBHOOK_HEADERS.timestamp] as string | undefined,
      });
      receiver.received.push({ event, verdict, headers: req.headers });
      const status = typeof receiver.answer === 'function' ? receiver.answer(event) : receiver.answer;
      setTimeout(
        () => res.writeHead(status, { 'Content-Type': 'text/plain' }).end(status < 300 ? 'ok' : 'not now'),
        receiver.delayMs,
      );
    });
  });
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/unleashed`;
  receiver.waitFor = async (count, timeoutMs = 3000) => {
    const until = Date.now() + timeoutMs;
    while (receiver.received.length < count) {
      if (Date.now() > until)
        throw new Error(`expected ${count} deliveries, got ${receiver.received.length}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return receiver.received;
  };
  receiver.close = async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  };
  return receiver;
}
