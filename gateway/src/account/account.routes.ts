// /admin/account and /admin/account/plan.
import { Router } from 'express';
import type { AccountService } from './account.service.ts';
import type { Plan } from './plans.ts';

export function accountRouter(account: AccountService): Router {
  const router = Router();
  router.get('/admin/account', async (_req, res) => {
    res.json(await account.get());
  });
  router.put('/admin/account/plan', async (req, res) => {
    res.json(await account.changePlan((req.body as { plan: Plan }).plan));
  });
  return router;
}
