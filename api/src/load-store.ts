import pg from 'pg';
import { loadAssistant, PostgresAssistant, type Assistant } from '@kildesvar/core';
import type { Config } from './config';

/**
 * The assistant over the configured store. `files`: the index folder, loaded into this process.
 * `postgres`: nothing of the corpus is loaded; the active generation is polled every
 * `generationPollMs` and a new one is switched to without a restart.
 */
export interface LoadedStore {
  assistant: Assistant;
  close(): Promise<void>;
}

export const loadStore = async (config: Config, log: (message: string) => void): Promise<LoadedStore> => {
  const models = { modelsDir: config.modelsDir, allowRemoteModels: config.allowRemoteModels };
  if (config.store === 'files') {
    const assistant = await loadAssistant({ indexDir: config.indexDir, seedsDir: config.seedsDir, embedder: config.embedder, ...models, log });
    return { assistant, close: async () => {} };
  }
  const pool = new pg.Pool({ connectionString: config.databaseUrl, max: config.databasePoolSize });
  pool.on('error', (error) => log(`PostgreSQL connection error: ${error.message}`));
  try {
    const assistant = await PostgresAssistant.load({ pool, ...models, log });
    let refreshing = false;
    const timer = setInterval(() => {
      if (refreshing) return;
      refreshing = true;
      assistant
        .refresh()
        .catch((error: unknown) => log(`Could not switch to the new index generation: ${error instanceof Error ? error.message : String(error)}`))
        .finally(() => (refreshing = false));
    }, config.generationPollMs);
    timer.unref();
    return {
      assistant,
      close: async () => {
        clearInterval(timer);
        await pool.end();
      },
    };
  } catch (error) {
    await pool.end();
    throw error;
  }
};
