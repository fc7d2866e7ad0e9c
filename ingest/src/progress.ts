/** How the pipeline reports progress; the CLI draws bars on a terminal and plain lines elsewhere. */
export interface StageProgress {
  tick(count?: number): void;
  done(): void;
}

export interface ProgressReporter {
  stage(name: string, total: number): StageProgress;
  log(message: string): void;
}

export const silentProgress: ProgressReporter = {
  stage: () => ({ tick: () => {}, done: () => {} }),
  log: () => {},
};
