import pg from 'pg';
import { PostgresAssistant, type Assistant } from '@kildesvar/core';
import type { Config } from './config';

/**
 * STORE=postgres: the assistant over the active generation in PostgreSQL. Nothing of the corpus
 * is loaded into this process; the active generation is polled every `generationPollMs` and a new
 * one is switched to without a restart. (STORE=files goes through `IndexSource`: verified builds
 * behind the `current` pointer, with hot reload.)
 */
export interface LoadedStore {
  assistant: Assistant;
  close(): Promise<void>;
}

export const loadPostgresStore = async (config: Config, log: (message: string) => void): Promise<LoadedStore> => {
  const pool = new pg.Pool({ connectionString: config.databaseUrl, max: config.databasePoolSize });
  pool.on('error', (error) => log(`PostgreSQL connection error: ${error.message}`));
  try {
    const assistant = await PostgresAssistant.load({ pool, modelsDir: config.modelsDir, allowRemoteModels: config.allowRemoteModels, log });
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
