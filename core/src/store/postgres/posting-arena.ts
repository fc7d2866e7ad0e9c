import { endianness } from 'node:os';
import type { TermPostings } from '../../lexical/bm25-field';
import type { TermRow } from './posting-transfer';

/**
 * Where a database-store API process keeps the posting rows it fetched: one fixed block of memory
 * per unit, cut into pages, reused row after row. Before, every fetched row got a buffer of its own
 * (a few hundred KiB for a common 4-gram at 100×); the cache dropped them, and they stayed in memory
 * until a major GC: V8 reported 57–106 MiB of external memory after 30 searches at 100× for 32 MiB
 * of cache, and glibc kept much of what was freed. Pages are allocated once, written by the COPY
 * reader straight from the socket's pieces, and given back when a row leaves the cache, so the
 * memory posting rows hold is the arena's size, whatever the corpus.
 */

/** Postings per page: 2,048 document numbers (8 KiB) and as many weights (8 KiB). */
export const pagePostings = 2048;
const pageColumnBytes = 4 * pagePostings;
export const pageBytes = 2 * pageColumnBytes;

/** Rows with fewer postings than this keep arrays of their own (a page would be mostly empty). */
export const pagedRowPostings = 512;

const littleEndianHost = endianness() === 'LE';

/** Where the bytes of one packed row go as they arrive: `set(part, offset)` as `Uint8Array.set` takes them. */
export interface FieldBytes {
  readonly length: number;
  set(part: Uint8Array, offset: number): void;
}

/** A packed row (documents as uint32, then weights as float32, little-endian) written into arena pages. */
export class PagedField implements FieldBytes {
  readonly length: number;
  private readonly count: number;

  constructor(
    private readonly arena: PostingArena,
    readonly pages: readonly number[],
    count: number,
  ) {
    this.count = count;
    this.length = 8 * count;
  }

  set(part: Uint8Array, offset: number): void {
    const half = 4 * this.count;
    let at = 0;
    while (at < part.length) {
      const byte = offset + at;
      const weights = byte >= half;
      const local = weights ? byte - half : byte;
      const page = Math.floor(local / pageColumnBytes);
      const within = local - page * pageColumnBytes;
      const run = Math.min(part.length - at, pageColumnBytes - within, weights ? Infinity : half - byte);
      this.arena.write(weights, this.pages[page] ?? 0, within, part.subarray(at, at + run));
      at += run;
    }
  }

  /** The row's postings, one segment a page, in order. */
  postings(): TermPostings[] {
    return this.pages.map((page, index) => {
      const count = Math.min(pagePostings, this.count - index * pagePostings);
      const segment = this.arena.segment(page, count);
      if (!littleEndianHost) {
        Buffer.from(segment.documents.buffer, segment.documents.byteOffset, segment.documents.byteLength).swap32();
        Buffer.from(segment.weights.buffer, segment.weights.byteOffset, segment.weights.byteLength).swap32();
      }
      return segment;
    });
  }
}

/** A fixed number of pages in one buffer: documents of every page first, then their weights. */
export class PostingArena {
  private readonly bytes: Uint8Array;
  private readonly documents: Uint32Array;
  private readonly weights: Float32Array;
  private readonly free: number[];

  constructor(readonly pages: number) {
    const buffer = new ArrayBuffer(pages * pageBytes);
    this.bytes = new Uint8Array(buffer);
    this.documents = new Uint32Array(buffer, 0, pages * pagePostings);
    this.weights = new Float32Array(buffer, pages * pageColumnBytes, pages * pagePostings);
    // Lowest page numbers first, so a small corpus touches (and makes resident) only the front of the buffer.
    this.free = Array.from({ length: pages }, (_, index) => pages - 1 - index);
  }

  get freePages(): number {
    return this.free.length;
  }

  /** Pages for `count` postings, or undefined (and none taken) when fewer are free. */
  take(count: number): number[] | undefined {
    const needed = Math.ceil(count / pagePostings);
    if (needed > this.free.length) return undefined;
    return this.free.splice(this.free.length - needed, needed).reverse();
  }

