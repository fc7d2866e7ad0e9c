import { KildesvarError } from '@kildesvar/core/errors';

/**
 * At most `maxActive` expensive requests at once; up to `maxQueued` more wait their turn (first
 * come, first served). Beyond that `acquire` answers null at once, so the caller can say
 * «overloaded» instead of piling up work. A waiter whose signal aborts leaves the queue.
 */
export interface ConcurrencySettings {
  maxActive: number;
  maxQueued: number;
}

type Release = () => void;

interface Waiter {
  grant: (release: Release) => void;
  fail: (reason: unknown) => void;
}

export class ConcurrencyLimiter {
  private activeCount = 0;
  private readonly waiters: Waiter[] = [];

  constructor(private readonly settings: ConcurrencySettings) {}

  get active(): number {
    return this.activeCount;
  }

  get queued(): number {
    return this.waiters.length;
  }

  /** A release function once a slot is free; null when the queue is full; rejects when `signal` aborts while waiting. */
  acquire(signal?: AbortSignal): Promise<Release> | null {
    if (this.activeCount < this.settings.maxActive) {
      this.activeCount += 1;
      return Promise.resolve(this.releaser());
    }
    if (this.waiters.length >= this.settings.maxQueued) return null;
    return new Promise<Release>((resolve, reject) => {
      const waiter: Waiter = {
        grant: (release) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(release);
        },
        fail: reject,
      };
      const onAbort = () => {
        const index = this.waiters.indexOf(waiter);
        if (index >= 0) this.waiters.splice(index, 1);
        reject(signal?.reason ?? new KildesvarError('timeout', 'The request was cancelled while it waited for a free slot.'));
      };
      if (signal?.aborted) return onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiters.push(waiter);
    });
  }

  private releaser(): Release {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiters.shift();
      if (next) next.grant(this.releaser());
      else this.activeCount -= 1;
    };
  }
}
