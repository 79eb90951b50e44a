// The call log: every request to an Unleashed path, with its signature verdict and the status sent.
import type { RequestHandler } from 'express';
import { rawQueryOf } from '../auth.ts';
import type { Call } from '../types.ts';

const KEEP = 10_000;

export class CallLog {
  private calls: Call[] = [];
  private seq = 0;

  /** Middleware: records the request when its answer has gone out (status 0 if the client hung up first). */
  recorder(): RequestHandler {
    return (req, res, next) => {
      const started = performance.now();
      const call: Call = {
        seq: ++this.seq,
        at: new Date().toISOString(),
        method: req.method,
        path: req.path,
        query: rawQueryOf(req.originalUrl),
        signature: 'not-required',
        status: 0,
        durationMs: 0,
        fault: null,
      };
      let recorded = false;
      const record = () => {
        if (recorded) return;
        recorded = true;
        call.signature = res.locals.signature ?? 'not-required';
        call.fault = res.locals.faultId ?? null;
        call.status = res.writableFinished ? res.statusCode : 0;
        call.durationMs = Math.round((performance.now() - started) * 100) / 100;
        this.calls.push(call);
        // Trimmed in batches: shifting a 10,000-entry array on every request would cost more than the call.
        if (this.calls.length > KEEP + KEEP / 10) this.calls.splice(0, this.calls.length - KEEP);
      };
      res.on('finish', record);
      res.on('close', record);
      next();
    };
  }

  /** The newest `limit` calls matching the filters, oldest first. */
  list(filter: { path?: string; method?: string; since?: number; limit?: number }): Call[] {
    const prefix = filter.path?.toLowerCase();
    const method = filter.method?.toUpperCase();
    const matching = this.calls.filter(
      (call) =>
        (prefix === undefined || call.path.toLowerCase().startsWith(prefix)) &&
        (method === undefined || call.method === method) &&
        (filter.since === undefined || call.seq > filter.since),
    );
    return matching.slice(-(filter.limit ?? 500));
  }

  clear(): void {
    this.calls = [];
  }
}
