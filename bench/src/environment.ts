import { execFileSync } from 'node:child_process';
import os from 'node:os';

/** The machine and software a report was measured on: numbers only compare within the same one. */
export interface BenchEnvironment {
  date: string;
  node: string;
  platform: string;
  cpuModel: string;
  cores: number;
  memoryBytes: number;
  loadAverage: number[];
  commit: string | null;
}

const gitCommit = (repoRoot: string): string | null => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null;
  } catch {
    return null;
  }
};

export const describeEnvironment = (repoRoot: string): BenchEnvironment => ({
  date: new Date().toISOString(),
  node: process.version,
  platform: `${os.type()} ${os.release()} ${os.arch()}`,
  cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
  cores: os.availableParallelism?.() ?? os.cpus().length,
  memoryBytes: os.totalmem(),
  loadAverage: os.loadavg().map((value) => Number(value.toFixed(2))),
  commit: gitCommit(repoRoot),
});
