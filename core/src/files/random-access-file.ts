import { fstatSync, readSync } from 'node:fs';
import { closeWhenCollected } from './close-when-collected';

/**
 * An open file read in parts: what the on-demand index readers (postings, analysed chunks) hold.
 * It owns its descriptor: closed by `close`, or once nothing that can read from it is reachable.
 */
export interface RandomAccessFile {
  readonly size: number;
  /** Fills `target` from `position`; throws `truncated()` on a short read, and whatever `check` throws. */
  readInto<T extends Uint8Array>(target: T, position: number): T;
  close(): void;
}

export interface RandomAccessOptions {
  /** Called with each range before its bytes are handed out (a verifier checks the blocks it spans). */
  check?: (position: number, length: number) => void;
  truncated: () => Error;
}

export const randomAccessFile = (descriptor: number, options: RandomAccessOptions): RandomAccessFile => {
  const size = fstatSync(descriptor).size;
  const file: RandomAccessFile = {
    size,
    readInto: (target, position) => {
      if (position < 0 || position + target.length > size) throw options.truncated();
      options.check?.(position, target.length);
      for (let done = 0; done < target.length; ) {
        const read = readSync(descriptor, target, done, target.length - done, position + done);
        if (read === 0) throw options.truncated();
        done += read;
      }
      return target;
    },
    close: () => close(),
  };
  const close = closeWhenCollected(file, descriptor);
  return file;
};
