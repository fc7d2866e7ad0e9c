import type { Assistant } from '@kildesvar/core';
import { KildesvarError } from '@kildesvar/core/errors';

/**
 * Where routes get the assistant from. A route calls `require()` once per request and keeps that
 * assistant to the end, so a hot reload never changes the index under a request in flight.
 */
export interface AssistantSource {
  require(): Assistant;
  /** Which index build is served, for `/api/health/ready`. */
  describe?(): { build: string; generation: number };
  status?(): { ready: boolean; generation: number };
}

export const readySource = (assistant: Assistant): AssistantSource => ({ require: () => assistant, status: () => ({ ready: true, generation: 1 }) });

export class LoadingSource implements AssistantSource {
  private assistant: Assistant | null = null;
  private failure: KildesvarError | null = null;

  ready(assistant: Assistant): void {
    this.assistant = assistant;
  }

  fail(error: KildesvarError): void {
    this.failure = error;
  }

  status(): { ready: boolean; generation: number } {
    return { ready: this.assistant !== null, generation: this.assistant ? 1 : 0 };
  }

  require(): Assistant {
    if (this.assistant) return this.assistant;
    throw this.failure ?? new KildesvarError('index_not_ready', 'The index is still loading; try again in a moment.');
  }
}
