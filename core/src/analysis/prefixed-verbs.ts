/**
 * Norwegian writes many particle verbs also as one prefixed word: «knytte til» ↔ «tilknytte», «følge opp» ↔
 * «oppfølging», «ta imot» ↔ «motta», «prøve ut» ↔ «utprøve». This reads the corpus's prefixed lemmas back into verb and
 * particle, so a question's «Når ble kommunene knyttet til …» meets a text's «tilknyttet» (as a synonym: the prefixed
 * word has drifted from its parts often enough, «forholde» is not «holde for», to count as partial evidence only).
 * The particles are Norwegian's separable ones; inseparable prefixes («be-», «for-», «er-») are not among them. The adverb
 * «videre» (nynorsk «vidare») is one too: «utvikle videre» ↔ «videreutvikle», «føre vidare» ↔ «videreføre».
 */
// biome-ignore format: a word list reads best as rows of words
export const separableParticles: readonly string[] = [
  'av', 'bort', 'etter', 'fram', 'frem', 'gjennom', 'inn', 'med', 'mot', 'ned', 'opp', 'over', 'på', 'sammen', 'til',
  'tilbake', 'under', 'ut', 'videre', 'vidare',
];

/** A particle's spellings in the two written standards, where they differ: a question writes either. */
const particleSpellings: Readonly<Record<string, readonly string[]>> = { videre: ['videre', 'vidare'], vidare: ['vidare', 'videre'] };

/** An action noun's ending («oppfølging»: «følge opp»). */
const actionNoun = 'ing';

/** The verb a prefixed lemma may hold after its particle: the rest, or the verb of a rest that is an action noun. */
const restsOf = (lemma: string): Array<{ particle: string; verbs: string[] }> =>
  separableParticles
    .filter((particle) => lemma.startsWith(particle) && lemma.length - particle.length >= 2)
    .map((particle) => {
      const rest = lemma.slice(particle.length);
      const stem = rest.endsWith(actionNoun) ? rest.slice(0, -actionNoun.length) : null;
      return { particle, verbs: stem && stem.length >= 2 ? [rest, `${stem}e`, stem] : [rest] };
    });

/** The words to ask a morphological analyser about: which of them are verbs decides `prefixedParticleVerbs`. */
export const prefixedVerbCandidates = (lemmas: Iterable<string>): string[] => [
  ...new Set([...lemmas].flatMap((lemma) => restsOf(lemma).flatMap((rest) => rest.verbs))),
];

/** «verb particle» → the corpus's prefixed lemmas it is written as, for the rests that `verbs` holds. */
export const prefixedParticleVerbs = (lemmas: Iterable<string>, verbs: ReadonlySet<string>): Record<string, string[]> => {
  const found: Record<string, string[]> = {};
  for (const lemma of lemmas) {
    for (const { particle, verbs: candidates } of restsOf(lemma)) {
      for (const verb of candidates.filter((candidate) => verbs.has(candidate))) {
        for (const spelling of particleSpellings[particle] ?? [particle]) {
          const key = `${verb} ${spelling}`;
          found[key] = [...new Set([...(found[key] ?? []), lemma])].sort();
        }
      }
    }
  }
  return found;
};
