import type { Assistant } from '@kildesvar/core';
import type { ChatResponse, SearchResult } from '@kildesvar/core/schemas';

const passage: SearchResult = {
  chunkId: 'c1',
  file: 'a.txt',
  title: 'Dokument A',
  heading: 'MÅL',
  text: 'I løpet av 2011 skal alle kommuner være tilknyttet Norsk Helsenett.',
  score: 1,
  start: 0,
  end: 68,
  alsoIn: [],
  year: 2008,
};

/** A deterministic stand-in for the index, so route tests run without one. */
export const createFakeAssistant = (): Assistant & { calls: string[] } => {
  const calls: string[] = [];
  return {
    calls,
    health: () => ({ status: 'ok', documents: 1, chunks: 1, embedder: { id: 'fake', dimensions: 8 } }),
    documents: () => [{ file: 'a.txt', title: 'Dokument A', publisher: 'KS', year: 2008, language: 'nb', chars: passage.text.length }],
    document: async (file) =>
      file === 'a.txt' ? { file, title: 'Dokument A', publisher: 'KS', year: 2008, language: 'nb', chars: passage.text.length, text: passage.text } : null,
    search: async (query, options) => {
      calls.push(`search:${query}:${options.mode}:${options.k}:${options.filter?.file?.join(',') ?? ''}`);
      return [passage].slice(0, options.k);
    },
    chat: async (messages): Promise<ChatResponse> => {
      calls.push(`chat:${messages.at(-1)?.content ?? ''}`);
      return { answer: `${passage.text} [1]`, citations: [passage], abstained: false, related: [], reason: '', language: 'nb' };
    },
  };
};
