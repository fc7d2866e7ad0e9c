import type { AnswerabilityFeatures } from '../answer/answerability';
import type { FollowUpCandidate, FollowUpFeatures } from '../dialogue/follow-up-sentences';
import type { QuoteFeatures } from '../answer/quote-sentences';
import type { ObservedPassage, RankedChunk } from '../retrieval/retriever';
import type { ChatMessage, ChatResponse, DocumentDetail, DocumentSummary, Health, SearchFilter, SearchMode, SearchResult } from '../schemas';

/** What the API, the CLI and the eval need from a loaded index: search, answers and the documents. */
export interface SearchOptions {
  k: number;
  mode: SearchMode;
  filter?: SearchFilter;
  /** Aborts the work (deadline passed or client gone); the call then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** In-process only: sees each search's first passages with their passage-choice features (for `npm run fit:rank`). */
  observePassages?: (passages: ObservedPassage[]) => void;
}

/** In-process extras for a chat call (never from the network): the eval observes the answerability features. */
export interface ChatOptions {
  observe?: (features: AnswerabilityFeatures, confidence: number, halvedBy: string[], defined: boolean) => void;
  /** Sees a follow-up's candidate sentences with their features (for `npm run fit:follow-up`), before the fitted factor. */
  observeFollowUp?: (candidates: Array<FollowUpCandidate & { features: FollowUpFeatures }>) => void;
  /** Sees a single question's candidate sentences with their quote features (for `npm run fit:quote`), before the fitted factor. */
  observeQuote?: (candidates: Array<{ passage: RankedChunk; rank: number; sentence: number; features: QuoteFeatures }>) => void;
  /** Aborts the work (deadline passed or client gone); the call then rejects with the signal's reason. */
  signal?: AbortSignal;
}

export interface Assistant {
  health(): Health;
  documents(): DocumentSummary[];
  /** A document with its original text (the database store fetches it), or null for an unknown file. */
  document(file: string): Promise<DocumentDetail | null>;
  search(query: string, options: SearchOptions): Promise<SearchResult[]>;
  chat(messages: ChatMessage[], filter?: SearchFilter, options?: ChatOptions): Promise<ChatResponse>;
}
