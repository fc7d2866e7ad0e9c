import type { TermSet } from '../retrieval/evidence';
import type { NamedQualifier } from '../retrieval/named-qualifiers';

/**
 * The named qualifiers whose head the quote or its neighbours (`sentences`) write while the quote's passage (`passage`: its
 * terms, heading and title) names neither the name nor the compound: «Hvor mange Lesekraft-tilskudd gikk til
 * nordlandskommunene?» met by «120 kommuner har siden 2018 fått tilskudd …» states the fact for the municipalities in
 * general, not for those of Nordland.
 */
export const missingQualifiers = (qualifiers: readonly NamedQualifier[], sentences: readonly TermSet[], passage: readonly TermSet[]): NamedQualifier[] =>
  qualifiers.filter(
    ({ stem, name, head }) =>
      sentences.some((set) => head.every((part) => set.stems.has(part))) &&
      !passage.some((set) => set.stems.has(stem) || name.every((part) => set.stems.has(part))),
  );
