import { describe, expect, it } from 'vitest';
import { analyzeQuery, LexicalIndex, lexicalFields } from '../../lexical';
import { PostingRows, ScoreSum, sumScattered } from './posting-rows';
import {
  CopyBinaryReader,
  decodeArraySend,
  packPostings,
  parseCopyBinary,
  postingKey,
  unpackPostings,
  type PostingFetch,
  type QueryTerm,
  type TermRow,
} from './posting-transfer';

/** PostgreSQL's binary array format, as `array_send` writes a one-dimensional int4[] or float4[]. */
const arraySend = (values: ArrayLike<number>, kind: 'int4' | 'float4'): Buffer => {
  if (values.length === 0) return Buffer.from([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, kind === 'int4' ? 23 : 0]);
  const bytes = Buffer.alloc(20 + 8 * values.length);
  bytes.writeInt32BE(1, 0);
  bytes.writeInt32BE(0, 4);
  bytes.writeInt32BE(kind === 'int4' ? 23 : 700, 8);
  bytes.writeInt32BE(values.length, 12);
  bytes.writeInt32BE(1, 16);
  for (let index = 0; index < values.length; index += 1) {
    bytes.writeInt32BE(4, 20 + 8 * index);
    if (kind === 'int4') bytes.writeInt32BE(values[index] ?? 0, 24 + 8 * index);
    else bytes.writeFloatBE(values[index] ?? 0, 24 + 8 * index);
  }
  return bytes;
};

const texts = [
  'I løpet av 2011 skal alle kommuner være tilknyttet Norsk Helsenett.',
  'Kommunene skal ha som mål at all dokumentasjon skjer i elektronisk journalsystem.',
  'Alle kommuner og fylkeskommuner skal ha bredbånd med tilstrekkelig kapasitet.',
  'Ifølgje KS finn ein innan helse- og omsorgssektoren dei tilsette med lågast digital kompetanse.',
  'Bredbånd til alle grunnskoler og videregående skoler i kommunene.',
];

/**
 * A fetch that answers from an in-memory index, as the database holds it (documents renumbered in
 * reverse), through packed bytes; each row's postings in the index's order or, as generations are
 * written since session 8, sorted by document number.
 */
const fakeFetch = (index: LexicalIndex, order: 'index' | 'sorted' = 'index') => {
  const rows = new Map<string, { idf: number; packed: Buffer }>();
  const last = index.size - 1;
  for (const [field, bm25] of index.fieldEntries()) {
    const { terms, offsets, documents } = bm25.toColumns();
    const weights = bm25.postingWeights();
    const idf = bm25.termIdf();
    terms.forEach((term, termIndex) => {
      const from = offsets[termIndex] ?? 0;
      const to = offsets[termIndex + 1] ?? from;
      const postings = Array.from(documents.subarray(from, to), (document, posting) => ({ document: last - document, weight: weights[from + posting] ?? 0 }));
      if (order === 'sorted') postings.sort((left, right) => left.document - right.document);
      rows.set(postingKey(field, term), {
        idf: idf[termIndex] ?? 0,
        packed: packPostings(
          postings.map((posting) => posting.document),
          postings.map((posting) => posting.weight),
        ),
      });
    });
  }
  const queries: string[][] = [];
  const fetch: PostingFetch = async (_unit, terms) => {
    queries.push(terms.map((term) => term.term));
    const found = new Map<string, TermRow>();
    for (const term of terms) {
      const row = rows.get(postingKey(term.field, term.term));
      if (row) found.set(postingKey(term.field, term.term), { ...unpackPostings(row.packed), idf: row.idf });
    }
    return found;
  };
  return { fetch, queries, idOf: (document: number) => `d${last - document}` };
};

const queryTerms = (index: LexicalIndex, question: string): QueryTerm[] => {
  const analysed = analyzeQuery(question, index.options.gramSize);
  return lexicalFields.flatMap((field) => analysed[field].map((term) => ({ field, term, weight: index.options.fieldWeights[field] })));
};

