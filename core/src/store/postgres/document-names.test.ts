import type { Pool } from 'pg';
import { describe, expect, it } from 'vitest';
import { readDocumentNames } from './document-names';

/** A pool whose one query answers with `row` (as node-postgres parses it: counts as strings, bytea as Buffers). */
const answering = (row: Record<string, unknown>): Pick<Pool, 'query'> => ({ query: (async () => ({ rows: [row] })) as unknown as Pool['query'] });

const int32s = (values: number[]) => Buffer.concat(values.map((value) => Buffer.from(new Int32Array([value]).buffer).reverse()));

const generation = {
  chunks: '3',
  last_chunk: 2,
  ids: 'aa\nbb\ncc\n',
  sentences: '4',
  last_sentence: 3,
  // Sentence numbers follow the ids' order («bb#10» before «bb#2»), so positions need not rise.
  sentence_chunks: int32s([0, 1, 1, 2]),
  positions: int32s([0, 10, 2, 0]),
};

describe('readDocumentNames', () => {
  it('names chunks and sentences by number, as `<chunk id>#<position>`', async () => {
    const names = await readDocumentNames(answering(generation), 1);
    expect([0, 1, 2, 3].map((chunk) => names.chunkId(chunk))).toEqual(['aa', 'bb', 'cc', undefined]);
    expect([0, 1, 2, 3, 4, -1].map((sentence) => names.sentenceId(sentence))).toEqual(['aa#0', 'bb#10', 'bb#2', 'cc#0', undefined, undefined]);
  });

  it('names the sentences around chunks that have none', async () => {
    const names = await readDocumentNames(
      answering({
        ...generation,
        chunks: '5',
        last_chunk: 4,
        ids: 'aa\nbb\ncc\ndd\nee\n',
        sentence_chunks: int32s([1, 1, 3, 3]),
        positions: int32s([0, 1, 0, 1]),
      }),
      1,
    );
    expect([0, 1, 2, 3].map((sentence) => names.sentenceId(sentence))).toEqual(['bb#0', 'bb#1', 'dd#0', 'dd#1']);
  });

  it('reads an empty generation', async () => {
    const names = await readDocumentNames(
      answering({ chunks: '0', last_chunk: null, ids: null, sentences: '0', last_sentence: null, sentence_chunks: null, positions: null }),
      1,
    );
    expect([names.chunkCount, names.sentenceCount, names.chunkId(0)]).toEqual([0, 0, undefined]);
  });

  it('refuses numbers with gaps, ids with line breaks and sentences of chunks it does not hold', async () => {
    await expect(readDocumentNames(answering({ ...generation, last_chunk: 3 }), 1)).rejects.toMatchObject({ code: 'index_corrupt' });
    await expect(readDocumentNames(answering({ ...generation, last_sentence: 4 }), 1)).rejects.toMatchObject({ code: 'index_corrupt' });
    await expect(readDocumentNames(answering({ ...generation, ids: 'aa\nb\nb\ncc\n' }), 1)).rejects.toMatchObject({ code: 'index_corrupt' });
    await expect(readDocumentNames(answering({ ...generation, sentence_chunks: int32s([0, 1, 1, 3]) }), 1)).rejects.toMatchObject({ code: 'index_corrupt' });
    await expect(readDocumentNames(answering({ ...generation, sentence_chunks: int32s([0, 1, 2, 1]) }), 1)).rejects.toMatchObject({ code: 'index_corrupt' });
  });
});
