// /healthz (the process answers) and /readyz (the database and the job engine answer, and every store's Unleashed account answers a
// signed call; results are kept 30 s so probes don't spend the account's API quota).
import { Router } from 'express';
import type { Clock } from '../clock.ts';
import type { PortalDb } from '../db/database.ts';
import type { JobEngine } from '../jobs/job-engine.ts';
import type { StoresService } from '../stores/stores.service.ts';
import type { UnleashedClientFactory } from '../unleashed/client-factory.ts';
import { probeAccount } from '../unleashed/operations.ts';

const KEEP_MS = 30_000;

export function operationsRouter(deps: {
  db: PortalDb;
  jobs: JobEngine;
  stores: StoresService;
  clients: UnleashedClientFactory;
  clock: Clock;
}): Router {
  const router = Router();
  type Check = { name: string; ok: boolean; detail?: string };
  let last: { at: number; checks: Check[] } | undefined;

  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  const unleashedChecks = async (): Promise<Check[]> => {
    const now = deps.clock.now().getTime();
    if (last && now - last.at <= KEEP_MS && last.checks.every((check) => check.ok)) return last.checks;
    const checks: Check[] = [];
    for (const store of await deps.stores.list()) {
      try {
        await probeAccount(deps.clients(store, undefined, { retries: 0, timeoutMs: 5_000 }));
        checks.push({ name: `unleashed:${store.name}`, ok: true });
      } catch (error) {
        checks.push({ name: `unleashed:${store.name}`, ok: false, detail: (error as Error).message });
      }
    }
    last = { at: now, checks };
    return checks;
  };

  // The database and the job engine are asked every time (cheap); Unleashed at most every 30 s while it answers.
  router.get('/readyz', async (_req, res) => {
    const checks: Check[] = [
      { name: 'database', ok: await deps.db.check() },
      { name: 'jobs', ok: await deps.jobs.check() },
    ];
    if (checks[0]?.ok) checks.push(...(await unleashedChecks()));
    const ready = checks.every((check) => check.ok);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not-ready', checks });
  });
  return router;
}
