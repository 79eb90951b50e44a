// What every resource and control router is given: the data, the clock and the response cache.
import type { MockClock } from './clock.ts';
import type { ResponseCache } from './respond.ts';
import type { MockStore } from './store.ts';

export interface MockContext {
  store: MockStore;
  clock: MockClock;
  cache: ResponseCache;
  /** Who the mock says made a change (CreatedBy / LastModifiedBy). */
  actor: string;
}
