import { analyze, analyzeWithOffsets } from '../analysis/analyze';

/**
 * The adverbs of direction that stand as the particle of a Norwegian particle verb («liste opp», «komme fram», «prøve ut»,
 * «slå sammen», «bygge ut», «følge den opp»), bokmål and nynorsk: the closed class of directional adverbs the grammars list
 * as verb particles (Norsk referansegrammatikk, «partikkelverb»), without those that are also prepositions or adjectives
 * («av», «på», «over», «fast»), which the analyser drops as stopwords or which keep a sense of their own.
 */
const directionalParticles = new Set(
  ['opp', 'ned', 'ut', 'inn', 'fram', 'frem', 'bort', 'hjem', 'heim', 'tilbake', 'attende', 'sammen', 'saman', 'igjen', 'vekk', 'unna'].flatMap(analyze),
);

/** The words before a particle that may be its verb: in a question the subject or a pronoun may stand between («hvorfor henger ikke tallene sammen?», «følger den opp»). */
const verbReach = 2;
/** Punctuation that ends a clause: a verb before it is not the particle's. */
const clauseBreak = /[,.;:!?()«»"”–—]/u;

/** A particle of the question standing after its verb: the particle's stem and the stems of the words that may be its verb. */
export interface VerbParticle {
  particle: string;
  verbs: string[];
}

/**
 * The particles of a Norwegian question's particle verbs («Kva slags omsorgsteknologiar blir lista opp …» → opp, after list
 * and omsorgsteknologi), each with the words of its clause just before it, among which its verb stands. A particle means
 * what it means only with its verb: «opp» of «lista opp» is not carried by «støtte opp under» nor by «opp mot 2050», and a
 * sentence carrying it without the verb carries nothing of the question by it.
 */
export const verbParticlesOf = (question: string): VerbParticle[] => {
  const terms = analyzeWithOffsets(question);
  return terms.flatMap((term, index) => {
    if (!directionalParticles.has(term.stem)) return [];
    const verbs = terms
      .slice(Math.max(0, index - verbReach), index)
      .filter((before) => before.kind === 'word' && !directionalParticles.has(before.stem) && !clauseBreak.test(question.slice(before.end, term.start)))
      .map((before) => before.stem);
    return verbs.length > 0 ? [{ particle: term.stem, verbs }] : [];
  });
};
