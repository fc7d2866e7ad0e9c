import { describe, expect, it } from 'vitest';
import { FakeEmbedder } from '../embed/fake-embedder';
import { termsVector } from '../embed/term-vector';
import type { CandidateSource } from './candidate-source';
import { prepareQuery } from './query';
import { Retriever } from './retriever';

/**
 * A store that answers over the network (the database store) overlaps the nearest-vector query
 * with the BM25 sum: stage 1 asks for both before it waits for either, unless a stage timer wants
 * each stage's own time.
 */
const overlapping = () => {
  const calls: string[] = [];
  let denseAsked: () => void = () => undefined;
  const denseStarted = new Promise<void>((resolve) => (denseAsked = resolve));
  const source: CandidateSource = {
    size: 1,
    vocabulary: () => new Set(),
    lexical: async () => {
      calls.push('lexical asked');
      // Answers only once the dense query is out, as a sum that takes longer than the vector search.
      await Promise.race([denseStarted, new Promise((resolve) => setTimeout(resolve, 500))]);
      calls.push('lexical answered');
      return { chunks: [{ id: 'a', score: 1 }], sentences: [{ id: 'b#0', score: 1 }] };
    },
    dense: async () => {
      calls.push('dense asked');
      denseAsked();
      return [{ chunkId: 'c', similarity: 0.5 }];
    },
    chunks: async () => new Map(),
    weigher: async () => () => 1,
  };
  return { source, calls };
};

describe('Retriever stage 1 over a remote store', () => {
  const query = prepareQuery('Hvem har ansvaret for helsenettet?', null, new Set());

  it('asks for the nearest vectors before the lexical lists are in, and returns all three lists', async () => {
    const { source, calls } = overlapping();
    const lists = await Retriever.fromSource(source, new FakeEmbedder(8)).candidates(query, { k: 3, mode: 'hybrid' });
    expect(calls.indexOf('dense asked')).toBeLessThan(calls.indexOf('lexical answered'));
    expect(lists.chunkLexical).toEqual(['a']);
    expect(lists.sentenceLexical).toEqual(['b']);
    expect(lists.dense).toEqual([{ id: 'c', similarity: 0.5 }]);
  });

  it('runs the stages one after the other under a stage timer, and lexical mode asks for no vectors', async () => {
    const timed = overlapping();
    const stages: string[] = [];
    await Retriever.fromSource(timed.source, new FakeEmbedder(8)).candidates(query, { k: 3, mode: 'hybrid' }, (stage) => stages.push(stage));
    expect(timed.calls).toEqual(['lexical asked', 'lexical answered', 'dense asked']);
    expect(stages).toEqual(['lexical', 'dense embed', 'hnsw search']);
    const lexicalOnly = overlapping();
    const lists = await Retriever.fromSource(lexicalOnly.source, new FakeEmbedder(8)).candidates(query, { k: 3, mode: 'lexical' });
    expect(lexicalOnly.calls).not.toContain('dense asked');
    expect(lists.dense).toEqual([]);
  });

  it("embeds a search with dense terms term by term (termsVector), an answer's and one without them as one text", async () => {
    const vectors: number[][] = [];
    const { source } = overlapping();
    const recording: CandidateSource = {
      ...source,
      dense: async (vector, depth, filter) => {
        vectors.push([...vector]);
        return source.dense(vector, depth, filter);
      },
    };
    const embedder = new FakeEmbedder(4096);
    const grouped = { ...query, denseTerms: [['tilby', 'levere', 'yte'], ['helsenett']] };
    await Retriever.fromSource(recording, embedder).candidates(grouped, { k: 3, mode: 'hybrid' });
    await Retriever.fromSource(recording, embedder).candidates(query, { k: 3, mode: 'hybrid' });
    expect(vectors[0]).toEqual(await termsVector(embedder, grouped.denseTerms));
    await Retriever.fromSource(recording, embedder).candidates(grouped, { k: 3, mode: 'hybrid', choosePassages: false });
    expect(vectors[1]).toEqual(await embedder.embedQuery(query.text));
    expect(vectors[2]).toEqual(await embedder.embedQuery(query.text));
    // Terms without a word (no translation found) embed the text, not a zero vector.
    await Retriever.fromSource(recording, embedder).candidates({ ...query, denseTerms: [[]] }, { k: 3, mode: 'hybrid' });
    expect(vectors[3]).toEqual(await embedder.embedQuery(query.text));
  });

  it('asks only for sentence hits when it looks for a definition of the word asked about', async () => {
    const units: Array<string | undefined> = [];
    const { source } = overlapping();
    const recording: CandidateSource = {
      ...source,
      lexical: async (text, depth, filter, unit) => {
        units.push(unit);
        return source.lexical(text, depth, filter, unit);
      },
    };
    const definition = prepareQuery('Hva er infrastruktur?', null, new Set());
    expect(definition.definitionFocusText).toBe('infrastruktur');
    await Retriever.fromSource(recording, new FakeEmbedder(8)).retrieve(definition, { k: 3, mode: 'hybrid' });
    expect(units).toEqual([undefined, 'sentences']);
  });

  it("asks for the stems' weights before the lexical lists are in, and a failed candidate search leaves no rejection unhandled", async () => {
    const { source, calls } = overlapping();
    const recording: CandidateSource = {
      ...source,
      weigher: async () => {
        calls.push('weights asked');
        return source.weigher();
      },
    };
    const retriever = Retriever.fromSource(recording, new FakeEmbedder(8));
    expect(await retriever.retrieve(query, { k: 3, mode: 'hybrid' })).toEqual([]);
    expect(calls.indexOf('weights asked')).toBeGreaterThanOrEqual(0);
    expect(calls.indexOf('weights asked')).toBeLessThan(calls.indexOf('lexical answered'));
    const failing: CandidateSource = {
      ...recording,
      lexical: async () => {
        throw new Error('lexical failed');
      },
      weigher: async () => {
        throw new Error('weights failed');
      },
    };
    await expect(Retriever.fromSource(failing, new FakeEmbedder(8)).retrieve(query, { k: 3, mode: 'hybrid' })).rejects.toThrow('lexical failed');
  });
});
