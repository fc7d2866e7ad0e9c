/** What other workspaces (bench, db) use of eval: the gold set, the plain BM25 baseline, relevance, the metrics and the question runner. */
export * from './baseline';
export * from './gold-set';
export * from './metrics';
export * from './relevance';
export * from './run-eval';
