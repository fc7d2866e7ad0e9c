import { closeSync } from 'node:fs';

const open = new FinalizationRegistry<number>((descriptor) => {
  try {
    closeSync(descriptor);
  } catch {
    // Already closed by its owner.
  }
});

/**
 * Closes `descriptor` once `owner` is garbage: an index read from a file keeps its descriptor while
 * searches may read from it, and a hot reload drops the old index without telling it. Without this,
 * every reload would keep the old build's files open (and their disk space, after the build is removed).
 * Returns a `close` that closes it now and forgets it.
 */
export const closeWhenCollected = (owner: object, descriptor: number): (() => void) => {
  const token = {};
  open.register(owner, descriptor, token);
  return () => {
    open.unregister(token);
    closeSync(descriptor);
  };
};
