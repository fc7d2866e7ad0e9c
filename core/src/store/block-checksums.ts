import { readSync } from 'node:fs';
import { KildesvarError } from '../errors';
import type { FileBlocks } from './manifest';
import { sha256 } from './sha256';

/** Block size for per-block checksums: small enough that a search's first read of a posting list or analysed chunk hashes little more than it reads. */
export const checksumBlockBytes = 1 << 16;

export const blockChecksums = (bytes: Buffer, blockBytes = checksumBlockBytes): FileBlocks => {
  const hashes: string[] = [];
  for (let start = 0; start < bytes.length; start += blockBytes) hashes.push(sha256(bytes.subarray(start, start + blockBytes)));
  return { bytes: blockBytes, sha256: hashes.join('') };
};

export const blockCount = (size: number, blockBytes: number): number => Math.ceil(size / blockBytes);

/**
 * A `check` for `randomAccessFile`: before a range is handed out, every block it spans that was not
 * checked yet is read and compared with its SHA-256 (each block once per open file). `damaged`
 * gives the error for a block that does not match.
 */
export const blockVerifier = (
  descriptor: number,
  size: number,
  blocks: FileBlocks,
  damaged: (block: number) => Error,
): ((position: number, length: number) => void) => {
  const count = blockCount(size, blocks.bytes);
  if (blocks.sha256.length !== 64 * count)
    throw new KildesvarError('internal', `Block checksums for ${count} blocks expected, ${blocks.sha256.length / 64} given.`);
  const checked = new Uint8Array(count);
  const buffer = Buffer.allocUnsafe(blocks.bytes);
  return (position, length) => {
    const last = Math.min(count - 1, Math.floor((position + Math.max(length, 1) - 1) / blocks.bytes));
    for (let block = Math.floor(position / blocks.bytes); block <= last; block += 1) {
      if (checked[block]) continue;
      const start = block * blocks.bytes;
      const want = Math.min(blocks.bytes, size - start);
      let done = 0;
      while (done < want) {
        const read = readSync(descriptor, buffer, done, want - done, start + done);
        if (read === 0) break;
        done += read;
      }
      if (done !== want || sha256(buffer.subarray(0, want)) !== blocks.sha256.slice(64 * block, 64 * block + 64)) throw damaged(block);
      checked[block] = 1;
    }
  };
};
