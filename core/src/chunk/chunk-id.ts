import { sha256 } from '../store/sha256';

/** A chunk's id: a hash of where it stands and what it says, so a reader can tell a chunk that was moved or altered. */
export const chunkId = (file: string, start: number, end: number, text: string): string =>
  sha256(`${file}\u0000${start}\u0000${end}\u0000${text}`).slice(0, 16);
