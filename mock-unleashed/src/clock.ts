// The mock's clock: real time by default; QA can freeze it, set it or move it forward.
import type { ClockState } from './types.ts';

export class MockClock {
  private offsetMs = 0;
  private frozenAt: number | null = null;

  constructor(private readonly realNow: () => number = Date.now) {}

  now(): number {
    return this.frozenAt ?? this.realNow() + this.offsetMs;
  }

  freeze(at: number): void {
    this.frozenAt = at;
  }

  /** Jump to `at` and keep running from there. */
  set(at: number): void {
    this.frozenAt = null;
    this.offsetMs = at - this.realNow();
  }

  /** Move forward (or back, with a negative number); a frozen clock stays frozen. */
  advance(ms: number): void {
    if (this.frozenAt !== null) this.frozenAt += ms;
    else this.offsetMs += ms;
  }

  release(): void {
    this.frozenAt = null;
    this.offsetMs = 0;
  }

  state(): ClockState {
    return {
      now: new Date(this.now()).toISOString(),
      frozen: this.frozenAt !== null,
      offsetMs: this.frozenAt === null ? this.offsetMs : this.frozenAt - this.realNow(),
    };
  }
}
