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

/** What `particleKin` asks of the lemma tables and the corpus. */
export interface ParticleKinSources {
  /** Whether a form is a finite verb (Apertium's reading). */
  isFiniteVerb: (form: string) => boolean | null;
  /** The lemmas a form is read as. */
  lemmasOf: (form: string) => readonly string[];
  /** Whether the corpus writes some form of a lemma. */
  corpusWrites: (lemma: string) => boolean;
}

/** The shortest plain verb read: two- to four-letter verbs («gi», «ta», «gå», «føre») are light verbs whose prefixed kin drift most. */
const minKinVerbLength = 5;

/** Whether a lemma is a verb: its present tense (lemma + «r») is a finite verb form of that lemma. */
const isVerbLemma = (lemma: string, sources: ParticleKinSources): boolean =>
  lemma.endsWith('e') && sources.isFiniteVerb(`${lemma}r`) === true && sources.lemmasOf(`${lemma}r`).includes(lemma);

/**
 * A verb's particle-prefixed kin the corpus writes: «koble» ~ «tilkoble» («tilkoblede sensorer» for an English «connected
 * sensors» translated to «koble»). Read as a synonym (partial evidence): a prefixed verb has drifted from its verb often enough
 * («utgjøre» is not «gjøre») that the link is no lemma match. Both words must be verbs by the lemma tables (a noun «utgang» is
 * no kin of «gang»), the plain verb five letters or more. One way only: the plain verb of a prefixed one («pålegge» →
 * «legge», or of a noun read also as a verb, «tillegg» → «tillegge» → «legge») lost two tune follow-ups and gained none.
 * Hand-written because no library links them: Apertium reads «tilkoble» as its own lemma, the thesaurus lists neither.
 */
export const particleKin = (lemmas: readonly string[], sources: ParticleKinSources): string[] => {
  const found = new Set<string>();
  for (const lemma of lemmas) {
    if (!isVerbLemma(lemma, sources)) continue;
    if (lemma.length < minKinVerbLength) continue;
    for (const other of separableParticles.map((particle) => `${particle}${lemma}`)) {
      if (!lemmas.includes(other) && isVerbLemma(other, sources) && sources.corpusWrites(other)) found.add(other);
    }
  }
  return [...found].sort();
};

/** What `togetherKin` asks of the lemma tables and the corpus, beside `ParticleKinSources`. */
export interface TogetherKinSources extends ParticleKinSources {
  /** The lemmas of the tables that begin with a prefix. */
  lemmasStartingWith: (prefix: string) => readonly string[];
}

/** «sammen» in bokmål and «saman» in nynorsk, as a question writes it; «sam-» is the bound form both share. */
const togetherLemmas: ReadonlySet<string> = new Set(['sammen', 'saman']);
const togetherPrefix = 'sam';
/** The shortest verb read after «sam-»: «samle» is no «le sammen». */
const minTogetherVerbLength = 4;

/**
 * The corpus's «sam-» words for a question's «sammen» («saman»): «sam-» is the bound form of «sammen», so «arbeide sammen» /
 * «gå sammen med» is what «samarbeide» / «i samarbeid med» says, «spele saman med» what «samspiller med» says. A lemma counts when
 * what follows «sam-» is a verb (or that verb's noun: «samarbeid», «samspill», «samhandling»), so «samfunn», «samtidig» and
 * «samme» do not. Read as a synonym (partial evidence): the question's own verb is often another («jobbe», «gå»).
 * Hand-written because no library links them: Apertium reads «samarbeid» as a lemma of its own, and the thesaurus lists
 * «samarbeid» under neither «sammen» nor «saman».
 */
export const togetherKin = (lemmas: readonly string[], sources: TogetherKinSources): string[] => {
  if (!lemmas.some((lemma) => togetherLemmas.has(lemma))) return [];
  const found = new Set<string>();
  for (const lemma of sources.lemmasStartingWith(togetherPrefix)) {
    if (lemma.startsWith('sammen')) continue;
    const rest = lemma.slice(togetherPrefix.length);
    const verbs = [rest, `${rest}e`, ...(rest.endsWith(actionNoun) ? [`${rest.slice(0, -actionNoun.length)}e`] : [])];
    if (!verbs.some((verb) => verb.length >= minTogetherVerbLength && isVerbLemma(verb, sources))) continue;
    if (sources.corpusWrites(lemma)) found.add(lemma);
  }
  return [...found].sort();
};
