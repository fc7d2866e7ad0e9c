export * from './errors';
export * from './config/index-location';
export * from './schemas';
export * from './analysis';
export * from './lexical';
export * from './clean';
export * from './catalog';
export * from './embed';
export * from './text/sentences';
export * from './dedup/minhash';
export * from './dedup/dedup';
export * from './chunk/chunker';
export * from './chunk/chunk-id';
export * from './chunk/headings';
export * from './store/manifest';
export * from './store/index-directory';
export * from './store/index-layout';
export * from './store/verify-index';
export * from './store/block-checksums';
export * from './store/chunk-file';
export * from './store/hnsw-files';
export * from './store/index-fixture';
export * from './store/index-settings';
export * from './store/index-freshness';
export * from './store/seed-set';
export * from './store/sha256';
export * from './store/vector-store';
export * from './store/retrieval-files';
export * from './retrieval/evidence';
export * from './retrieval/fusion';
export * from './retrieval/indexed-chunk';
export * from './retrieval/language';
export * from './retrieval/query';
export * from './retrieval/question-frame';
export * from './retrieval/retriever';
export * from './answer/answerability';
export * from './answer/answerability-model';
export * from './retrieval/candidate-source';
export * from './retrieval/term-weights';
export * from './retrieval/analysed-chunk';
export * from './answer/compose';
export * from './dialogue/dialogue-state';
export * from './dialogue/follow-up';
export * from './dialogue/two-part';
export * from './dialogue/follow-up-sentences';
export * from './answer/quote-sentences';
export * from './retrieval/passage-choice';
export * from './dialogue/near-prior';
export * from './answer/combine-answers';
export * from './answer/messages';
export * from './answer/locate-sentence';
export * from './assistant/assistant';
export * from './assistant/index-assistant';
export * from './assistant/load-assistant';
export * from './collections/item-at';
export * from './commands';
export * from './describe-issues';
export * from './hash/fnv1a';
export * from './store/postgres/migrations';
export * from './store/postgres/write-generation';
export * from './store/postgres/postgres-candidates';
export * from './store/postgres/document-names';
export * from './store/postgres/dense-lists';
export * from './store/postgres/posting-rows';
export {
  base64PostingRows,
  copyPostingRows,
  packPostings,
  parseCopyBinary,
  unpackPostings,
  type PostingFetch,
} from './store/postgres/posting-transfer';
export * from './store/postgres/postgres-assistant';
export * from './retrieval/answer-cue';