  give(pages: readonly number[]): void {
    for (const page of pages) this.free.push(page);
  }

  field(pages: readonly number[], count: number): PagedField {
    return new PagedField(this, pages, count);
  }

  write(weights: boolean, page: number, within: number, part: Uint8Array): void {
    this.bytes.set(part, (weights ? this.pages * pageColumnBytes : 0) + page * pageColumnBytes + within);
  }

  segment(page: number, count: number): TermPostings {
    const start = page * pagePostings;
    return { documents: this.documents.subarray(start, start + count), weights: this.weights.subarray(start, start + count) };
  }
}

/** A row the store holds: in use by `pins` searches, and in the cache unless a newer copy or eviction took it out. */
export interface HeldRow {
  readonly row: TermRow;
  pins: number;
  cached: boolean;
}

/** Bytes a small row (arrays of its own) counts for, with a little for the entry itself. */
const smallRowBytes = (row: TermRow): number => row.documents.byteLength + row.weights.byteLength + 64;

/**
 * The rows of one unit a process keeps: rows in arena pages stay until their pages are needed
 * (least recently used first, never one a search is summing), small rows up to `smallBudget` bytes.
 * A search pins the rows it sums; a row dropped while pinned gives its pages back when unpinned.
 */
export class PostingRowStore {
  private readonly entries = new Map<string, HeldRow>();
  private smallBytes = 0;

  constructor(
    readonly arena: PostingArena,
    private readonly smallBudget: number,
  ) {}

  /** The cached row of `key`, pinned, or undefined. */
  pin(key: string): HeldRow | undefined {
    const held = this.entries.get(key);
    if (!held) return undefined;
    this.entries.delete(key);
    this.entries.set(key, held);
    held.pins += 1;
    return held;
  }

  /** Where a fetched row of `bytes` packed bytes goes: arena pages (dropping cached rows for them), or undefined for a buffer of its own. */
  allocate(bytes: number): PagedField | undefined {
    const count = bytes / 8;
    if (!Number.isInteger(count) || count < pagedRowPostings) return undefined;
    const needed = Math.ceil(count / pagePostings);
    if (needed > this.arena.pages) return undefined;
    while (this.arena.freePages < needed && this.dropOldest((held) => held.row.pages !== undefined)) {
      // dropped one; try again
    }
    const pages = this.arena.take(count);
    return pages ? this.arena.field(pages, count) : undefined;
  }

  /**
   * A fetched row, pinned once; cached unless the cache already holds `key` or it is a large row
   * that found no pages (all in use by searches, or a generation without packed rows).
   */
  add(key: string, row: TermRow): HeldRow {
    const small = row.documents.length < pagedRowPostings;
    const held: HeldRow = { row, pins: 1, cached: !this.entries.has(key) && (row.pages !== undefined || small) };
    if (!held.cached) return held;
    this.entries.set(key, held);
    if (!row.pages) {
      this.smallBytes += smallRowBytes(row);
      while (this.smallBytes > this.smallBudget && this.dropOldest((entry) => entry.row.pages === undefined)) {
        // dropped one; check the budget again
      }
    }
    return held;
  }

  /** Pages the cached rows hold. */
  heldPages(): number {
    let pages = 0;
    for (const held of this.entries.values()) pages += held.row.pages?.length ?? 0;
    return pages;
  }

  unpin(held: HeldRow): void {
    held.pins -= 1;
    if (held.pins === 0 && !held.cached) this.release(held);
  }

  /** Gives back pages of a fetch that failed part-way (rows never added). */
  discard(pages: readonly number[]): void {
    this.arena.give(pages);
  }

  private release(held: HeldRow): void {
    if (held.row.pages) this.arena.give(held.row.pages);
  }

  /** Drops the least recently used unpinned row that `which` accepts; false when there is none. */
  private dropOldest(which: (held: HeldRow) => boolean): boolean {
    for (const [key, held] of this.entries) {
      if (held.pins > 0 || !which(held)) continue;
      this.entries.delete(key);
      held.cached = false;
      if (!held.row.pages) this.smallBytes -= smallRowBytes(held.row);
      this.release(held);
      return true;
    }
    return false;
  }
}
