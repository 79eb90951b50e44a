// A generous per-store limit on webhook deliveries to this instance (a token bucket): a flood is answered 429
// before anything is read or stored, so Unleashed retries those deliveries later and no accepted event is lost.

export interface FloodLimitSettings {
  /** Deliveries accepted at once (default 300). */
  burst?: number;
  /** Deliveries per second the bucket refills with (default 100). */
  perSecond?: number;
}

export class FloodLimit {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly burst: number;
  private readonly perSecond: number;

  constructor(
    settings: FloodLimitSettings = {},
    private readonly nowMs: () => number = () => Date.now(),
  ) {
    this.burst = settings.burst ?? 300;
    this.perSecond = settings.perSecond ?? 100;
  }

  /** Takes one delivery's token; false (and seconds to wait) when the store is over its limit. */
  take(storeId: string): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
    const now = this.nowMs();
    const bucket = this.buckets.get(storeId) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond);
    bucket.at = now;
    this.buckets.set(storeId, bucket);
    if (bucket.tokens < 1)
      return { allowed: false, retryAfterSeconds: Math.ceil((1 - bucket.tokens) / this.perSecond) };
    bucket.tokens -= 1;
    return { allowed: true };
  }
}
