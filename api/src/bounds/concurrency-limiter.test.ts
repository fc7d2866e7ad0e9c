import { describe, expect, it } from 'vitest';
import { ConcurrencyLimiter } from './concurrency-limiter';

/** A slot, failing the test when the limiter refused at once. */
const slot = (limiter: ConcurrencyLimiter, signal?: AbortSignal) => {
  const waiting = limiter.acquire(signal);
  if (!waiting) throw new Error('the limiter refused a request it should have queued');
  return waiting;
};

describe('ConcurrencyLimiter', () => {
  it('runs up to maxActive at once, queues up to maxQueued, and refuses the rest', async () => {
    const limiter = new ConcurrencyLimiter({ maxActive: 2, maxQueued: 1 });
    const first = await slot(limiter);
    await slot(limiter);
    const queued = slot(limiter);
    expect(limiter.acquire()).toBeNull();
    expect([limiter.active, limiter.queued]).toEqual([2, 1]);
    first();
    const third = await queued;
    expect([limiter.active, limiter.queued]).toEqual([2, 0]);
    third();
    expect(limiter.active).toBe(1);
  });

  it('serves waiters first come, first served, and a release counts once', async () => {
    const limiter = new ConcurrencyLimiter({ maxActive: 1, maxQueued: 5 });
    const release = await slot(limiter);
    const order: number[] = [];
    const waiting = [1, 2, 3].map((n) =>
      slot(limiter).then((next) => {
        order.push(n);
        next();
      }),
    );
    release();
    release();
    await Promise.all(waiting);
    expect(order).toEqual([1, 2, 3]);
    expect(limiter.active).toBe(0);
  });

  it('drops a waiter whose signal aborts, with the signal reason', async () => {
    const limiter = new ConcurrencyLimiter({ maxActive: 1, maxQueued: 5 });
    await slot(limiter);
    const controller = new AbortController();
    const waiting = slot(limiter, controller.signal);
    controller.abort(new Error('deadline'));
    await expect(waiting).rejects.toThrow('deadline');
    expect(limiter.queued).toBe(0);
  });
});
