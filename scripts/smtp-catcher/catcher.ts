// A local SMTP catcher for the demo and tests: accepts any mail on loopback (no TLS, any or no login), keeps
// the parsed messages in memory, and serves them to people as a web page (GET /) and to scripts and tests over a
// tiny HTTP API: GET /messages, GET /messages/latest?to=…, DELETE /messages. Never for production.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { renderCatcherPage } from './catcher-page.ts';

/** A caught message. `to` are the envelope recipients (so Bcc shows too). */
export interface CaughtMessage {
  id: number;
  to: string[];
  from: string;
  subject: string;
  date: string;
  text: string;
  html: string;
  /** The Message-ID header, `<…>` (empty when the message had none). */
  messageId: string;
}

/** A recipient held back (tests): its RCPT TO goes unanswered, so nothing is accepted, until released. */
export interface HeldRecipient {
  /** Resolves when a client has asked to send to the recipient. */
  reached: Promise<void>;
  /** Answers the held RCPT TO (a client still connected then goes on); later ones are no longer held. */
  release(): void;
}

export interface SmtpCatcher {
  host: string;
  smtpPort: number;
  httpPort: number;
  /** Every message kept, oldest first (the newest 1000). */
  messages: CaughtMessage[];
  /** The newest message, optionally to one recipient (case-insensitive). */
  latest(to?: string): CaughtMessage | undefined;
  /** Holds the next RCPT TO for `address` (case-insensitive) until release(). */
  holdRecipient(address: string): HeldRecipient;
  clear(): void;
  close(): Promise<void>;
}

const KEEP = 1000;

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** Starts both servers on `host` (default 127.0.0.1); port 0 picks free ports (tests). */
export async function startSmtpCatcher(
  options: {
    smtpPort?: number;
    httpPort?: number;
    host?: string;
    onMessage?: (m: CaughtMessage) => void;
  } = {},
): Promise<SmtpCatcher> {
  const host = options.host ?? '127.0.0.1';
  const messages: CaughtMessage[] = [];
  let nextId = 1;
  const latest = (to?: string) => {
    const wanted = to?.trim().toLowerCase();
    return messages.findLast((m) => wanted === undefined || m.to.includes(wanted));
  };

  const held = new Map<string, { reached: () => void; released: Promise<void> }>();
  const holdRecipient = (address: string): HeldRecipient => {
    let reached = () => {};
    let release = () => {};
    const reachedPromise = new Promise<void>((resolve) => {
      reached = resolve;
    });
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    held.set(address.trim().toLowerCase(), { reached, released });
    return { reached: reachedPromise, release };
  };

  const smtp = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    disableReverseLookup: true,
    logger: false,
    size: 10 * 1024 * 1024,
    onAuth: (auth, _session, callback) => callback(null, { user: auth.username ?? 'any' }),
    onRcptTo(address, _session, callback) {
      const key = address.address.toLowerCase();
      const hold = held.get(key);
      if (!hold) return callback();
      held.delete(key);
      hold.reached();
      void hold.released.then(() => callback());
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        simpleParser(Buffer.concat(chunks))
          .then((parsed) => {
            const message: CaughtMessage = {
              id: nextId++,
              to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
              from: parsed.from?.text ?? '',
              subject: parsed.subject ?? '',
              date: (parsed.date ?? new Date()).toISOString(),
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : '',
              messageId: parsed.messageId ?? '',
            };
            messages.push(message);
            if (messages.length > KEEP) messages.splice(0, messages.length - KEEP);
            options.onMessage?.(message);
            callback();
          })
          .catch((error: Error) => callback(error));
      });
    },
  });

  // A client that goes away mid-message (a killed process) is its own problem, not the catcher's.
  smtp.on('error', () => undefined);

  const http = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://catcher');
    if (req.method === 'GET' && url.pathname === '/') {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        // Caught mail is untrusted: no script anywhere, and its frames (srcdoc) inherit this policy.
        'content-security-policy':
          "default-src 'none'; style-src 'unsafe-inline'; img-src http: https: data:; frame-src 'none'",
        'x-content-type-options': 'nosniff',
      });
      res.end(renderCatcherPage(messages));
      return;
    }
    if (req.method === 'GET' && url.pathname === '/messages')
      return sendJson(res, 200, [...messages].reverse());
    if (req.method === 'GET' && url.pathname === '/messages/latest') {
      const message = latest(url.searchParams.get('to') ?? undefined);
      return message
        ? sendJson(res, 200, message)
        : sendJson(res, 404, { message: 'No message caught yet.' });
    }
    if (req.method === 'DELETE' && url.pathname === '/messages') {
      messages.length = 0;
      res.writeHead(204).end();
      return;
    }
    sendJson(res, 404, {
      message: 'GET / (the web page), GET /messages, GET /messages/latest?to=…, DELETE /messages',
    });
  });

  await new Promise<void>((resolve, reject) => {
    smtp.server.once('error', reject);
    smtp.listen(options.smtpPort ?? 1025, host, () => resolve());
  });
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.httpPort ?? 1080, host, () => resolve());
  });

  return {
    host,
    smtpPort: (smtp.server.address() as AddressInfo).port,
    httpPort: (http.address() as AddressInfo).port,
    messages,
    latest,
    holdRecipient,
    clear: () => {
      messages.length = 0;
    },
    close: async () => {
      http.closeAllConnections();
      await Promise.all([
        new Promise<void>((resolve) => smtp.close(() => resolve())),
        new Promise<void>((resolve) => http.close(() => resolve())),
      ]);
    },
  };
}
