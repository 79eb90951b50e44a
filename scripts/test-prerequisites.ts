// First step of `npm test`: makes sure what the tests need beyond npm packages is here. The browser tests drive
// Debian's chromium (never a downloaded browser): when it is missing, root installs it with apt-get; anyone
// else is told in one sentence what to run, before minutes of red test files. PostgreSQL is started when it is
// installed but down (as .ci/run does), and reported when it cannot be reached.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { connect } from 'node:net';

const CHROMIUM = '/usr/bin/chromium';

function fail(sentence: string): never {
  console.error(`npm test cannot run yet: ${sentence}`);
  process.exit(1);
}

function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0) {
    fail(
      'Debian\'s chromium is missing; run "sudo apt-get update && sudo apt-get install -y chromium" and try again.',
    );
  }
  console.log("npm test: installing Debian's chromium for the browser tests (apt-get, about a minute)…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const quiet = { encoding: 'utf8', env } as const;
  const update = spawnSync('apt-get', ['update', '-qq'], quiet);
  const install =
    update.status === 0 ? spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], quiet) : update;
  if (install.status !== 0 || !existsSync(CHROMIUM)) {
    console.error(`${install.stdout ?? ''}${install.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n'));
    fail(
      'installing chromium with apt-get failed; run "apt-get update && apt-get install -y chromium" by hand.',
    );
  }
}

const postgresAnswers = (host: string, port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect({ host, port, timeout: 2_000 });
    // Closed at once: an open socket would hold this step until PostgreSQL drops it (a minute).
    const answer = (answered: boolean) => {
      socket.destroy();
      resolve(answered);
    };
    socket.once('connect', () => answer(true));
    socket.once('error', () => answer(false));
    socket.once('timeout', () => answer(false));
  });

async function ensurePostgres(): Promise<void> {
  const url = new URL(process.env.GATEWAY_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test');
  const host = url.hostname;
  const port = Number(url.port || 5432);
  if (await postgresAnswers(host, port)) return;
  if (existsSync('/etc/postgresql') && process.getuid?.() === 0) {
    const version = readdirSync('/etc/postgresql')[0];
    if (version) {
      try {
        execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start'], {
          stdio: 'inherit',
        });
      } catch {
        // Reported below.
      }
    }
    if (await postgresAnswers(host, port)) return;
  }
  fail(
    `PostgreSQL does not answer at ${host}:${port}; start it (e.g. "pg_ctlcluster --skip-systemctl-redirect <version> main start") or set GATEWAY_TEST_DATABASE_URL.`,
  );
}

ensureChromium();
await ensurePostgres();
