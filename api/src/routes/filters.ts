import type { Assistant, SearchFilter } from '@kildesvar/core';
import { KildesvarError } from '@kildesvar/core/errors';

/** Refuses filters that name documents the index does not hold, or an inverted year range. */
export const checkFilter = (assistant: Assistant, filter: SearchFilter): SearchFilter => {
  const known = new Set(assistant.documents().map((document) => document.file));
  const unknown = (filter.file ?? []).filter((file) => !known.has(file));
  if (unknown.length > 0) throw new KildesvarError('not_found', `Unknown document: ${unknown.join(', ')}. GET /api/documents lists them.`);
  if (filter.yearFrom !== undefined && filter.yearTo !== undefined && filter.yearFrom > filter.yearTo)
    throw new KildesvarError('bad_request', 'yearFrom is after yearTo');
  return filter;
};
