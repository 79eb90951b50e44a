// SMTP servers for email tests, all on loopback and closed after each test: the catcher, an email domain
// pointed at a port, a port with nothing listening (SMTP down) and a server that refuses every recipient.
import { createServer } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterEach } from 'vitest';
import { startSmtpCatcher } from '../../scripts/smtp-catcher/catcher.ts';
import { buildEmailDomain } from './email-fixtures.ts';

/** Registers the cleanup of everything the returned helpers start; call once per test file. */
export function useEmailKit() {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  return {
    /** The catcher on `port` (0: any free port). */
    async catcher(port = 0) {
      const running = await startSmtpCatcher({ smtpPort: port, httpPort: 0 });
      cleanups.push(running.close);
      return running;
    },
    /** An email domain (the test file's database, TestClock) sending to the given port. */
    async domain(options: Parameters<typeof buildEmailDomain>[0]) {
      const built = await buildEmailDomain(options);
      cleanups.push(built.shutdown);
      return built;
    },
    /** A loopback port with nothing listening on it (SMTP "down"). */
    async freePort(): Promise<number> {
      const server = createServer();
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as { port: number };
      await new Promise<void>((resolve) => server.close(() => resolve()));
      return port;
    },
    /** An SMTP server that refuses every recipient with 550; returns its port. */
    async refusingServer(): Promise<number> {
      const server = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS'],
        disableReverseLookup: true,
        logger: false,
        onRcptTo: (_address, _session, callback) =>
          callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 })),
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
      return (server.server.address() as { port: number }).port;
    },
  };
}
