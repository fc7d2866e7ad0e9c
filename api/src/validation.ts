import { KildesvarError } from '@kildesvar/core/errors';
import { describeIssues, type Issue } from '@kildesvar/core';

/** zValidator hook: a failed validation becomes the API's `bad_request` error with readable reasons. */
export const rejectInvalid = (result: { success: true } | { success: false; error: { issues: readonly Issue[] } }): void => {
  if (result.success) return;
  throw new KildesvarError('bad_request', describeIssues(result.error.issues));
};
