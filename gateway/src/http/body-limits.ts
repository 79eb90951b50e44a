// How large a request body each route may send (issue 17 item 4), checked while it streams in: a body over its
// route's limit is answered 413 payload-too-large before it is held in memory. Most bodies are small; the bulk
// selections (up to 10,000 product guids) and the cart CSV import (B3) are the large ones.
import express, { type RequestHandler } from 'express';
import { keepWebhookBody } from './raw-body.ts';

export const BODY_LIMITS = {
  /** Any JSON body: the invitation template (20,000 characters) and a 500-line standing order fit. */
  json: 128 * 1024,
  /** A bulk selection (10,000 product guids of up to 64 characters) or the store's logo (256 KB as base64). */
  bulkJson: 1024 * 1024,
  /** The cart CSV import (the spec's 1,000,000 characters). */
  csv: 1024 * 1024,
} as const;

const BULK_SELECTIONS = [
  /^\/admin\/stores\/[^/]+\/products\/status$/,
  /^\/admin\/stores\/[^/]+\/catalogues\/[^/]+\/products\/status$/,
  /^\/admin\/stores\/[^/]+\/categories\/[^/]+\/products$/,
  // The store's logo: up to 256 KB of image as base64.
  /^\/admin\/stores\/[^/]+\/logo$/,
];
const CSV_IMPORT = '/store/cart/import';

/** The body parsers, each route held to its own limit: JSON (small or bulk) and the cart import's CSV. */
export function limitedBodyParsers(): RequestHandler {
  const json = express.json({ limit: BODY_LIMITS.json, verify: keepWebhookBody });
  const bulkJson = express.json({ limit: BODY_LIMITS.bulkJson });
  const csv = express.text({ type: 'text/csv', limit: BODY_LIMITS.csv });
  return (req, res, next) => {
    // No body to read (as body-parser itself decides): the parsers would only find that out.
    if (req.headers['content-length'] === undefined && req.headers['transfer-encoding'] === undefined)
      return next();
    if (req.path === CSV_IMPORT) return csv(req, res, next);
    if (BULK_SELECTIONS.some((pattern) => pattern.test(req.path))) return bulkJson(req, res, next);
    return json(req, res, next);
  };
}
