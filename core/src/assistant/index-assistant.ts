import { noWordKnowledge, type EnglishDictionary, type WordKnowledge } from '../analysis';
import { composeAnswer, defaultAnswerSettings, type AnswerSettings, type SentenceLocator } from '../answer/compose';
import { locateSentence } from '../answer/locate-sentence';
import { contextualQuestion } from '../answer/follow-up';
import { detectLanguage } from '../retrieval/language';
import { prepareQuery } from '../retrieval/query';
import type { RankedChunk, Retriever } from '../retrieval/retriever';
import type { CatalogEntry, ChatMessage, ChatResponse, DocumentDetail, DocumentSummary, Health, SearchFilter, SearchResult } from '../schemas';
import type { Assistant, ChatOptions, SearchOptions } from './assistant';

/** The assistant over a loaded index: stateless per request, safe under concurrency. */
export interface IndexAssistantParts {
  catalog: CatalogEntry[];
  originals: ReadonlyMap<string, string>;
  retriever: Retriever;
  english: EnglishDictionary | null;
  /** Lemmas, compounds and acronyms from the index's language resources. */
  knowledge?: WordKnowledge;
  embedder: { id: string; dimensions: number };
  answer?: AnswerSettings;
}

export const toSearchResult = (ranked: RankedChunk): SearchResult => ({
  chunkId: ranked.chunk.id,
  file: ranked.chunk.file,
  title: ranked.chunk.title,
  heading: ranked.chunk.heading,
  text: ranked.chunk.text,
  score: Number(ranked.score.toFixed(6)),
  start: ranked.chunk.start,
  end: ranked.chunk.end,
  alsoIn: ranked.chunk.alsoIn,
  year: ranked.chunk.year,
});

export const createIndexAssistant = (parts: IndexAssistantParts): Assistant & { retriever: Retriever } => {
  const vocabulary = parts.retriever.vocabulary();
  const knowledge = parts.knowledge ?? noWordKnowledge;
  const summaries: DocumentSummary[] = parts.catalog.map((entry) => ({
    file: entry.file,
    title: entry.title,
    publisher: entry.publisher,
    year: entry.year,
    language: entry.language,
    chars: parts.originals.get(entry.file)?.length ?? 0,
  }));
  const health: Health = {
    status: 'ok',
    documents: parts.catalog.length,
    chunks: parts.retriever.chunks.length,
    embedder: { id: parts.embedder.id, dimensions: parts.embedder.dimensions },
  };
  const answerSettings = parts.answer ?? defaultAnswerSettings;

  return {
    retriever: parts.retriever,
    health: () => health,
    documents: () => summaries,
    document: (file: string): DocumentDetail | null => {
      const summary = summaries.find((entry) => entry.file === file);
      const text = parts.originals.get(file);
      return summary && text !== undefined ? { ...summary, text } : null;
    },
    search: async (query: string, options: SearchOptions): Promise<SearchResult[]> => {
      const prepared = prepareQuery(query, parts.english, vocabulary, knowledge);
      const ranked = await parts.retriever.retrieve(prepared, options);
      return ranked.map(toSearchResult);
    },
    chat: async (messages: ChatMessage[], filter?: SearchFilter, options?: ChatOptions): Promise<ChatResponse> => {
      const question = contextualQuestion(messages);
      // Retrieval reads the question in its context; the answer speaks the language of the last message.
      const last = messages.at(-1);
      if (!last) throw new RangeError('chat needs at least one message');
      const prepared = { ...prepareQuery(question, parts.english, vocabulary, knowledge), language: detectLanguage(last.content) };
      const ranked = await parts.retriever.retrieve(prepared, { k: 10, mode: 'hybrid', filter });
      const locate: SentenceLocator = (passage, sentence) => {
        const original = parts.originals.get(passage.chunk.file);
        const text = passage.chunk.sentences[sentence]?.text;
        return original === undefined || text === undefined ? null : locateSentence(original, passage.chunk, text);
      };
      return composeAnswer(prepared, ranked, toSearchResult, answerSettings, locate, { weightOf: parts.retriever.weightOf, observe: options?.observe });
    },
  };
};
