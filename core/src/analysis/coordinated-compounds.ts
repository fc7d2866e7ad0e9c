/**
 * Coordinated compounds with a dropped part: «etter- og videreutdanning», «stats- og kommunesektoren», «helse- og
 * omsorgstjenester» say «etterutdanning», «statssektoren», «helsetjenester» without writing them. No library on this machine
 * (hunspell, Apertium, Snowball) restores the dropped head, so a question's «etterutdanning» never met such a text.
 * The rule is Norwegian (and English) orthography: a word ending in a hyphen before «og/eller/samt» («and/or») takes the head
 * of the compound after the conjunction. The head is where the compound's analysed parts say it starts (`partsOf`'s last
 * part), or after its last hyphen («helse- og IKT-tjenester»).
 */
const COORDINATED = /(\p{L}+)[-\u2010\u2011\u2013]\s+(?:og|eller|samt|and|or)\s+(\p{L}+(?:[-\u2010\u2011\u2013]\p{L}+)*)/gu;
const HYPHEN_SPLIT = /[-\u2010\u2011\u2013]/u;
/** Letters of the head's lemma that must stand as written where the head starts («tjeneste» in «omsorgstjenester»). */
const HEAD_LEAD = 4;
const MIN_PART = 2;

/** The written head of a compound: after its last hyphen, or from where its last analysed part starts; null for a simple word. */
const writtenHead = (compound: string, partsOf: (word: string) => readonly string[]): string | null => {
  const pieces = compound.split(HYPHEN_SPLIT);
  if (pieces.length > 1) return pieces.at(-1) ?? null;
  const parts = partsOf(compound);
  const head = parts.at(-1);
  if (parts.length < 2 || !head) return null;
  const at = compound.lastIndexOf(head.slice(0, Math.min(HEAD_LEAD, head.length)));
  return at >= MIN_PART && compound.length - at >= MIN_PART + 1 ? compound.slice(at) : null;
};

/**
 * The compounds a text says with a dropped head, lowercased: «etter- og videreutdanning» → «etterutdanning».
 * `partsOf` splits a compound into its parts' lemmas (`WordKnowledge.partsOf`).
 */
export const coordinatedCompounds = (text: string, partsOf: (word: string) => readonly string[]): string[] => {
  const found: string[] = [];
  for (const match of text.matchAll(COORDINATED)) {
    const modifier = (match[1] ?? '').toLowerCase().normalize('NFC');
    const head = writtenHead((match[2] ?? '').toLowerCase().normalize('NFC'), partsOf);
    if (modifier.length >= MIN_PART && head) found.push(modifier + head);
  }
  return found;
};
