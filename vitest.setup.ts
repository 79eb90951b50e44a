// Runs before every test file: cheaper password hashes (the production cost is kept by every gateway process the
// tests spawn, e.g. instance-kill, and by `npm start`), and, when TEST_CPU_LOG names a file, a line there per test
// file with the CPU seconds its worker process spent on it (the servers it starts in process included; PostgreSQL,
// chromium and spawned processes not), to see which files load a CPU-bound run.
import { appendFileSync } from 'node:fs';
import { afterAll, expect } from 'vitest';
import { useScryptCostForTests } from './gateway/src/security/passwords.ts';

useScryptCostForTests(1024);

const cpuLog = process.env.TEST_CPU_LOG;
if (cpuLog) {
  const started = process.cpuUsage();
  const startedAt = Date.now();
  afterAll(() => {
    const used = process.cpuUsage(started);
    const cpu = ((used.user + used.system) / 1e6).toFixed(1);
    const wall = ((Date.now() - startedAt) / 1000).toFixed(1);
    appendFileSync(cpuLog, `${cpu}\t${wall}\t${expect.getState().testPath}\n`);
  });
}
