import { statSync } from 'node:fs';
import { locateIndexBuild, pointerPath, type Assistant } from '@kildesvar/core';
import { KildesvarError, isKildesvarError } from '@kildesvar/core/errors';
import type { AssistantSource } from './assistant-source';

/**
 * The served index, with hot reload: it watches the `current` pointer of the index folder and,
 * when it names another build, loads and verifies that build and runs the readiness self-query
 * while the old one keeps answering; only then does it swap. A build that fails is refused and the
 * old one stays. Requests that already hold the old assistant finish on it.
 */
export interface IndexSourceOptions {
  indexDir: string;
  /** Loads and verifies the build in `directory` (throws `index_corrupt`/`index_mismatch` on damage). */
  load: (directory: string) => Promise<Assistant>;
  selfCheck: (assistant: Assistant) => Promise<void>;
  log: (message: string) => void;
  onReload?: (result: 'swapped' | 'refused') => void;
}

interface Served {
  assistant: Assistant;
  build: string;
  generation: number;
}

/** What changes when the pointer is rewritten in place or replaced by a rename: its inode, size and modification time. */
const pointerStamp = (indexDir: string): string => {
  const stat = statSync(pointerPath(indexDir), { throwIfNoEntry: false });
  return stat ? `${stat.ino}:${stat.size}:${stat.mtimeMs}` : 'missing';
};

const asKnown = (error: unknown): KildesvarError =>
  isKildesvarError(error) ? error : new KildesvarError('internal', error instanceof Error ? error.message : String(error));

export class IndexSource implements AssistantSource {
  private served: Served | null = null;
  private failure: KildesvarError | null = null;
  private generation = 0;
  private running: Promise<void> | null = null;
  private again = false;
  private watcher: NodeJS.Timeout | null = null;
  /** The pointer's stamp taken just before the last load read it (null before any load): what the poll compares against. */
  private readStamp: string | null = null;

  constructor(private readonly options: IndexSourceOptions) {}

  require(): Assistant {
    if (this.served) return this.served.assistant;
    throw this.failure ?? new KildesvarError('index_not_ready', 'The index is still loading; try again in a moment.');
  }

  describe(): { build: string; generation: number } {
    return { build: this.served?.build ?? '', generation: this.served?.generation ?? 0 };
  }

  status(): { ready: boolean; generation: number } {
    return { ready: this.served !== null, generation: this.served?.generation ?? 0 };
  }

  /** Loads the build the pointer names unless it is already served; concurrent calls run one load at a time. */
  refresh(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.loadCurrent();
      } while (this.again);
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /**
   * Polls the pointer every `intervalMs` and refreshes when it differs from the pointer the last load read. Written by hand
   * rather than with `fs.watchFile`: watchFile takes its first stat asynchronously, so a pointer moved before that stat lands
   * is never reported (a fresh-clone CI run under heavy load waited 60 s for a swap that never came). The stamp compared
   * against is the one each load takes before it reads the pointer, not one taken when watching starts, so a pointer moved
   * after `refresh()` read it and before `watch()` was called is still seen (the start-up gap); a move during a load is seen
   * too, and a change that the load itself already read only costs a refresh that finds the same build.
   */
  watch(intervalMs: number): void {
    if (this.watcher || intervalMs <= 0) return;
    this.watcher = setInterval(() => {
      if (pointerStamp(this.options.indexDir) === this.readStamp) return;
      void this.refresh();
    }, intervalMs);
    this.watcher.unref();
  }

  stop(): void {
    if (this.watcher) clearInterval(this.watcher);
    this.watcher = null;
  }

  private async loadCurrent(): Promise<void> {
    let build = '';
    try {
      // Stamp first, then read: a move between the two leaves a stamp older than what was read, which costs one idle refresh.
      this.readStamp = pointerStamp(this.options.indexDir);
      const location = locateIndexBuild(this.options.indexDir);
      if (!location) throw new KildesvarError('index_missing', `No index at ${this.options.indexDir}; run \`npm run ingest\` to build it.`);
      build = location.build;
      if (this.served?.build === build) return;
      const started = performance.now();
      const assistant = await this.options.load(location.directory);
      await this.options.selfCheck(assistant);
      const previous = this.served;
      this.generation += 1;
      this.served = { assistant, build, generation: this.generation };
      this.failure = null;
      if (previous) {
        this.options.onReload?.('swapped');
        this.options.log(
          `Kildesvar now serves index build ${build} (was ${previous.build}; verified and self-tested in ${Math.round(performance.now() - started)} ms).`,
        );
      }
    } catch (error) {
      const failure = asKnown(error);
      if (this.served) {
        this.options.onReload?.('refused');
        this.options.log(`Kildesvar keeps serving index build ${this.served.build}; the new build ${build || '(unknown)'} was refused: ${failure.message}`);
      } else {
        this.failure = failure;
        this.options.log(`Kildesvar could not load its index: ${failure.message}`);
      }
    }
  }
}
