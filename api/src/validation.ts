import { KildesvarError } from '@kildesvar/core/errors';

interface Issue {
  path: PropertyKey[];
  message: string;
}

/** zValidator hook: a failed validation becomes the API's `bad_request` error with readable reasons. */
export const rejectInvalid = (result: { success: true } | { success: false; error: { issues: readonly Issue[] } }): void => {
  if (result.success) return;
  const reasons = result.error.issues.map((issue) => (issue.path.length ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message));
  throw new KildesvarError('bad_request', reasons.join('; '));
};
