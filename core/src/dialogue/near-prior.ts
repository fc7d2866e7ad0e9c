import type { IndexedChunk } from '../retrieval/indexed-chunk';

/**
 * The rerank bonus a follow-up gives candidates in the section (or directly beside), or else the document, of a passage the last
 * answer quoted. A reference («hva har pilotene vist så langt da?», «hvem står bak den?») asks about what that
 * answer said, often with few and common words of its own, so the passage under discussion weighs more; an ellipsis
 * («og i 2011?», «og for NAV?») keeps the last question's frame for something else, which usually stands elsewhere. A
 * follow-up read on its own (`alone`: a detail question naming its subject, «Hva fant KS om båndbredden i skolene?») asks
 * most often about the passage under discussion too, and gets the reference's bonus: with the ellipsis's 0.04, tune
 * follow-ups 767 of 910; with 0.07 770 (0.1: 769, two lost); test follow-ups 848 → 848 of 1034 (one gained, one lost),
 * unanswerable follow-ups 321 → 324 of 433. The ellipsis and a two-part question's second part at 0.07 too: the same outcomes.
 */
export const nearPriors: Readonly<Record<'reference' | 'alone' | 'other', { passage: number; section: number; document: number }>> = {
  // Tune split flat (follow-up outcomes, the gold sentence's rank among the candidates) for a section bonus from 0.04 to 0.1;
  // from 0.115 a tune reference follow-up is lost. 0.07 is the middle of that plateau; the document bonus stays half of it.
  // A passage the last answer quoted itself gets 0.06 more than the rest of its section: a follow-up most often asks on about
  // what that passage says, and the gold of 28 of 138 tune follow-ups answered from another passage stood in it (the passage
  // ranked 2nd to 10th, or below). 0.03 to 0.1 all raise tune references' gold to first place (363 → 365, 372, 375 of 549);
  // from 0.1 the follow-ups read on their own lose it (360 → 357 of 479), so 0.06.
  reference: { passage: 0.13, section: 0.07, document: 0.035 },
  alone: { passage: 0.13, section: 0.07, document: 0.035 },
  other: { passage: 0.1, section: 0.04, document: 0.02 },
};

/**
 * How far apart (in characters of the original text) two passages of a document may stand and still be read as one
 * directly after the other: the chunker cuts passages end to end, so only the white space between them, or a folded
 * duplicate line, separates neighbours.
 */
export const adjacentGap = 20;

/**
 * Whether a passage is near one the last answer quoted: in its section, or directly before or after it though under another
 * heading (a section's last paragraph and the next one's first, a list whose rows run past a subheading). Tune follow-ups
 * unchanged (one answer text); test follow-ups 150 → 151 of 204 supported.
 */
export const nearQuote = (chunk: IndexedChunk, other: IndexedChunk): boolean =>
  other.file === chunk.file && (other.heading === chunk.heading || Math.max(chunk.start - other.end, other.start - chunk.end) <= adjacentGap);

/**
 * The share of its reading's passage and section bonus a passage the answer before the last one quoted gets (none for its
 * document): a follow-up that leans on the last answer often asks on about what the conversation was about a turn earlier,
 * the last answer having wandered to another passage («hvem driftar den?» after a turn answered from another text).
 */
export const earlierShare = 0.5;

/**
 * The prior for a follow-up read as a reference in a conversation (`reference`), read as self-contained in a conversation (`alone`),
 * or otherwise (`other`: an ellipsis, and the second part of a two-part question, whose context is the first part's answer), given
 * the passages the last answer quoted: those themselves the most, then their section (or directly beside), then their document;
 * none when it quoted none. The passages the answer before it quoted (`earlier`), and their sections, get `earlierShare` of
 * that where the last answer's give them less.
 */
export const nearPrior = (
  reading: keyof typeof nearPriors,
  quoted: readonly IndexedChunk[],
  earlier: readonly IndexedChunk[] = [],
): ((chunk: IndexedChunk) => number) | undefined => {
  if (quoted.length === 0) return undefined;
  const { passage, section, document } = nearPriors[reading];
  const last = (chunk: IndexedChunk): number =>
    quoted.some((other) => other.id === chunk.id)
      ? passage
      : quoted.some((other) => nearQuote(chunk, other))
        ? section
        : quoted.some((other) => other.file === chunk.file)
          ? document
          : 0;
  if (earlier.length === 0) return last;
  const before = (chunk: IndexedChunk): number =>
    earlierShare * (earlier.some((other) => other.id === chunk.id) ? passage : earlier.some((other) => nearQuote(chunk, other)) ? section : 0);
  return (chunk) => Math.max(last(chunk), before(chunk));
};
