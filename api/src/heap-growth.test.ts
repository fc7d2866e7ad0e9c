import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { youngGenerationFlag } from './heap-growth';

/** Churns short-lived objects, then prints the new space's size in MiB (V8 grows it up to twice the semi-space). */
const churn = `
const v8 = require('node:v8');
let kept = [];
for (let index = 0; index < 3e6; index += 1) {
  kept.push({ index, text: 'x' + index });
  if (kept.length > 200000) kept = [];
}
console.log(v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size / 2 ** 20);
`;

const newSpaceMiB = (flags: string[]): number => Number(spawnSync(process.execPath, [...flags, '-e', churn], { encoding: 'utf8' }).stdout.trim());

describe('youngGenerationFlag', () => {
  it("lets the API process grow its young generation past V8's default of 32 MiB", () => {
    expect(newSpaceMiB([])).toBeLessThanOrEqual(32);
    expect(newSpaceMiB([youngGenerationFlag])).toBeGreaterThan(32);
  });

  it('is given to node by npm start', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(manifest.scripts.start).toContain(`node ${youngGenerationFlag} `);
  });
});
