// Per-key token buckets as incident.io documents them (docs/incidentio.md, "Rate limits and
// retries"): a bucket of 1200
// refilling at 20/s, X-RateLimit-* headers on every API-key response, and a 429 with
// `Retry-After: <seconds>` plus a `rate_limit` body block once the bucket is empty.
import type { FixtureRateLimit } from './fixture.js';

export interface RateLimitDecision {
  allowed: boolean;
  headers: Record<string, string>;
  /** Only when refused. */
  retryAfterSeconds?: number;
  remaining: number;
  limit: number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly config: FixtureRateLimit,
    private readonly nowMs: () => number,
  ) {}

  /** The window the docs print next to each limit: how long a full refill takes. */
  private get windowSeconds(): number {
    return Math.round(this.config.capacity / this.config.refillPerSecond);
  }

  private refill(keyId: string): Bucket {
    const now = this.nowMs();
    const bucket = this.buckets.get(keyId) ?? { tokens: this.config.capacity, updatedAt: now };
    const elapsed = Math.max(0, now - bucket.updatedAt) / 1000;
    bucket.tokens = Math.min(this.config.capacity, bucket.tokens + elapsed * this.config.refillPerSecond);
    bucket.updatedAt = now;
    this.buckets.set(keyId, bucket);
    return bucket;
  }

  /** Takes one token for `keyId` if there is one. */
  take(keyId: string): RateLimitDecision {
    const bucket = this.refill(keyId);
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    const { capacity, refillPerSecond } = this.config;
    const remaining = Math.floor(bucket.tokens);
    const secondsToFull = (capacity - bucket.tokens) / refillPerSecond;
    const headers: Record<string, string> = {
      // Binding quota first, then each limit with its window, as incident.io sends it.
      'X-RateLimit-Limit': `${capacity}, ${capacity};window=${this.windowSeconds}`,
      'X-RateLimit-Remaining': String(remaining),
      'X-RateLimit-Used': String(capacity - remaining),
      'X-RateLimit-Reset': String(Math.ceil((this.nowMs() + secondsToFull * 1000) / 1000)),
    };
    if (allowed) return { allowed, headers, remaining, limit: capacity };
    const retryAfterSeconds = Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerSecond));
    return { allowed, headers, remaining, limit: capacity, retryAfterSeconds };
  }
}
