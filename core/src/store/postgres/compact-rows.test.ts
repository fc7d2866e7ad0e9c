import { describe, expect, it } from 'vitest';
import { averageFieldLength, bm25Weights } from '../../lexical/bm25-field';
import { encodeCompact, fieldWeighing } from './compact-postings';
import { type CompactRow, CompactRows, summableRow, sumCompactRows } from './compact-rows';
import { BestDocuments, sumScattered } from './posting-rows';
import { postingKey, type QueryTerm, type TermRow } from './posting-transfer';

/** A deterministic pseudo-random sequence (a linear congruential generator). */
const random = (seed: number) => {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
};

const parameters = { k1: 1.2, b: 0.75 };

/** A unit of `documentCount` documents with rows for `termCount` terms in two fields, some dense, some rare. */
const unit = (documentCount: number, termCount: number) => {
  const next = random(7);
  const lengths = { stems: new Uint32Array(documentCount), grams: new Uint32Array(documentCount) };
  for (let document = 0; document < documentCount; document += 1) {
    lengths.stems[document] = 1 + Math.floor(next() * 200);
    lengths.grams[document] = 1 + Math.floor(next() * 900);
  }
  const rows = new Map<string, { idf: number; documents: Uint32Array; frequencies: Uint16Array; field: 'stems' | 'grams' }>();
  for (let term = 0; term < termCount; term += 1) {
    const field = term % 3 === 0 ? 'stems' : 'grams';
    const density = term % 5 === 0 ? 0.6 : term % 2 === 0 ? 0.05 : 0.002;
    const documents: number[] = [];
    for (let document = 0; document < documentCount; document += 1) if (next() < density) documents.push(document);
    rows.set(postingKey(field, `t${term}`), {
      field,
      idf: 0.1 + next() * 5,
      documents: Uint32Array.from(documents),
      frequencies: Uint16Array.from(documents, () => 1 + Math.floor(next() ** 4 * 300)),
    });
  }
  const weighings = { stems: fieldWeighing(lengths.stems, parameters), grams: fieldWeighing(lengths.grams, parameters) };
  return { rows, weighings, lengths };
};

