import { analyze } from '../analysis/analyze';

/** An acronym joined by a hyphen to a lowercase word after it («IKT-dugleik», «FoU-søknader», «IT-kjøp»). */
const acronymCompound = /(?<![\p{L}\p{N}-])(\p{Lu}[\p{Lu}\p{Ll}]*\p{Lu}|\p{Lu}{2,})-(\p{Ll}[\p{L}]*)/gu;

/**
 * The acronyms a question writes only as the first part of a compound with a common noun («Kven skulle snakke om
 * styringssignala for IKT-dugleik …?», «… nye FoU-søknader …»), each with the stems of the nouns it modifies. Such an acronym
 * says what kind of the noun is meant (competence in ICT, applications for research and development): it names no body or
 * thing of its own, and a text speaks of that kind of the noun in its own words («digital kompetanse», «prosjektsøknader og
 * forskingsorientert samarbeid»). An acronym the question also writes alone («FoU … FoU-arbeidet») stays a name.
 */
export const acronymModifierHeads = (question: string): Map<string, string[]> => {
  const heads = new Map<string, string[]>();
  const alone = new Set([...question.matchAll(/(?<![\p{L}\p{N}-])\p{Lu}[\p{L}]*(?![\p{L}\p{N}-])/gu)].map((match) => match[0].toLowerCase()));
  for (const match of question.matchAll(acronymCompound)) {
    const [, acronym = '', head = ''] = match;
    if (alone.has(acronym.toLowerCase())) continue;
    for (const stem of analyze(acronym)) heads.set(stem, [...(heads.get(stem) ?? []), ...analyze(head)]);
  }
  return heads;
};
