/** What other workspaces (bench) use of eval: the gold set, the plain BM25 baseline, relevance and the metrics. */
export * from './baseline';
export * from './gold-set';
export * from './metrics';
export * from './relevance';
