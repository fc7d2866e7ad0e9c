export * from './analyze-query';
export * from './bm25-field';
export * from './lexical-index';
export * from './lexical-index-binary';
