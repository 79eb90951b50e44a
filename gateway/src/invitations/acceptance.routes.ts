// /store/invitations/…: the contact's side of an invitation (open to anyone; token-bound): open it, accept it
// (signed in at once) or decline it. Tokens arrive in bodies, never in URLs or logs.
import { type CookieOptions, Router } from 'express';
import { sendSession } from '../sessions/session-handlers.ts';
import type { AcceptanceService } from './acceptance.service.ts';

export function acceptanceRouter(deps: { acceptance: AcceptanceService }, cookie: CookieOptions): Router {
  const router = Router();
  router.post('/store/invitations/open', async (req, res) => {
    res.json(await deps.acceptance.open((req.body as { token: string }).token));
  });
  router.post('/store/invitations/accept', async (req, res) => {
    const { token, password } = req.body as { token: string; password: string };
    sendSession(res, cookie, await deps.acceptance.accept(token, password));
  });
  router.post('/store/invitations/decline', async (req, res) => {
    await deps.acceptance.decline((req.body as { token: string }).token);
    res.status(204).end();
  });
  return router;
}
