// The session endpoints the admin and the buyer side both have, as handlers each side mounts on its own path:
// completing a password reset with the emailed token, and signing out; and answering a new session.
import type { CookieOptions, RequestHandler, Response } from 'express';
import { SESSION_COOKIE } from '../http/auth.ts';
import type { Session, SessionsService } from './sessions.service.ts';

/** POST …/password-reset/complete: sets the new password for the token's holder; 204. */
export const completePasswordReset =
  (reset: { complete(token: string, password: string): Promise<void> }): RequestHandler =>
  async (req, res) => {
    const { token, password } = req.body as { token: string; password: string };
    await reset.complete(token, password);
    res.status(204).end();
  };

/** POST …/logout: ends the signed-in session and clears the named cookies; 204. */
export const logout =
  (sessions: SessionsService, cookie: CookieOptions, cookieNames: readonly string[]): RequestHandler =>
  async (_req, res) => {
    await sessions.revoke((res.locals.session as Session).id);
    for (const name of cookieNames) res.clearCookie(name, cookie);
    res.status(204).end();
  };

/** Answers a new session (sign-in, invitation accepted, acting) and sets it as SESSION_COOKIE, expiring with it. */
export function sendSession(
  res: Response,
  cookie: CookieOptions,
  session: { token: string; expiresAt: string },
): void {
  res.cookie(SESSION_COOKIE, session.token, { ...cookie, expires: new Date(session.expiresAt) });
  res.json(session);
}