describe('BM25 over compact rows', () => {
  it('adds float32 weights as the in-memory index weighs them, to the bit', () => {
    const lengths = new Uint32Array([12, 40, 7, 300, 1, 55, 9]);
    const documents = new Uint32Array([0, 2, 3, 6]);
    const frequencies = new Uint16Array([1, 4, 900, 2]);
    const weighing = fieldWeighing(lengths, parameters);
    const weights = bm25Weights(documents, frequencies, lengths, averageFieldLength(lengths), parameters);
    const best = new BestDocuments(7);
    const row = summableRow({ idf: 1, bytes: encodeCompact(documents, frequencies) });
    expect(sumCompactRows([row], Float64Array.of(1.7), [weighing], best, new Float64Array(4), 4)).toBe(7);
    const expected = Array.from(documents, (document, index) => ({ document, score: 1.7 * (weights[index] ?? 0) }));
    expect(best.best()).toEqual(expected.sort((left, right) => right.score - left.score || left.document - right.document));
  });

  it('sums block by block to the bits of summing row after row, whatever the block size', () => {
    const { rows, weighings, lengths } = unit(3000, 40);
    const terms = [...rows.keys(), ...rows.keys()].filter((_, index) => index % 3 !== 1);
    const present = terms.map((key) => rows.get(key) ?? ({} as never));
    const termRows: TermRow[] = present.map((row) => ({
      idf: row.idf,
      documents: row.documents,
      weights: bm25Weights(row.documents, row.frequencies, lengths[row.field], averageFieldLength(lengths[row.field]), parameters),
    }));
    const queryTerms = present.map((row, index) => ({ field: row.field, term: `${index}`, weight: row.field === 'stems' ? 1 : 0.5 }));
    const expected = sumScattered(termRows, queryTerms, 300);
    const summable = present.map((row) => summableRow({ idf: row.idf, bytes: encodeCompact(row.documents, row.frequencies) }));
    const termWeights = Float64Array.from(present, (row, index) => (queryTerms[index]?.weight ?? 0) * row.idf);
    for (const block of [5, 64, 1000, 8192]) {
      const best = new BestDocuments(300);
      const scores = new Float64Array(block);
      sumCompactRows(
        summable,
        termWeights,
        present.map((row) => weighings[row.field]),
        best,
        scores,
        block,
      );
      const hits = best.best();
      expect(hits.map((hit) => hit.document)).toEqual(expected.map((hit) => hit.document));
      expect(Buffer.from(Float64Array.from(hits, (hit) => hit.score).buffer)).toEqual(Buffer.from(Float64Array.from(expected, (hit) => hit.score).buffer));
      expect(scores.every((score) => score === 0)).toBe(true);
    }
  });

  it('adds runs of one-byte gaps and frequencies four at a time to the bits of one at a time, beside multi-byte numbers and block ends', () => {
    const documentCount = 5000;
    const next = random(3);
    const lengths = new Uint32Array(documentCount).map(() => 1 + Math.floor(next() * 400));
    const weighing = fieldWeighing(lengths, parameters);
    // Dense rows: gaps of 1–3 with a gap of 130–300 (two bytes) now and then; frequencies 1–9 with 200 (two bytes) now and then.
    const rows = Array.from({ length: 6 }, (_, term) => {
      const documents: number[] = [];
      const frequencies: number[] = [];
      for (
        let document = Math.floor(next() * 3);
        document < documentCount;
        document += next() < 0.03 * term ? 130 + Math.floor(next() * 170) : 1 + Math.floor(next() * 3)
      ) {
        documents.push(document);
        frequencies.push(next() < 0.02 * term ? 200 : 1 + Math.floor(next() ** 3 * 9));
      }
      return { idf: 0.5 + term, documents: Uint32Array.from(documents), frequencies: Uint16Array.from(frequencies) };
    });
    const queryTerms = rows.map((_, index) => ({ field: 'grams' as const, term: `${index}`, weight: 0.5 }));
    const termRows: TermRow[] = rows.map((row) => ({
      idf: row.idf,
      documents: row.documents,
      weights: bm25Weights(row.documents, row.frequencies, lengths, averageFieldLength(lengths), parameters),
    }));
    const expected = sumScattered(termRows, queryTerms, 400);
    const summable = rows.map((row) => summableRow({ idf: row.idf, bytes: encodeCompact(row.documents, row.frequencies) }));
    for (const block of [5, 6, 7, 33, 8192]) {
      const best = new BestDocuments(400);
      sumCompactRows(
        summable,
        Float64Array.from(rows, (row) => 0.5 * row.idf),
        summable.map(() => weighing),
        best,
        new Float64Array(block),
        block,
      );
      const hits = best.best();
      expect(hits.map((hit) => hit.document)).toEqual(expected.map((hit) => hit.document));
      expect(Buffer.from(Float64Array.from(hits, (hit) => hit.score).buffer)).toEqual(Buffer.from(Float64Array.from(expected, (hit) => hit.score).buffer));
    }
    // A zero frequency inside a run of one-byte postings is refused, not added as a weight of zero.
    const zero = encodeCompact([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], [1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1]);
    expect(() =>
      sumCompactRows([summableRow({ idf: 1, bytes: zero })], Float64Array.of(1), [weighing], new BestDocuments(3), new Float64Array(64), 64),
    ).toThrow(/postings are corrupt/);
  });

  it('refuses a row that names a document the unit does not hold or has bytes after its postings', () => {
    const weighing = fieldWeighing(new Uint32Array([3, 4, 5, 6, 7, 8, 9]), parameters);
    const sum = (bytes: Uint8Array) =>
      sumCompactRows([summableRow({ idf: 1, bytes })], Float64Array.of(1), [weighing], new BestDocuments(3), new Float64Array(4), 4);
    expect(() => sum(encodeCompact([0, 7], [1, 1]))).toThrow(/does not hold/);
    expect(() => sum(Buffer.concat([encodeCompact([0, 6], [1, 1]), Buffer.of(1)]))).toThrow(/after its postings/);
    expect(() => sum(encodeCompact([0, 6], [1, 1]).subarray(0, 3))).toThrow(/ends inside a number/);
  });

  it('ranks as the summed weights of the index do, to the bit, with a cache smaller than one question and terms repeated or absent', async () => {
    const { rows, weighings, lengths } = unit(3000, 40);
    let fetches = 0;
    const fetched: string[] = [];
    const compact = new CompactRows(
      async (asked) => {
        fetches += 1;
        const found = { chunks: new Map<string, CompactRow>(), sentences: new Map<string, CompactRow>() };
        for (const unit of ['chunks', 'sentences'] as const)
          for (const term of asked[unit] ?? []) {
            const key = postingKey(term.field, term.term);
            fetched.push(key);
            const row = rows.get(key);
            if (row) found[unit].set(key, { idf: row.idf, bytes: encodeCompact(row.documents, row.frequencies) });
          }
        return found;
      },
      { chunks: weighings, sentences: weighings },
      12_000,
    );
    const next = random(11);
    for (let search = 0; search < 12; search += 1) {
      const terms: QueryTerm[] = Array.from({ length: 3 + Math.floor(next() * 20) }, () => {
        const term = Math.floor(next() * 44);
        const field = term % 3 === 0 ? 'stems' : 'grams';
        return { field, term: `t${term}`, weight: field === 'stems' ? 1 : 0.5 };
      });
      terms.push(terms[0] as QueryTerm);
      // The packed arithmetic: rows with bm25Weights' float32 weights, summed in query order.
      const present = terms.filter((term) => rows.has(postingKey(term.field, term.term)));
      const termRows: TermRow[] = present.map((term) => {
        const row = rows.get(postingKey(term.field, term.term));
        if (!row) throw new Error('unreachable');
        const fieldLengths = lengths[row.field];
        return {
          idf: row.idf,
          documents: row.documents,
          weights: bm25Weights(row.documents, row.frequencies, fieldLengths, averageFieldLength(fieldLengths), parameters),
        };
      });
      const expected = sumScattered(termRows, present, 25);
      const hits = await compact.score(search % 2 ? 'chunks' : 'sentences', terms, 25);
      expect(hits.map((hit) => hit.document)).toEqual(expected.map((hit) => hit.document));
      expect(Buffer.from(Float64Array.from(hits, (hit) => hit.score).buffer)).toEqual(Buffer.from(Float64Array.from(expected, (hit) => hit.score).buffer));
      expect(compact.heldBytes('chunks')).toBeLessThanOrEqual(12_000);
    }
    expect(fetches).toBeGreaterThan(0);
    // Absent terms (t40–t43) are asked for once per unit; cached rows are not asked for again while held.
    expect(fetched.filter((key) => key === postingKey('grams', 't41')).length).toBeLessThanOrEqual(2);
  });

  it('fetches both units’ uncached rows in one round trip and scores each unit as score() alone does', async () => {
    const { rows, weighings } = unit(2000, 30);
    const asked: Array<Record<string, number>> = [];
    const compactFor = () =>
      new CompactRows(
        async (wanted) => {
          asked.push(Object.fromEntries(Object.entries(wanted).map(([unit, terms]) => [unit, terms?.length ?? 0])));
          const found = { chunks: new Map<string, CompactRow>(), sentences: new Map<string, CompactRow>() };
          for (const unit of ['chunks', 'sentences'] as const)
            for (const term of wanted[unit] ?? []) {
              const row = rows.get(postingKey(term.field, term.term));
              if (row) found[unit].set(postingKey(term.field, term.term), { idf: row.idf, bytes: encodeCompact(row.documents, row.frequencies) });
            }
          return found;
        },
        { chunks: weighings, sentences: weighings },
      );
    const terms = (from: number): QueryTerm[] =>
      Array.from({ length: 12 }, (_, index) => ({ field: (from + index) % 3 === 0 ? 'stems' : 'grams', term: `t${from + index}`, weight: 1 }));
    const together = compactFor();
    const both = await together.scoreUnits({ chunks: terms(0), sentences: terms(6) }, 20);
    expect(asked).toEqual([{ chunks: 12, sentences: 12 }]);
    const alone = compactFor();
    expect(both).toEqual({ chunks: await alone.score('chunks', terms(0), 20), sentences: await alone.score('sentences', terms(6), 20) });
    expect(both.chunks.length).toBeGreaterThan(0);
    // Held rows are not asked for again; a unit with nothing missing is left out of the fetch.
    asked.length = 0;
    await together.scoreUnits({ chunks: terms(0), sentences: terms(10) }, 20);
    expect(asked).toEqual([{ sentences: 4 }]);
  });
});
