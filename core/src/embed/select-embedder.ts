import { defaultTransformersModel, hasLocalModel, localModelPath } from './local-model';

export type EmbedderChoice = 'auto' | 'e5' | 'corpus';

/** Where an e5 model is read from, as every command that may load one is configured (MODELS_DIR, ALLOW_REMOTE_MODELS). */
export interface ModelSource {
  modelsDir: string;
  allowRemoteModels: boolean;
  /** Another model id than `defaultTransformersModel`. */
  e5Model?: string;
}

export interface ResolvedEmbedderChoice {
  readonly kind: 'e5' | 'corpus';
  /** One sentence for the log: why this embedder. */
  readonly reason: string;
}

/**
 * Decides which embedder to use from the configured choice (EMBEDDER, parsed by the caller):
 * `auto` takes the transformer model when its files are in `modelsDir`, else the corpus
 * embedder; `e5` and `corpus` are taken as asked (a missing model then fails when it is loaded).
 */
export const resolveEmbedderChoice = (options: { choice: EmbedderChoice; modelsDir: string; model: string }): ResolvedEmbedderChoice => {
  const location = localModelPath(options.modelsDir, options.model);
  switch (options.choice) {
    case 'e5':
      return { kind: 'e5', reason: `EMBEDDER=e5: ${options.model} from ${location}` };
    case 'corpus':
      return { kind: 'corpus', reason: 'EMBEDDER=corpus: vectors learned from the corpus at ingest' };
    case 'auto':
      return hasLocalModel(options.modelsDir, options.model)
        ? { kind: 'e5', reason: `EMBEDDER=auto: found ${options.model} in ${location}` }
        : { kind: 'corpus', reason: `EMBEDDER=auto: no ${options.model} in ${location}, so vectors learned from the corpus at ingest` };
  }
};

/** `resolveEmbedderChoice` for the configured choice and model source. */
export const chooseEmbedder = (choice: EmbedderChoice, source: ModelSource): ResolvedEmbedderChoice =>
  resolveEmbedderChoice({ choice, modelsDir: source.modelsDir, model: source.e5Model ?? defaultTransformersModel });
