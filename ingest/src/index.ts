/** What other workspaces (eval, bench, the test setup) use of ingest: its config, the pipeline and its stages, and the CLI as a child process. */
export * from './config';
export * from './pipeline';
export * from './prepare-corpus';
export * from './retrieval-build';
export * from './language-resources';
export * from './ingest-process';
export * from './index-build';
