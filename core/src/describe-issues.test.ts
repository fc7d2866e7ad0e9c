import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeIssues } from './describe-issues';

describe('describeIssues', () => {
  it('names the path of each issue and joins them', () => {
    const result = z.object({ a: z.object({ b: z.number() }), c: z.string() }).safeParse({ a: { b: 'x' }, c: 1 });
    expect(result.success).toBe(false);
    expect(describeIssues(result.error?.issues ?? [])).toMatch(/^a\.b: .+; c: .+$/);
  });

  it('names an issue about the whole value as told, or by its message alone', () => {
    const issues = [{ path: [], message: 'Expected object' }];
    expect(describeIssues(issues, '(root)')).toBe('(root): Expected object');
    expect(describeIssues(issues)).toBe('Expected object');
  });
});
