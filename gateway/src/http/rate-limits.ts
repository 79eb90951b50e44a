// Rate limits on the public endpoints (issue 17 item 4): sign-in and the invitation links per client address,
// the webhook receiver per store. Each hit is counted in the database in one atomic upsert (a fixed window timed
// by the database's clock), so the limit holds across every gateway instance sharing it. Past the limit: 429
// with Retry-After, before the body is even parsed. Unleashed retries a refused webhook delivery later.
import type { Request, RequestHandler } from 'express';
import { sql } from 'kysely';
import type { PortalDb } from '../db/database.ts';
import { AppError, type ProblemType } from './problems.ts';

export interface RateLimit {
  hits: number;
  windowSeconds: number;
}

export interface RateLimitSettings {
  /** POST /admin/login, /store/login(/choose) and both password-reset steps, per client address (default 60 a minute). */
  signIn?: RateLimit;
  /** POST /store/invitations/open|accept|decline, per client address (default 60 a minute). */
  invitations?: RateLimit;
  /** POST /webhooks/unleashed/{storeId}, per store (default 6,000 a minute: Unleashed's bursts fit). */
  webhooks?: RateLimit;
}

interface Rule {
  name: keyof RateLimitSettings;
  path: RegExp;
  key: (req: Request, match: RegExpExecArray) => string;
  problem: ProblemType;
  /** Who sent too many, for the problem's detail. */
  who: string;
}

const RULES: Rule[] = [
  {
    name: 'signIn',
    path: /^\/(admin|store)\/(login|login\/choose|password-reset|password-reset\/complete)$/,
    key: (req) => req.ip ?? '',
    problem: 'too-many-attempts',
    who: 'Too many sign-ins from this address',
  },
  {
    name: 'invitations',
    path: /^\/store\/invitations\/(open|accept|decline)$/,
    key: (req) => req.ip ?? '',
    problem: 'too-many-attempts',
    who: 'Too many invitation requests from this address',
  },
  {
    name: 'webhooks',
    path: /^\/webhooks\/unleashed\/([^/]+)$/,
    key: (_req, match) => match[1] ?? '',
    problem: 'webhook-flood',
    who: 'Too many webhook deliveries for this store',
  },
];

const DEFAULTS: Required<RateLimitSettings> = {
  signIn: { hits: 60, windowSeconds: 60 },
  invitations: { hits: 60, windowSeconds: 60 },
  webhooks: { hits: 6000, windowSeconds: 60 },
};

/** Every this many hits, counters whose window has ended are deleted (unknown store ids must not pile up). */
const SWEEP_AFTER_HITS = 1000;

/** Counts one hit of `key`; answers the hits in its window so far and the seconds until the window ends. */
async function countHit(db: PortalDb, key: string, windowSeconds: number) {
  const expired = sql`rate_limits.window_started_at <= now() - make_interval(secs => ${windowSeconds})`;
  const { rows } = await sql<{ hits: number; retryAfter: number }>`
    INSERT INTO rate_limits (key, hits, window_started_at) VALUES (${key}, 1, now())
    ON CONFLICT (key) DO UPDATE SET
      hits = CASE WHEN ${expired} THEN 1 ELSE rate_limits.hits + 1 END,
      window_started_at = CASE WHEN ${expired} THEN now() ELSE rate_limits.window_started_at END
    RETURNING hits,
      ceil(extract(epoch FROM window_started_at + make_interval(secs => ${windowSeconds}) - now()))::int
        AS "retryAfter"`.execute(db.q);
  return rows[0] as { hits: number; retryAfter: number };
}

/** Refuses a public request past its rule's limit with 429 and Retry-After; other requests pass untouched. */
export function rateLimits(db: PortalDb, settings: RateLimitSettings = {}): RequestHandler {
  const limits = { ...DEFAULTS, ...settings };
  const longestWindow = Math.max(...Object.values(limits).map((limit) => limit.windowSeconds));
  let sinceSweep = 0;
  return async (req, _res, next) => {
    if (req.method !== 'POST') return next();
    for (const rule of RULES) {
      const match = rule.path.exec(req.path);
      if (!match) continue;
      const limit = limits[rule.name];
      const { hits, retryAfter } = await countHit(
        db,
        `${rule.name}:${rule.key(req, match)}`,
        limit.windowSeconds,
      );
      if (++sinceSweep >= SWEEP_AFTER_HITS) {
        sinceSweep = 0;
        void sql`DELETE FROM rate_limits
            WHERE window_started_at < now() - make_interval(secs => ${longestWindow})`
          .execute(db.q)
          .catch(() => undefined);
      }
      if (hits > limit.hits) {
        const wait = Math.max(1, retryAfter);
        throw new AppError(
          rule.problem,
          `${rule.who}; try again in ${wait} seconds.`,
          { retryAfterSeconds: wait },
          { 'Retry-After': String(wait) },
        );
      }
    }
    next();
  };
}
