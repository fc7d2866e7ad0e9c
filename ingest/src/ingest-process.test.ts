import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startIngestProcess } from './ingest-process';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('startIngestProcess', () => {
  it('runs the ingest command with the given arguments and keeps what it printed', async () => {
    const ingest = startIngestProcess(repoRoot, {}, ['--help']);
    expect(await ingest.exited).toBe(0);
    expect(ingest.output()).toContain('Usage: npm run ingest');
  });

  it('reports a failed ingest by its exit code and its message', async () => {
    const ingest = startIngestProcess(repoRoot, {}, ['--no-such-option']);
    expect(await ingest.exited).toBe(1);
    expect(ingest.output()).toMatch(/ingest failed: .*no-such-option/);
  });
});
