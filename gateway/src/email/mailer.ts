// Delivery over SMTP with nodemailer. The Mailer interface is all the email service sees, so tests can pass
// the real one (against the local catcher) or a fake. Files and URLs in messages are never fetched.
import nodemailer from 'nodemailer';

/** SMTP settings, from the environment (config.ts). */
export interface SmtpConfig {
  host: string;
  port: number;
  /** Implicit TLS from the first byte (port 465). Otherwise STARTTLS is used when the server offers it. */
  secure: boolean;
  /** Refuse to send unless STARTTLS succeeds (production relays). */
  requireTls?: boolean;
  /** Never upgrade with STARTTLS (the local catcher). */
  ignoreTls?: boolean;
  user?: string;
  pass?: string;
  /** Connection, greeting and socket timeouts in ms (default 10 s, 10 s, 30 s). */
  timeoutMs?: { connection?: number; greeting?: number; socket?: number };
}

/** One message ready to go. */
export interface OutgoingMail {
  /** The Message-ID header, `<id@domain>`; nodemailer makes a random one when absent. */
  messageId?: string;
  from: { name: string; address: string };
  to: string;
  subject: string;
  html: string;
  text: string;
}

export interface Mailer {
  /** Hands the message to the SMTP server; resolves with the accepted Message-ID, rejects on any failure. */
  deliver(mail: OutgoingMail): Promise<{ messageId: string }>;
  close(): void;
}

/** A mailer over one nodemailer SMTP transport (a new connection per message: simple and robust). */
export function createSmtpMailer(config: SmtpConfig): Mailer {
  const transport = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.secure,
    requireTLS: config.requireTls ?? false,
    ignoreTLS: config.ignoreTls ?? false,
    auth: config.user ? { user: config.user, pass: config.pass ?? '' } : undefined,
    connectionTimeout: config.timeoutMs?.connection ?? 10_000,
    greetingTimeout: config.timeoutMs?.greeting ?? 10_000,
    socketTimeout: config.timeoutMs?.socket ?? 30_000,
    disableFileAccess: true,
    disableUrlAccess: true,
    logger: false,
  });
  return {
    async deliver(mail) {
      const info = await transport.sendMail({
        messageId: mail.messageId,
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
      });
      return { messageId: info.messageId };
    },
    close: () => transport.close(),
  };
}

/**
 * Splits a sender such as `B2B Portal <no-reply@portal.example>` (or a bare address) into name and address.
 * Throws when there is no plausible address, so a bad EMAIL_FROM stops the boot.
 */
export function parseSender(from: string): { name: string; address: string } {
  const match = /^\s*(?:"?([^"<]*?)"?\s*)?<([^<>\s]+@[^<>\s]+)>\s*$/.exec(from);
  const address = match ? match[2] : from.trim();
  if (!address || !/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(address)) {
    throw new Error(`The sender address must look like "Name <no-reply@example.com>" (got "${from}").`);
  }
  return { name: match?.[1]?.trim() ?? '', address };
}
