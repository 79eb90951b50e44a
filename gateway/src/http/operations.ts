// /healthz (the process answers) and /readyz (storage works and every store's Unleashed account answers a
// signed call; results are kept 30 s so probes don't spend the account's API quota).
import { Router } from 'express';
import type { Clock } from '../clock.ts';
import type { PortalDb } from '../db/database.ts';
import type { StoresService } from '../stores/stores.service.ts';
import type { UnleashedClientFactory } from '../unleashed/client-factory.ts';

const KEEP_MS = 30_000;

export function operationsRouter(deps: {
  db: PortalDb;
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

  router.get('/readyz', async (_req, res) => {
    const now = deps.clock.now().getTime();
    if (!last || now - last.at > KEEP_MS || last.checks.some((check) => !check.ok)) {
      const checks: Check[] = [{ name: 'storage', ok: await deps.db.check() }];
      for (const store of await deps.stores.list()) {
        try {
          await deps
            .clients(store, undefined, { retries: 0, timeoutMs: 5_000 })
            .page('Warehouses', 1, { pageSize: 1 });
          checks.push({ name: `unleashed:${store.name}`, ok: true });
        } catch (error) {
          checks.push({ name: `unleashed:${store.name}`, ok: false, detail: (error as Error).message });
        }
      }
      last = { at: now, checks };
    }
    const ready = last.checks.every((check) => check.ok);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not-ready', checks: last.checks });
  });
  return router;
}
