// Reads the session from the portal_session cookie or an Authorization: Bearer header, and guards admin and
// buyer routes. While an admin acts as a customer (R22), portal_session holds the acting session and the admin's
// own session waits in portal_admin_session, which admin routes read first.
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Admin, AdminsService } from '../admins/admins.service.ts';
import type { Buyer } from '../invitations/invitations.types.ts';
import type { Session, SessionsService } from '../sessions/sessions.service.ts';
import type { StoresService } from '../stores/stores.service.ts';
import type { Store } from '../stores/stores.types.ts';
import type { BuyerContexts } from './buyer-contexts.ts';
import { AppError } from './problems.ts';

export const SESSION_COOKIE = 'portal_session';
export const ADMIN_SESSION_COOKIE = 'portal_admin_session';

export interface AuthLocals {
  session?: Session;
  admin?: Admin;
  buyer?: Buyer;
  /** The buyer's store as resolved with the session (a buyer session; not while acting). */
  store?: Store;
  /** Set while an admin acts as the customer (an acting session). */
  acting?: unknown;
}

/** What an acting session answers as: the buyer, its acting record, and until when (the admin's own session). */
export interface ActingContext {
  buyer: Buyer;
  record: unknown;
  /** When the admin's own session expires (the acting session ends with it). */
  until: string;
}

/** Turns an acting session into the buyer it answers as (undefined once acting has ended). */
export interface ActingResolver {
  resolve(session: Session): Promise<ActingContext | undefined>;
}

const bearer = (req: Request) => {
  const header = req.get('authorization');
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : undefined;
};

export function sessionToken(req: Request): string | undefined {
  const cookies = req.cookies as Record<string, string> | undefined;
  return bearer(req) ?? cookies?.[SESSION_COOKIE];
}

/** The admin's token: a Bearer header, else the admin cookie kept aside while acting, else portal_session. */
export function adminSessionToken(req: Request): string | undefined {
  const cookies = req.cookies as Record<string, string> | undefined;
  return bearer(req) ?? cookies?.[ADMIN_SESSION_COOKIE] ?? cookies?.[SESSION_COOKIE];
}

/** Lets the request through only with a live admin session; puts the admin and session in res.locals. */
export function requireAdmin(sessions: SessionsService, admins: AdminsService): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    const token = adminSessionToken(req);
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
 * still ordering, customer still in the store); puts the buyer (its store, customer and contact) and the store
 * in res.locals, so every buyer endpoint is scoped to that customer. An admin's acting session (R22) passes too,
 * as the customer it acts for, with res.locals.acting set.
 */
export function requireBuyer(contexts: BuyerContexts, acting?: ActingResolver): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    const token = sessionToken(req);
    const resolved = token ? await contexts.resolve(token, acting) : undefined;
    if (!resolved) throw new AppError('not-signed-in');
    const { session, context } = resolved;
    if (session.kind === 'acting' && acting) {
      const found = resolved.acting;
      if (!found) throw new AppError('not-signed-in', 'Acting as this customer has ended.');
      res.locals.session = session;
      res.locals.buyer = found.buyer;
      res.locals.acting = found.record;
      return next();
    }
    if (session.kind !== 'buyer') throw new AppError('forbidden', 'This needs a buyer session.');
    if (!context) throw new AppError('not-signed-in');
    res.locals.session = session;
    res.locals.buyer = context.buyer;
    res.locals.store = context.store;
    next();
  };
}

/** The signed-in buyer's store: the one resolved with the session, else (acting) read by id. */
export async function buyerStore(res: Response, stores: StoresService): Promise<Store> {
  return (res.locals.store as Store | undefined) ?? stores.get((res.locals.buyer as Buyer).store.id);
}

/** The signed-in buyer and their store, as the sign-in check resolved them (no second read of the store). */
export async function buyerContext(
  res: Response,
  stores: StoresService,
): Promise<{ buyer: Buyer; store: Store }> {
  return { buyer: res.locals.buyer as Buyer, store: await buyerStore(res, stores) };
}