describe('posting rows scored in the API', () => {
  const index = LexicalIndex.build(texts.map((text, position) => ({ id: `d${position}`, text })));

  it('decodes array_send output, empty arrays included', () => {
    expect([...decodeArraySend<Uint32Array>(arraySend([5, 0, 70000], 'int4'), 'int4')]).toEqual([5, 0, 70000]);
    expect([...decodeArraySend<Float32Array>(arraySend([0.5, 1.25], 'float4'), 'float4')]).toEqual([0.5, 1.25]);
    expect(decodeArraySend<Uint32Array>(arraySend([], 'int4'), 'int4').length).toBe(0);
  });

  it('packs postings as little-endian bytes and unpacks them from any offset', () => {
    const packed = packPostings([5, 0, 4_000_000_000], [0.5, 1.25, 3]);
    expect(packed.length).toBe(24);
    expect(packed.readUInt32LE(8)).toBe(4_000_000_000);
    expect(packed.readFloatLE(16)).toBe(1.25);
    const unaligned = Buffer.concat([Buffer.from([9]), packed]).subarray(1);
    const { documents, weights } = unpackPostings(unaligned);
    expect([...documents]).toEqual([5, 0, 4_000_000_000]);
    expect([...weights]).toEqual([0.5, 1.25, 3]);
    expect(() => unpackPostings(packed.subarray(0, 20))).toThrow(/whole number of postings/);
  });

  /** One binary COPY field (length, then bytes; -1 for NULL) and one tuple's field count, as PostgreSQL writes them. */
  const field = (bytes: Buffer | null) => {
    const length = Buffer.alloc(4);
    length.writeInt32BE(bytes ? bytes.length : -1);
    return bytes ? Buffer.concat([length, bytes]) : length;
  };
  const count = (fields: number) => {
    const bytes = Buffer.alloc(2);
    bytes.writeInt16BE(fields);
    return bytes;
  };

  it('parses binary COPY output: fields, NULLs, the end marker, and refuses other bytes', () => {
    const header = Buffer.concat([Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'), Buffer.alloc(8)]);
    const data = Buffer.concat([header, count(2), field(Buffer.from('ab')), field(null), count(1), field(Buffer.alloc(0)), count(-1)]);
    const tuples = parseCopyBinary(data);
    expect(tuples.map((tuple) => tuple.map((value) => (value ? Buffer.from(value).toString() : null)))).toEqual([['ab', null], ['']]);
    expect(() => parseCopyBinary(data.subarray(0, data.length - 2))).toThrow(/end marker/);
    expect(() => parseCopyBinary(Buffer.concat([Buffer.from('PGCOPY\n\xff\r\n\x01', 'latin1'), data.subarray(11)]))).toThrow(/signature/);
  });

  it('reads binary COPY output split into pieces anywhere, each field in a buffer of its own', () => {
    const extension = Buffer.alloc(8);
    extension.writeUInt32BE(3, 4);
    const header = Buffer.concat([Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'), extension, Buffer.from([7, 7, 7])]);
    const packed = packPostings([3, 1, 2], [0.5, 0.25, 2]);
    const data = Buffer.concat([header, count(3), field(Buffer.from('text')), field(null), field(packed), count(1), field(Buffer.alloc(0)), count(-1)]);
    const expected = [['text', null, packed.toString('hex')], ['']];
    const show = (tuples: Array<Array<Uint8Array | null>>) =>
      tuples.map((tuple) => tuple.map((value, index) => (value === null ? null : Buffer.from(value).toString(index === 2 ? 'hex' : 'utf8'))));
    for (let first = 0; first <= data.length; first += 1)
      for (const second of [first, Math.min(data.length, first + 1), Math.min(data.length, first + 5)]) {
        const reader = new CopyBinaryReader();
        for (const piece of [data.subarray(0, first), data.subarray(first, second), data.subarray(second)]) reader.push(piece);
        const tuples = reader.end();
        expect(show(tuples)).toEqual(expected);
        const own = tuples[0]?.[2];
        expect(own?.byteOffset === 0 && own.byteLength === own.buffer.byteLength).toBe(true);
      }
    const unpacked = unpackPostings(parseCopyBinary(data)[0]?.[2] ?? new Uint8Array(0));
    expect([...unpacked.documents]).toEqual([3, 1, 2]);
    expect([...unpacked.weights]).toEqual([0.5, 0.25, 2]);
    const cut = new CopyBinaryReader();
    cut.push(data.subarray(0, data.length - 5));
    expect(() => cut.end()).toThrow(/truncated field/);
    const after = new CopyBinaryReader();
    expect(() => after.push(Buffer.concat([data, Buffer.from([0])]))).toThrow(/after the end marker/);
  });

  it('gives the in-memory index’s hits and scores to the bit, also when the cache holds less than one query', async () => {
    for (const [budget, order] of [
      [16 * 2 ** 20, 'index'],
      [1, 'index'],
      [16 * 2 ** 20, 'sorted'],
      [1, 'sorted'],
    ] as const) {
      const { fetch, idOf } = fakeFetch(index, order);
      const rows = new PostingRows(fetch, budget);
      for (const question of ['Skal alle kommuner ha bredbånd?', 'digital kompetanse i helse', 'elektronisk journalsystem 2011', 'ukjent ord']) {
        const expected = index.search(question, 3);
        const hits = await rows.score('chunks', queryTerms(index, question), 3);
        expect(hits.map((hit) => ({ id: idOf(hit.document), score: hit.score }))).toEqual(expected);
      }
    }
  });

  it('fetches only the terms it has not cached', async () => {
    const { fetch, queries } = fakeFetch(index);
    const rows = new PostingRows(fetch);
    const terms = queryTerms(index, 'Skal alle kommuner ha bredbånd?');
    await rows.score('chunks', terms, 3);
    await rows.score('chunks', terms, 3);
    await rows.score('chunks', queryTerms(index, 'kommuner og helse'), 3);
    expect(queries.length).toBe(2);
    expect(queries[1]).not.toContain('kommun');
  });

  it('asks for a term the generation does not hold once, and scores as if it had asked again', async () => {
    const { fetch, queries } = fakeFetch(index);
    const rows = new PostingRows(fetch);
    const terms = queryTerms(index, 'Skal alle kommuner ha bredbånd i Zqxwvåsen?');
    expect(terms.some((term) => term.term.includes('zqxw'))).toBe(true);
    const first = await rows.score('chunks', terms, 3);
    expect(first.length).toBeGreaterThan(0);
    const second = await rows.score('chunks', terms, 3);
    expect(queries.length).toBe(1);
    expect(second).toEqual(first);
    expect(await new PostingRows(fakeFetch(index).fetch).score('chunks', terms, 3)).toEqual(first);
  });
});

describe('bestDocuments', () => {
  it('keeps the best by score, ties by document number, as sorting all would', async () => {
    const { bestDocuments } = await import('./posting-rows');
    const scores = Float64Array.from({ length: 500 }, (_, index) => (index % 7 === 0 ? 0 : ((index * 7919) % 13) / 3));
    const documents = Uint32Array.from({ length: 500 }, (_, index) => (index * 211) % 500);
    const all = [...documents]
      .map((document) => ({ document, score: scores[document] ?? 0 }))
      .filter((hit) => hit.score > 0)
      .sort((left, right) => right.score - left.score || left.document - right.document);
    for (const depth of [1, 5, 60, 1000]) expect(bestDocuments(scores, documents, depth)).toEqual(all.slice(0, depth));
  });

  it('keeps the same documents when those offered in ascending order that score no more than its floor are left out', async () => {
    const { BestDocuments } = await import('./posting-rows');
    // Few distinct scores, so many documents tie with the worst kept one.
    const scores = Float64Array.from({ length: 2000 }, (_, index) => (index % 11 === 0 ? 0 : ((index * 7919) % 17) / 4));
    for (const depth of [1, 7, 100, 3000]) {
      const all = new BestDocuments(depth);
      const above = new BestDocuments(depth);
      expect(above.floor()).toBe(0);
      for (const [document, score] of scores.entries()) {
        all.offer(score, document);
        if (score > above.floor()) above.offer(score, document);
      }
      expect(above.best()).toEqual(all.best());
      expect(above.floor()).toBe(depth > 1800 ? 0 : Math.min(...above.best().map((hit) => hit.score)));
    }
  });
});

describe('ScoreSum', () => {
  /** Rows of random postings in random document order, with weights that make float sums order-sensitive. */
  const randomRows = (seed: number, count: number, documents: number): TermRow[] => {
    let state = seed;
    const next = () => {
      state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
      return state / 2 ** 31;
    };
    return Array.from({ length: count }, () => {
      const chosen = [...new Set(Array.from({ length: Math.floor(next() * documents) }, () => Math.floor(next() * documents)))];
      return { documents: Uint32Array.from(chosen), weights: Float32Array.from(chosen, () => next() * 3 + 1e-7), idf: next() * 5 };
    });
  };

  /** The in-memory index's arithmetic, written out: every row in query order into one array, all documents sorted. */
  const reference = (rows: readonly TermRow[], terms: readonly QueryTerm[], depth: number) => {
    const scores = new Float64Array(2000);
    rows.forEach((row, index) => {
      const termWeight = (terms[index]?.weight ?? 0) * row.idf;
      row.documents.forEach((document, posting) => {
        scores[document] = (scores[document] ?? 0) + termWeight * (row.weights[posting] ?? 0);
      });
    });
    return [...scores.entries()]
      .filter(([, score]) => score > 0)
      .map(([document, score]) => ({ document, score }))
      .sort((left, right) => right.score - left.score || left.document - right.document)
      .slice(0, depth);
  };

  it('sums rows in query order to the in-memory arithmetic’s hits and scores, to the bit, and starts from zero after clear', () => {
    const sum = new ScoreSum();
    for (const seed of [1, 2, 3, 4]) {
      const rows = randomRows(seed, 12, 300 * seed);
      const terms: QueryTerm[] = rows.map((_, index) => ({ field: 'text', term: `t${index}`, weight: 1 + (index % 3) * 0.7 }));
      const expected = reference(rows, terms, 40);
      expect(expected.length).toBe(40);
      for (const [index, row] of rows.entries()) sum.addRow(row, terms[index]?.weight ?? 0);
      expect(sum.best(40)).toEqual(expected);
      sum.clear();
      expect(sumScattered(rows, terms, 40)).toEqual(expected);
    }
    expect(sum.best(5)).toEqual([]);
  });

  it('adds a row’s segments as one row', () => {
    const sum = new ScoreSum();
    sum.addRow(
      {
        documents: Uint32Array.from([5, 2]),
        weights: Float32Array.from([1, 2]),
        idf: 1,
        rest: [{ documents: Uint32Array.from([9]), weights: Float32Array.from([3]) }],
      },
      1,
    );
    sum.addRow({ documents: Uint32Array.from([2, 9]), weights: Float32Array.from([0.5, 0.25]), idf: 2 }, 1);
    expect(sum.best(3)).toEqual([
      { document: 9, score: 3.5 },
      { document: 2, score: 3 },
      { document: 5, score: 1 },
    ]);
  });
});
