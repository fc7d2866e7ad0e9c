import type { Assistant } from '@kildesvar/core';
import { KildesvarError } from '@kildesvar/core/errors';

/** Holds the assistant once the index is loaded; until then every API call answers 503. */
export interface AssistantSource {
  require(): Assistant;
}

export const readySource = (assistant: Assistant): AssistantSource => ({ require: () => assistant });

export class LoadingSource implements AssistantSource {
  private assistant: Assistant | null = null;
  private failure: KildesvarError | null = null;

  ready(assistant: Assistant): void {
    this.assistant = assistant;
  }

  fail(error: KildesvarError): void {
    this.failure = error;
  }

  require(): Assistant {
    if (this.assistant) return this.assistant;
    throw this.failure ?? new KildesvarError('index_not_ready', 'The index is still loading; try again in a moment.');
  }
}
