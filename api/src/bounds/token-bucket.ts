/**
 * A token bucket per client: `burst` tokens at most, refilled at `perMinute` tokens a minute.
 * Each request takes one token; an empty bucket says how long until the next token.
 */
export interface TokenBucketSettings {
  perMinute: number;
  burst: number;
  /** Buckets kept at most; full (idle) buckets are dropped first when the map grows past it. */
  maxClients?: number;
}

export type TakeResult = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;
  private readonly maxClients: number;

  constructor(private readonly settings: TokenBucketSettings) {
    this.perMs = settings.perMinute / 60_000;
    this.maxClients = settings.maxClients ?? 10_000;
  }

  take(key: string, now: number = Date.now()): TakeResult {
    const bucket = this.refilled(key, now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, remaining: Math.floor(bucket.tokens) };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000)) };
  }

  get size(): number {
    return this.buckets.size;
  }

  private refilled(key: string, now: number): Bucket {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size >= this.maxClients) this.prune(now);
      bucket = { tokens: this.settings.burst, updatedAt: now };
      this.buckets.set(key, bucket);
      return bucket;
    }
    bucket.tokens = Math.min(this.settings.burst, bucket.tokens + (now - bucket.updatedAt) * this.perMs);
    bucket.updatedAt = now;
    return bucket;
  }

  /** Drops buckets that have refilled completely (they behave exactly like new ones), else the oldest half. */
  private prune(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.updatedAt) * this.perMs >= this.settings.burst) this.buckets.delete(key);
    }
    if (this.buckets.size < this.maxClients) return;
    const keys = [...this.buckets.keys()];
    for (const key of keys.slice(0, Math.ceil(keys.length / 2))) this.buckets.delete(key);
  }
}
