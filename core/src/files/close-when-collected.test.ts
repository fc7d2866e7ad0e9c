import { fstatSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeWhenCollected } from './close-when-collected';

const directory = mkdtempSync(path.join(tmpdir(), 'kildesvar-close-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('closeWhenCollected', () => {
  it('closes the descriptor when asked, and only once', () => {
    const file = path.join(directory, 'a');
    writeFileSync(file, 'x');
    const descriptor = openSync(file, 'r');
    const close = closeWhenCollected({}, descriptor);
    expect(fstatSync(descriptor).size).toBe(1);
    close();
    expect(() => fstatSync(descriptor)).toThrow(expect.objectContaining({ code: 'EBADF' }));
  });
});
