import { describe, expect, it } from 'vitest';
import { TokenBuckets } from './token-bucket';

describe('TokenBuckets', () => {
  it('lets a client spend its burst, then refuses with the seconds until the next token', () => {
    const buckets = new TokenBuckets({ perMinute: 60, burst: 3 });
    const now = 1_000_000;
    expect([1, 2, 3].map(() => buckets.take('a', now).allowed)).toEqual([true, true, true]);
    expect(buckets.take('a', now)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(buckets.take('a', now + 1_000).allowed).toBe(true);
  });

  it('keeps one bucket per client', () => {
    const buckets = new TokenBuckets({ perMinute: 1, burst: 1 });
    expect(buckets.take('a', 0).allowed).toBe(true);
    expect(buckets.take('a', 0)).toEqual({ allowed: false, retryAfterSeconds: 60 });
    expect(buckets.take('b', 0).allowed).toBe(true);
  });

  it('refills no further than the burst', () => {
    const buckets = new TokenBuckets({ perMinute: 600, burst: 2 });
    buckets.take('a', 0);
    const later = 3_600_000;
    expect([1, 2, 3].map(() => buckets.take('a', later).allowed)).toEqual([true, true, false]);
  });

  it('forgets idle clients instead of growing without bound', () => {
    const buckets = new TokenBuckets({ perMinute: 60, burst: 1, maxClients: 100 });
    for (let client = 0; client < 1_000; client += 1) buckets.take(`client-${client}`, client * 1_000);
    expect(buckets.size).toBeLessThanOrEqual(100);
  });
});
