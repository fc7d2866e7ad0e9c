import type { ChatMessage, ChatResponse, DocumentDetail, DocumentSummary, Health, SearchFilter, SearchMode, SearchResult } from '../schemas';

/** What the API, the CLI and the eval need from a loaded index: search, answers and the documents. */
export interface SearchOptions {
  k: number;
  mode: SearchMode;
  filter?: SearchFilter;
}

export interface Assistant {
  health(): Health;
  documents(): DocumentSummary[];
  document(file: string): DocumentDetail | null;
  search(query: string, options: SearchOptions): Promise<SearchResult[]>;
  chat(messages: ChatMessage[], filter?: SearchFilter): Promise<ChatResponse>;
}
