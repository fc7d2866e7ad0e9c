import { describe, expect, it } from 'vitest';
import { type DocumentNameFields, documentNamesFrom } from './document-names';

/** Big-endian int4s, as PostgreSQL's binary COPY sends them. */
const int32s = (...values: number[]) => {
  const bytes = Buffer.alloc(4 * values.length);
  for (const [index, value] of values.entries()) bytes.writeInt32BE(value, 4 * index);
  return new Uint8Array(bytes);
};

const generation: DocumentNameFields = {
  chunks: int32s(3),
  lastChunk: int32s(2),
  ids: new Uint8Array(Buffer.from('aa\nbb\ncc\n')),
  sentences: int32s(4),
  lastSentence: int32s(3),
  contiguous: new Uint8Array([1]),
  firsts: int32s(0, 0, 1, 1, 2, 3),
  // Sentence numbers follow the ids' order («bb#10» before «bb#2»), so positions need not rise.
  positions: int32s(0, 10, 2, 0),
};

describe('documentNamesFrom', () => {
  it('names chunks and sentences by number, as `<chunk id>#<position>`', () => {
    const names = documentNamesFrom(1, generation);
    expect([0, 1, 2, 3].map((chunk) => names.chunkId(chunk))).toEqual(['aa', 'bb', 'cc', undefined]);
    expect([0, 1, 2, 3, 4, -1].map((sentence) => names.sentenceId(sentence))).toEqual(['aa#0', 'bb#10', 'bb#2', 'cc#0', undefined, undefined]);
  });

  it('names the sentences around chunks that have none', () => {
    const names = documentNamesFrom(1, {
      ...generation,
      chunks: int32s(5),
      lastChunk: int32s(4),
      ids: new Uint8Array(Buffer.from('aa\nbb\ncc\ndd\nee\n')),
      firsts: int32s(1, 0, 3, 2),
      positions: int32s(0, 1, 0, 1),
    });
    expect([0, 1, 2, 3].map((sentence) => names.sentenceId(sentence))).toEqual(['bb#0', 'bb#1', 'dd#0', 'dd#1']);
  });

  it('reads an empty generation', () => {
    const names = documentNamesFrom(1, {
      chunks: int32s(0),
      lastChunk: null,
      ids: null,
      sentences: int32s(0),
      lastSentence: null,
      contiguous: null,
      firsts: null,
      positions: null,
    });
    expect([names.chunkCount, names.sentenceCount, names.chunkId(0)]).toEqual([0, 0, undefined]);
  });

  it('refuses numbers with gaps, ids with line breaks and sentences not numbered chunk by chunk', () => {
    for (const broken of [
      { lastChunk: int32s(3) },
      { lastSentence: int32s(4) },
      { ids: new Uint8Array(Buffer.from('aa\nb\nb\ncc\n')) },
      { contiguous: new Uint8Array([0]) },
      { firsts: int32s(0, 0, 1, 1, 3, 3) },
      { firsts: int32s(0, 0, 2, 1, 1, 3) },
      { positions: int32s(0, 1, 2) },
    ])
      expect(() => documentNamesFrom(1, { ...generation, ...broken })).toThrow(expect.objectContaining({ code: 'index_corrupt' }));
  });
});
