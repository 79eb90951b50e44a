// /admin/login, /admin/password-reset(/complete), /admin/logout, /admin/me, /admin/sessions.
import { type CookieOptions, Router } from 'express';
import { ADMIN_SESSION_COOKIE, SESSION_COOKIE } from '../http/auth.ts';
import { AppError } from '../http/problems.ts';
import { completePasswordReset, logout, sendSession } from '../sessions/session-handlers.ts';
import type { Session, SessionsService } from '../sessions/sessions.service.ts';
import type { AdminPasswordReset } from './admin-password-reset.ts';
import type { Admin, AdminsService } from './admins.service.ts';

/** Sign-in: open to anyone (throttled). */
export function adminLoginRouter(admins: AdminsService, cookie: CookieOptions): Router {
  const router = Router();
  router.post('/admin/login', async (req, res) => {
    const { email, password } = req.body as { email: string; password: string };
    sendSession(res, cookie, await admins.login(email, password, req.ip ?? 'unknown'));
  });
  return router;
}

/** The forgotten password: open to anyone (throttled per email and rate-limited per address). */
export function adminPasswordResetRouter(reset: AdminPasswordReset): Router {
  const router = Router();
  router.post('/admin/password-reset', async (req, res) => {
    await reset.request((req.body as { email: string }).email);
    res.status(202).end();
  });
  router.post('/admin/password-reset/complete', completePasswordReset(reset));
  return router;
}

/** Everything else about the signed-in admin's sessions (mounted behind requireAdmin). */
export function adminSessionsRouter(sessions: SessionsService, cookie: CookieOptions): Router {
  const router = Router();
  router.post('/admin/logout', logout(sessions, cookie, [SESSION_COOKIE, ADMIN_SESSION_COOKIE]));
  router.get('/admin/me', (_req, res) => {
    res.json(res.locals.admin as Admin);
  });
  router.get('/admin/sessions', async (_req, res) => {
    const current = res.locals.session as Session;
    const live = await sessions.listLive('admin', current.subjectId);
    res.json({
      items: live.map((s) => ({
        id: s.id,
        createdAt: s.createdAt,
        expiresAt: s.expiresAt,
        current: s.id === current.id,
      })),
    });
  });
  router.delete('/admin/sessions/:sessionId', async (req, res) => {
    const current = res.locals.session as Session;
    const live = await sessions.listLive('admin', current.subjectId);
    if (!live.some((s) => s.id === req.params.sessionId))
      throw new AppError('not-found', 'No live session with that id.');
    await sessions.revoke(req.params.sessionId);
    res.status(204).end();
  });
  return router;
}
