import { parseIndexLocation, type IndexLocation } from '@kildesvar/core';

/** The ingest CLI's configuration, parsed once from the environment into a frozen object. */
export type IngestConfig = Readonly<IndexLocation & { ci: boolean }>;

export const loadIngestConfig = (environment: NodeJS.ProcessEnv = process.env): IngestConfig =>
  Object.freeze({ ...parseIndexLocation(environment), ci: Boolean(environment.CI) });
