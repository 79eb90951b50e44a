// Reads the session from the portal_session cookie or an Authorization: Bearer header, and guards admin and
// buyer routes.
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Admin, AdminsService } from '../admins/admins.service.ts';
import type { BuyerAuthService } from '../invitations/buyer-auth.service.ts';
import type { Buyer } from '../invitations/invitations.types.ts';
import type { Session } from '../sessions/sessions.repo.ts';
import type { SessionsService } from '../sessions/sessions.service.ts';
import { AppError } from './problems.ts';

export const SESSION_COOKIE = 'portal_session';

export interface AuthLocals {
  session?: Session;
  admin?: Admin;
  buyer?: Buyer;
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

/**
 * Lets the request through only with a live buyer session whose login still works (not deactivated, contact
 * still ordering, customer still in the store); puts the buyer (its store, customer and contact) in
 * res.locals, so every buyer endpoint is scoped to that customer.
 */
export function requireBuyer(sessions: SessionsService, buyers: BuyerAuthService): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    const token = sessionToken(req);
    const session = token ? await sessions.resolve(token) : undefined;
    if (!session) throw new AppError('not-signed-in');
    if (session.kind !== 'buyer') throw new AppError('forbidden', 'This needs a buyer session.');
    const buyer = await buyers.buyerOf(session);
    if (!buyer) throw new AppError('not-signed-in');
    res.locals.session = session;
    res.locals.buyer = buyer;
    next();
  };
}
