import { matchStrength } from '../retrieval/evidence';
import type { IndexedChunk } from '../retrieval/indexed-chunk';
import type { RankedChunk } from '../retrieval/retriever';

/**
 * The least rarity (the index's term weight, about ln of documents' share: «KS» 1.0, «Altinn» 4.0, «ID-porten» 5.1) of a
 * name that tells passages apart. Below it a name stands in most texts (the publisher «KS», «kommune») and says little about
 * whether a passage is about it.
 */
export const tellingRarity = 2;

/** The factor on the sentences of a passage that lacks what a reference points to. */
export const lacksReferentFactor = 0.5;

/** A name carried in full (its stem, lemma, acronym spelling or all its parts), not as a part of another word (0.7): «DigiFin» does not name «Digihjelpen». */
const namedStrength = 0.9;

const namesIn = (chunk: IndexedChunk, stem: string): boolean =>
  [chunk.terms, chunk.headingTerms, chunk.titleTerms].some((set) => matchStrength(stem, undefined, set) >= namedStrength);

/** Whether a passage is about what a reference points to: it names it, or stands in a section the last answer quoted. */
export type ReferentCheck = (chunk: IndexedChunk) => boolean;

/**
 * A reference names what it asks about only through the conversation («hvem finansierer det?» after an answer about
 * Digihjelpen), so its own words («finansierer») find passages about anything. When what it points to has a name that tells
 * passages apart (`tellingRarity`), a passage is about it when it carries the name (in the text, heading or document title)
 * or stands in a section the last answer quoted. Null when no name tells passages apart.
 */
export const referentCheck = (names: readonly string[], quoted: readonly IndexedChunk[], rarity: (stem: string) => number): ReferentCheck | null => {
  const telling = names.filter((stem) => rarity(stem) >= tellingRarity);
  if (telling.length === 0) return null;
  return (chunk) => quoted.some((other) => other.file === chunk.file && other.heading === chunk.heading) || telling.some((stem) => namesIn(chunk, stem));
};

/**
 * The passages about the referent first, in their order, then the rest, and the factor on each passage's sentences when
 * the answer is chosen (`lacksReferentFactor` for the rest); the ranking unchanged when no passage is about it.
 */
export const preferReferent = (ranked: readonly RankedChunk[], about: ReferentCheck): { ranked: RankedChunk[]; factor?: (passage: RankedChunk) => number } => {
  const first = ranked.filter(({ chunk }) => about(chunk));
  if (first.length === 0 || first.length === ranked.length) return { ranked: [...ranked] };
  return {
    ranked: [...first, ...ranked.filter(({ chunk }) => !about(chunk))],
    factor: ({ chunk }) => (about(chunk) ? 1 : lacksReferentFactor),
  };
};
