/** The index's file layer without the vector store (no native or ML imports): what ingest's lock and swap need. */
export * from './index-directory';
export * from './index-layout';
export * from './manifest';
export * from './verify-index';
export * from './sha256';
