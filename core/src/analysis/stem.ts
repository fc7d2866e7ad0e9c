/// <reference path="./snowball-stemmers.d.ts" />
import snowball from 'snowball-stemmers';

const norwegianStemmer = snowball.newStemmer('norwegian');

/** Analysis stems the same few thousand words over and over; the cache is bounded for long-running servers. */
const MAX_CACHED_STEMS = 100_000;
const stemCache = new Map<string, string>();

/**
 * The Snowball Norwegian stem of one lowercased word (`kommunene` → `kommun`, `utfordringar` → `utfordring`).
 * Numbers and words that contain digits are returned unchanged.
 */
export const stem = (word: string): string => {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  const stemmed = /\d/.test(word) ? word : norwegianStemmer.stem(word);
  if (stemCache.size >= MAX_CACHED_STEMS) stemCache.clear();
  stemCache.set(word, stemmed);
  return stemmed;
};
