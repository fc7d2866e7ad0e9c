import { describe, expect, it } from 'vitest';
import { PostingArena, PostingRowStore, pageBytes, pagedRowPostings, pagePostings } from './posting-arena';
import { PostingRows, sumScattered } from './posting-rows';
import { packPostings, postingKey, readPostingRows, type PostingFetch, type QueryTerm, type TermRow } from './posting-transfer';

/** A binary COPY reply of `field, term, idf, packed, NULL, NULL` per row, as `copyPostingRows` asks for it. */
const copyReply = (rows: ReadonlyArray<{ term: string; row: TermRow }>): Buffer => {
  const field = (bytes: Buffer | null) => {
    const length = Buffer.alloc(4);
    length.writeInt32BE(bytes ? bytes.length : -1);
    return bytes ? Buffer.concat([length, bytes]) : length;
  };
  const parts = [Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'), Buffer.alloc(8)];
  for (const { term, row } of rows) {
    const idf = Buffer.alloc(8);
    idf.writeDoubleBE(row.idf);
    parts.push(Buffer.from([0, 6]), field(Buffer.from('text')), field(Buffer.from(term)), field(idf), field(packPostings(row.documents, row.weights)));
    parts.push(field(null), field(null));
  }
  parts.push(Buffer.from([0xff, 0xff]));
  return Buffer.concat(parts);
};

/** `data` cut into pieces of the given sizes, in turn. */
const pieces = (data: Buffer, sizes: readonly number[]): Buffer[] => {
  const cut: Buffer[] = [];
  for (let at = 0, turn = 0; at < data.length; turn += 1) {
    const size = sizes[turn % sizes.length] ?? 1;
    cut.push(data.subarray(at, at + size));
    at += size;
  }
  return cut;
};

/** A deterministic random row of `count` postings over `documents` documents, sorted by document. */
const randomRow = (seed: number, count: number, documents: number): TermRow => {
  let state = seed;
  const next = () => {
    // Park–Miller: the product stays below 2^53, so the sequence is exact.
    state = (state * 48_271) % 2_147_483_647;
    return state / 2_147_483_647;
  };
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(Math.floor(next() * documents));
  const documentNumbers = Uint32Array.from(chosen).sort();
  return { documents: documentNumbers, weights: Float32Array.from(documentNumbers, () => next() * 3 + 1e-7), idf: next() * 5 };
};

/** All of a row's postings, its segments joined. */
const joined = (row: TermRow) => ({
  documents: [row, ...(row.rest ?? [])].flatMap((segment) => [...segment.documents]),
  weights: [row, ...(row.rest ?? [])].flatMap((segment) => [...segment.weights]),
});

describe('posting arena', () => {
  it('writes packed rows arriving in pieces cut anywhere into pages, and reads back the same postings', async () => {
    // Rows of 10, 512, 2,048, 2,049 and 5,000 postings: no page, one, one, two and three.
    const rows = [10, pagedRowPostings, pagePostings, pagePostings + 1, 5000].map((count, index) => ({
      term: `t${index}`,
      row: randomRow(index + 1, count, 1_000_000),
    }));
    expect(rows.map(({ row }) => row.documents.length)).toEqual([10, pagedRowPostings, pagePostings, pagePostings + 1, 5000]);
    const reply = copyReply(rows);
    for (const sizes of [[1], [7, 3], [100], [65_536]]) {
      const store = new PostingRowStore(new PostingArena(8), 2 ** 20);
      const read = await readPostingRows(pieces(reply, sizes), (bytes) => store.allocate(bytes));
      for (const { term, row } of rows) {
        const got = read.get(postingKey('text', term));
        expect(got?.idf).toBe(row.idf);
        expect(got && joined(got)).toEqual({ documents: [...row.documents], weights: [...row.weights] });
        expect(got?.pages?.length).toBe(row.documents.length < pagedRowPostings ? undefined : Math.ceil(row.documents.length / pagePostings));
      }
      expect(store.arena.freePages).toBe(8 - 1 - 1 - 2 - 3);
    }
  });

  it('drops the least recently used row for pages, never one a search holds, and gives a dropped row its pages back when it is let go', () => {
    const store = new PostingRowStore(new PostingArena(3), 2 ** 20);
    const add = (key: string) => {
      const field = store.allocate(8 * pagePostings);
      if (!field) return undefined;
      field.set(packPostings(new Uint32Array(pagePostings), new Float32Array(pagePostings)), 0);
      const [first, ...rest] = field.postings();
      return first && store.add(key, { ...first, rest, pages: field.pages, idf: 1 });
    };
    const a = add('a');
    const b = add('b');
    const c = add('c');
    expect(store.arena.freePages).toBe(0);
    // All three are held by searches: a fourth row finds no page (and would get a buffer of its own).
    expect(add('d')).toBeUndefined();
    for (const held of [a, b, c]) if (held) store.unpin(held);
    expect(store.pin('a')).toBe(a);
    // b is now the least recently used: d takes its pages.
    const d = add('d');
    expect(d?.row.pages).toEqual(b?.row.pages);
    expect(store.pin('b')).toBeUndefined();
    expect(b?.cached).toBe(false);
    // A second copy of a cached key is not cached; its pages come back when its search lets it go.
    if (d) store.unpin(d);
    const again = add('a');
    expect(again?.cached).toBe(false);
    if (again) store.unpin(again);
    expect(store.arena.freePages).toBe(1);
  });

  it('sums rows held in pages to the scattered sum’s hits and scores, to the bit, with searches interleaved and an arena smaller than one query', async () => {
    const rows = Array.from({ length: 12 }, (_, index) => randomRow(index + 11, 700 + 900 * index, 40_000));
    const key = (index: number) => postingKey('text', `t${index}`);
    const byKey = new Map(rows.map((row, index) => [key(index), row]));
    let fetches = 0;
    const fetch: PostingFetch = async (_unit, terms, allocate, onRow) => {
      fetches += 1;
      const wanted = terms.flatMap((term) => {
        const row = byKey.get(postingKey(term.field, term.term));
        return row ? [{ term: term.term, row }] : [];
      });
      const reply = pieces(copyReply(wanted), [4093, 17, 65_536]);
      // Pieces arrive across event-loop turns, so other searches run in between.
      const arriving = async function* () {
        for (const piece of reply) {
          await new Promise((resolve) => setTimeout(resolve, 0));
          yield piece;
        }
      };
      return readPostingRows(arriving(), allocate, onRow);
    };
    const queries = [
      [0, 1, 2, 3],
      [3, 4, 5, 11],
      [6, 7, 8, 9, 10],
      [0, 5, 10, 2],
      [11, 1, 7],
      [2, 2, 4, 99],
    ];
    const termsOf = (query: number[]): QueryTerm[] => query.map((index) => ({ field: 'text', term: `t${index}`, weight: 1 + (index % 3) * 0.4 }));
    const none: TermRow = { documents: new Uint32Array(0), weights: new Float32Array(0), idf: 0 };
    const expected = queries.map((query) =>
      sumScattered(
        query.map((index) => rows[index] ?? none),
        termsOf(query),
        50,
      ),
    );
    // 6 pages: fewer than the largest query needs (rows are added as they arrive, so it need not hold them all).
    const posting = new PostingRows(fetch, 6 * pageBytes);
    for (let round = 0; round < 3; round += 1) {
      const got = await Promise.all(queries.map((query) => posting.score('chunks', termsOf(query), 50)));
      expect(got).toEqual(expected);
    }
    expect(fetches).toBeGreaterThan(queries.length);
    expect(posting.stores.chunks.arena.freePages + posting.stores.chunks.heldPages()).toBe(6);
  });

  it('adds each fetched row as it arrives, so a question whose rows outgrow the arena still gets pages for every row', async () => {
    // Six rows of two pages each (12 pages) through an arena of 3 pages.
    const rows = Array.from({ length: 6 }, (_, index) => randomRow(index + 31, pagePostings + 100 * (index + 1), 50_000));
    const terms: QueryTerm[] = rows.map((_, index) => ({ field: 'text', term: `t${index}`, weight: 1 + (index % 2) * 0.3 }));
    let ownBuffers = 0;
    const fetch: PostingFetch = async (_unit, asked, allocate, onRow) => {
      const reply = copyReply(asked.map((term) => ({ term: term.term, row: rows[Number(term.term.slice(1))] as TermRow })));
      return readPostingRows(
        pieces(reply, [8192]),
        (bytes) => {
          const field = allocate?.(bytes);
          if (!field) ownBuffers += 1;
          return field;
        },
        onRow,
      );
    };
    const posting = new PostingRows(fetch, 3 * pageBytes);
    expect(await posting.score('chunks', terms, 30)).toEqual(sumScattered(rows, terms, 30));
    expect(ownBuffers).toBe(0);
    expect(posting.stores.chunks.arena.freePages + posting.stores.chunks.heldPages()).toBe(3);
  });

  it('refuses rows handed over out of the order of the terms asked for', async () => {
    const rows = [randomRow(5, 600, 1000), randomRow(6, 600, 1000)];
    const terms: QueryTerm[] = rows.map((_, index) => ({ field: 'text', term: `t${index}`, weight: 1 }));
    const fetch: PostingFetch = async (_unit, asked, allocate, onRow) =>
      readPostingRows(
        [copyReply([...asked].reverse().map((term) => ({ term: term.term, row: rows[Number(term.term.slice(1))] as TermRow })))],
        allocate,
        onRow,
      );
    const posting = new PostingRows(fetch, 4 * pageBytes);
    await expect(posting.score('chunks', terms, 5)).rejects.toThrow(/out of the order/);
    expect(posting.stores.chunks.arena.freePages + posting.stores.chunks.heldPages()).toBe(4);
  });

  it('gives the pages of a fetch that failed part-way back', async () => {
    const row = randomRow(3, 3000, 10_000);
    const reply = copyReply([{ term: 'a', row }]);
    const fetch: PostingFetch = async (_unit, _terms, allocate) => readPostingRows([reply.subarray(0, reply.length - 10)], allocate);
    const posting = new PostingRows(fetch, 4 * pageBytes);
    await expect(posting.score('chunks', [{ field: 'text', term: 'a', weight: 1 }], 5)).rejects.toThrow(/truncated field/);
    expect(posting.stores.chunks.arena.freePages).toBe(4);
  });
});
