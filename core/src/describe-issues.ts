/** One zod issue, as zod and `@hono/zod-validator` report it. */
export interface Issue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/**
 * Readable reasons for failed validation, one per issue, joined by `; `: `path.to.field: message`.
 * An issue about the value as a whole is named `whole` (e.g. `(root)`, `(line)`), or given by its message alone.
 */
export const describeIssues = (issues: readonly Issue[], whole?: string): string =>
  issues
    .map((issue) => {
      const where = issue.path.map(String).join('.') || whole;
      return where ? `${where}: ${issue.message}` : issue.message;
    })
    .join('; ');
