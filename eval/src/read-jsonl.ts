import { readFileSync } from 'node:fs';
import { describeIssues, KildesvarError } from '@kildesvar/core';
import type { z } from 'zod';

/**
 * Reads a JSON-lines file of records with ids (blank lines skipped), each validated by `schema`.
 * Throws KildesvarError `not_found` for a missing file and `gold_set_invalid` naming the line for
 * invalid JSON, a schema violation or a repeated id. `what` names the file in messages.
 */
export const readJsonl = <Schema extends z.ZodType<{ id: string }>>(path: string, schema: Schema, what: string): Array<z.infer<Schema>> => {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new KildesvarError('not_found', `${what} not found or unreadable: ${path}`, { cause });
  }
  const records: Array<z.infer<Schema>> = [];
  const lineOfId = new Map<string, number>();
  content.split('\n').forEach((line, index) => {
    const lineNumber = index + 1;
    if (line.trim() === '') return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : String(cause);
      throw new KildesvarError('gold_set_invalid', `${path}:${lineNumber}: invalid JSON (${reason})`, { cause });
    }
    const result = schema.safeParse(parsed);
    if (!result.success) throw new KildesvarError('gold_set_invalid', `${path}:${lineNumber}: ${describeIssues(result.error.issues, '(line)')}`);
    const earlierLine = lineOfId.get(result.data.id);
    if (earlierLine !== undefined)
      throw new KildesvarError('gold_set_invalid', `${path}:${lineNumber}: id ${result.data.id} already used on line ${earlierLine}`);
    lineOfId.set(result.data.id, lineNumber);
    records.push(result.data);
  });
  return records;
};
