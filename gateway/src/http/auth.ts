// Reads the session from the portal_session cookie or an Authorization: Bearer header, and guards admin routes.
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Admin, AdminsService } from '../admins/admins.service.ts';
import type { Session } from '../sessions/sessions.repo.ts';
import type { SessionsService } from '../sessions/sessions.service.ts';
import { AppError } from './problems.ts';

export const SESSION_COOKIE = 'portal_session';

export interface AuthLocals {
  session?: Session;
  admin?: Admin;
}

export function sessionToken(req: Request): string | undefined {
  const header = req.get('authorization');
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim();
  const cookies = req.cookies as Record<string, string> | undefined;
  return cookies?.[SESSION_COOKIE];
}

/** Lets the request through only with a live admin session; puts the admin and session in res.locals. */
export function requireAdmin(sessions: SessionsService, admins: AdminsService): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    const token = sessionToken(req);
    const session = token ? await sessions.resolve(token) : undefined;
    if (!session) throw new AppError('not-signed-in');
    if (session.kind !== 'admin') throw new AppError('forbidden', 'This needs an admin session.');
    const admin = await admins.get(session.subjectId);
    if (!admin) throw new AppError('not-signed-in');
    res.locals.session = session;
    res.locals.admin = admin;
    next();
  };
}
