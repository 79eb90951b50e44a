// Faults QA switches on through /__control/faults: latency, error rate, fail the next N calls, 429 with
// Retry-After, and hanging past the client's timeout. They shape Unleashed paths only.
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Fault, FaultRequest } from '../types.ts';

interface ActiveFault extends Fault {
  /** For `error`: the share of calls owed a failure so far (deterministic: rate 0.5 fails every 2nd call). */
  owed: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class FaultInjector {
  private faults: ActiveFault[] = [];
  private hanging = new Set<NodeJS.Timeout>();

  add(request: FaultRequest): Fault {
    const fault: ActiveFault = {
      ...request,
      id: randomUUID(),
      hits: 0,
      remaining:
        request.kind === 'failNext'
          ? (request.count ?? 1)
          : request.kind === 'rateLimit'
            ? (request.count ?? null)
            : null,
      owed: 0,
    };
    this.faults.push(fault);
    return this.view(fault);
  }

  list(): Fault[] {
    return this.faults.map((fault) => this.view(fault));
  }

  remove(id: string): boolean {
    const before = this.faults.length;
    this.faults = this.faults.filter((fault) => fault.id !== id);
    return this.faults.length < before;
  }

  clear(): void {
    this.faults = [];
    for (const timer of this.hanging) clearTimeout(timer);
    this.hanging.clear();
  }

  private view({ owed: _owed, ...fault }: ActiveFault): Fault {
    return fault;
  }

  private matches(fault: ActiveFault, method: string, path: string): boolean {
    if (fault.method && fault.method !== method) return false;
    return !fault.pathPrefix || path.toLowerCase().startsWith(fault.pathPrefix.toLowerCase());
  }

  /** Middleware: applies the matching faults in the order they were added. */
  middleware(): RequestHandler {
    return async (req, res, next) => {
      for (const fault of this.faults.filter((f) => this.matches(f, req.method, req.path))) {
        const outcome = this.decide(fault);
        if (outcome === 'pass') continue;
        fault.hits++;
        res.locals.faultId = fault.id;
        if (fault.remaining !== null && fault.remaining !== undefined) {
          fault.remaining--;
          if (fault.remaining <= 0) this.remove(fault.id);
        }
        if (outcome === 'delay') {
          await sleep(fault.latencyMs ?? 0);
          continue;
        }
        if (outcome === 'hang') {
          const timer = setTimeout(() => {
            this.hanging.delete(timer);
            res.destroy();
          }, fault.hangMs ?? 120_000);
          this.hanging.add(timer);
          res.on('close', () => {
            clearTimeout(timer);
            this.hanging.delete(timer);
          });
          return;
        }
        if (outcome === 'rateLimit') {
          const seconds = fault.retryAfterSeconds ?? 1;
          res
            .status(429)
            .set('Retry-After', String(seconds))
            .json({ Description: `Too many requests: try again in ${seconds} s (injected fault).` });
          return;
        }
        const status = fault.status ?? 500;
        const description = `Injected fault: ${status}.`;
        if (fault.afterHandler) {
          res.locals.faultAfterHandler = { status, description };
          continue;
        }
        res.status(status).json({ Description: description });
        return;
      }
      next();
    };
  }

  private decide(fault: ActiveFault): 'pass' | 'delay' | 'hang' | 'rateLimit' | 'fail' {
    switch (fault.kind) {
      case 'latency':
        return 'delay';
      case 'hang':
        return 'hang';
      case 'rateLimit':
        return 'rateLimit';
      case 'failNext':
        return 'fail';
      case 'error':
        fault.owed += fault.rate ?? 1;
        if (fault.owed >= 1 - 1e-9) {
          fault.owed -= 1;
          return 'fail';
        }
        return 'pass';
    }
  }
}
