// /store/…: buyer sign-in, store choice and password resets (open to anyone; throttled or token-bound), then
// what a signed-in buyer may do (behind requireBuyer). Tokens arrive in bodies, never in URLs or logs.
import { type CookieOptions, Router } from 'express';
import { SESSION_COOKIE } from '../http/auth.ts';
import { AppError } from '../http/problems.ts';
import type { Buyer, StoreHint } from '../invitations/invitations.types.ts';
import { completePasswordReset, logout, sendSession } from '../sessions/session-handlers.ts';
import type { SessionsService } from '../sessions/sessions.service.ts';
import type { BuyerAuthService } from './buyer-auth.service.ts';
import type { BuyerPasswordReset } from './buyer-password-reset.ts';

export function buyerAuthRouter(
  deps: { buyers: BuyerAuthService; passwordReset: BuyerPasswordReset },
  cookie: CookieOptions,
): Router {
  const router = Router();
  router.post('/store/login', async (req, res) => {
    const { storeId, storeSlug, email, password } = req.body as StoreHint & {
      email: string;
      password: string;
    };
    if (storeId && storeSlug) {
      throw new AppError('validation-failed', 'Give the store by its id or its slug, not both.', {
        errors: [{ field: 'storeSlug', message: 'must not come with storeId' }],
      });
    }
    const result = await deps.buyers.login({ storeId, storeSlug }, email, password, req.ip ?? 'unknown');
    if ('token' in result) sendSession(res, cookie, result);
    else res.json(result);
  });
  router.post('/store/login/choose', async (req, res) => {
    const { choiceToken, storeId } = req.body as { choiceToken: string; storeId: string };
    sendSession(res, cookie, await deps.buyers.choose(choiceToken, storeId));
  });
  router.post('/store/password-reset', async (req, res) => {
    const { storeId, storeSlug, email } = req.body as StoreHint & { email: string };
    await deps.passwordReset.request({ storeId, storeSlug }, email);
    res.status(202).end();
  });
  router.post('/store/password-reset/complete', completePasswordReset(deps.passwordReset));
  return router;
}

/** The signed-in buyer's own endpoints (mounted behind requireBuyer). */
export function buyerSessionRouter(sessions: SessionsService, cookie: CookieOptions): Router {
  const router = Router();
  router.post('/store/logout', logout(sessions, cookie, [SESSION_COOKIE]));
  router.get('/store/me', (_req, res) => {
    res.json(res.locals.buyer as Buyer);
  });
  return router;
}
