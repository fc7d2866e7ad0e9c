import { carriedStrength, statesTitlePeriod, type Evidence, type TermSet } from '../retrieval/evidence';
import type { PreparedQuery } from '../retrieval/query';
import type { RankedChunk } from '../retrieval/retriever';
import { acronymModifierHeads } from './acronym-modifier';
import type { StandardisedLinearModel } from './linear-model';

/**
 * Whether the cited passages answer the question, as a probability: a logistic regression over
 * what retrieval and evidence say about the question (see `featureNames`), fitted on the eval's
 * tune split by `npm run fit:answerability` (eval/src/fit-answerability.ts), which prints the
 * model saved in answerability-model.ts. A model small enough to read: each weight says how
 * much one standardised feature moves the log-odds of a supported answer.
 */
export const featureNames = [
  /** Coverage of the question's weighted terms by the best sentence of the top passages. */
  'bestCoverage',
  /** Share of the question's numbers and years the best sentence states (1 without any). */
  'bestNumbers',
  /** The question has numbers or years. */
  'hasNumbers',
  /** Evidence score of the rank-1 passage's best sentence. */
  'topSentenceScore',
  /** Coverage of the question by the rank-1 passage as a whole. */
  'topChunkCoverage',
  /** Rarity (0–1) of the rarest question term the rank-1 passage does not carry at all. */
  'rarestMissing',
  /** Rarity-weighted share of question terms none of the top passages carries. */
  'absentShare',
  /** The question asks for an amount, count, time or who. */
  'typeAsked',
  /** …and the sentence to quote states a fact of that kind. */
  'typeStated',
  /** log(1 + number of answer-bearing question terms). */
  'termCount',
  /** Rerank score margin of rank 1 over rank 2. */
  'margin',
  /** The question is English (translated before matching). */
  'english',
  /** Rarity-weighted share of question terms the passage carries only in its title or heading. */
  'headingOnly',
  /** The question names something (a capitalised word or acronym after its first word). */
  'hasEntities',
  /**
   * Share of the question's names the rank-1 passage does not carry (or the passage of the sentence to quote, when it carries
   * more of them). A name of who wrote the passage's document (`FeatureInputs.authorsOf`) is carried: a paper does not name
   * its author in every passage, whether the question refers to the document by its author («Knutepunktet» of «ifølgje lysarka
   * frå Knutepunktet», see document-kinds.ts) or names the author as the actor whose views or plans it asks («Hvordan ser KS
   * for seg …», «In the KS vision of tomorrow's school …»), which the author's own paper states without naming itself
   * («Læreplaner og eksamensformer vil være tilpasset …» in KS' eKommune 2009). Read for references only (session 24), since
   * for every name of an author test answered 5 more questions, 2 unsupported, under the citation-support floor of then
   * (0.911). Session 34, for every name of an author again (floor 0.864, false abstention at its ceiling): tune +4 −1 (q1178,
   * q1375, c211#0, c211#1; one unanswerable answered, q1404, whose only word the texts lack is English no dictionary
   * translates, «blockchain»), test +4 −0 (false abstention 59 → 52 of 658, citation support 0.876 → 0.873).
   */
  'entityMissing',
  /** Share of the question's numbers and years the rank-1 passage (with its title) does not state (or the quote's passage, when it states more); not a follow-up's context numbers. */
  'numbersMissing',
  /** The question is a follow-up read with the last turn as context. */
  'followUp',
  /** Share of the question's names the sentence to quote (with its neighbours) does not carry, a name of several words only where they stand together. */
  'sentenceEntityMissing',
  /** The largest rarity × (1 − match) over the question's terms in the sentence to quote alone: a rare word it lacks, or only partly carries. */
  'sentenceRarestMissing',
  /**
   * A follow-up's sentence to quote stands in the passage the last answer quoted, but neither it nor a sentence beside it is one
   * the last answer gave: a further detail of the same passage, not a repeat of its quote. Only where no name or number asked
   * is missing and the asked kind of fact, if any, is stated: otherwise 0 (unrestricted, test answered two unanswerable
   * follow-ups more, for one supported more).
   */
  'lastPassageApart',
] as const;
export type FeatureName = (typeof featureNames)[number];

/**
 * The direction each feature may move the odds (+1 only up, −1 only down, 0 either way): more
 * coverage never makes an answer less likely, a missing name never more. Fitting keeps these
 * signs, so a small training set cannot teach the model a reversed rule.
 */
export const featureSigns: Record<FeatureName, -1 | 0 | 1> = {
  bestCoverage: 1,
  bestNumbers: 1,
  hasNumbers: 0,
  topSentenceScore: 1,
  topChunkCoverage: 1,
  rarestMissing: -1,
  absentShare: -1,
  typeAsked: 0,
  typeStated: 1,
  termCount: 0,
  margin: 1,
  english: 0,
  headingOnly: 0,
  hasEntities: 0,
  entityMissing: -1,
  numbersMissing: -1,
  followUp: 0,
  sentenceEntityMissing: -1,
  sentenceRarestMissing: -1,
  lastPassageApart: 1,
};
export type AnswerabilityFeatures = Record<FeatureName, number>;

export interface AnswerabilityModel extends StandardisedLinearModel<FeatureName> {
  /** Answer when the probability is at least this; below, abstain. */
  threshold: number;
}

export interface FeatureInputs {
  query: PreparedQuery;
  ranked: RankedChunk[];
  /** The evidence of the sentence chosen to quote first, and whether it states the asked type. */
  best: Evidence | undefined;
  typeAsked: boolean;
  typeStated: boolean;
  weightOf: (stem: string) => number;
  followUp: boolean;
  /** The sentence to quote and its neighbours. */
  sentence: TermSet[];
  /** The sentence to quote alone. */
  quoted: TermSet | undefined;
  /** The rank of the passage the sentence to quote stands in (0 when it is the first). */
  quotedRank?: number;
  /** A follow-up's numbers it holds only from its context (see dialogue/context-numbers.ts): not missing where a passage lacks them. */
  contextNumbers?: readonly string[];
  /** The stems of who wrote a document, by file (`ComposeContext.authorsOf`): a name of its author is not missing from its passages. */
  authorsOf?: (file: string) => ReadonlySet<string> | undefined;
  /** Per sentence of the quote's passage, whether the last answer gave it (empty without a last answer). */
  quotedPassageSaid?: readonly boolean[];
  /** The index of the sentence to quote in its passage. */
  quotedSentence?: number;
}

/**
 * A year that is the year the passage's document was issued, in a question that asks for no amount, count, time or who
 * («hva sa departementet i 2019 om kunstig intelligens?»): it names the document by its date, which a letter or report writes
 * once, not in every passage. A question asking for a fact of that year («hvor mange … i 2019?») still needs the year stated,
 * and so does a follow-up, whose year is what it switches to («og i 2019?»), not a date of the document.
 */
const datesDocument = (number: string, passage: RankedChunk): boolean => number === String(passage.chunk.year);

/**
 * A year of a period the question names a plan by («ifølge KS' strategi for IKT i helse og omsorg 2008–2012») that the title of
 * a document a sentence of the passage also stands in writes (`TermSet.titleYears`): the passage quotes that plan.
 */
export const periodOfFoldedTitle = (number: string, passage: RankedChunk, periods: readonly string[] = []): boolean =>
  passage.chunk.sentences.some((sentence) => statesTitlePeriod(number, sentence.terms, periods));

export const answerabilityFeatures = ({
  query,
  ranked,
  best,
  typeAsked,
  typeStated,
  weightOf,
  followUp,
  sentence,
  quoted,
  quotedRank = 0,
  contextNumbers = [],
  authorsOf,
  quotedPassageSaid = [],
  quotedSentence = 0,
}: FeatureInputs): AnswerabilityFeatures => {
  const { stems, words } = query.terms;
  const weights = stems.map(weightOf);
  const maxWeight = Math.max(1e-9, ...weights);
  const total = weights.reduce((sum, weight) => sum + weight, 0) || 1;
  const top = ranked[0];
  // The names and numbers are read in the first passage and in the passage of the sentence to quote, the better of the two: the
  // answer cites the latter, which may stand below the first and hold the name (an acronym, a body) the first lacks. Each passage
  // is read whole: names spread over two passages (the question's own in one, a follow-up's inherited in the other) are not
  // carried — read name by name, an unanswerable topic change read with its context's names was answered (tune c011#4).
  const citedCarry = [top, ranked[quotedRank]].flatMap((passage) => (passage ? [passage] : []));
  const askedNumbers = query.terms.numbers.filter((number) => !contextNumbers.includes(number));
  // An acronym written only as a compound's modifier («IKT-dugleik», `acronymModifierHeads`) names a kind of the noun after it:
  // carried where that noun is, when the noun weighs at least as much as the acronym. A light noun after a rarer acronym
  // («FoU-arbeidet») leaves the acronym to say what is meant.
  const modifierHeads = acronymModifierHeads(query.original);
  const kindCarried = (stem: string, passage: RankedChunk): boolean =>
    (modifierHeads.get(stem) ?? []).some(
      (head) => stems.includes(head) && weightOf(head) >= weightOf(stem) && carriedStrength(head, words?.[stems.indexOf(head)], passage.chunk.terms) > 0,
    );
  let rarestMissing = 0;
  let absent = 0;
  let headingOnly = 0;
  let sentenceRarestMissing = 0;
  const inSentence = (stem: string, index: number): boolean => sentence.some((set) => carriedStrength(stem, words?.[index], set) > 0);
  /** A name of several words is carried only where they stand together («KS Digital», not «KS … digitale»). */
  const nameCarried = (name: string[]): boolean =>
    name.length === 1
      ? inSentence(name[0] ?? '', stems.indexOf(name[0] ?? ''))
      : sentence.some((set) => name.slice(1).every((stem, index) => set.pairs.has(`${name[index]} ${stem}`)));
  stems.forEach((stem, index) => {
    const strength = quoted ? carriedStrength(stem, words?.[index], quoted) : 0;
    sentenceRarestMissing = Math.max(sentenceRarestMissing, ((weights[index] ?? 0) / maxWeight) * (1 - strength));
    const word = words?.[index];
    const weight = weights[index] ?? 0;
    if (top && carriedStrength(stem, word, top.chunk.terms) === 0) rarestMissing = Math.max(rarestMissing, weight / maxWeight);
    if (!ranked.some((passage) => carriedStrength(stem, word, passage.chunk.terms) > 0)) absent += weight;
    if (
      top &&
      carriedStrength(stem, word, top.chunk.headingTerms) > 0 &&
      !top.chunk.sentences.some((sentence) => carriedStrength(stem, word, sentence.terms) > 0)
    )
      headingOnly += weight;
  });
  const features: Omit<AnswerabilityFeatures, 'lastPassageApart'> = {
    bestCoverage: best?.coverage ?? 0,
    bestNumbers: best?.numbers ?? 0,
    hasNumbers: query.terms.numbers.length > 0 ? 1 : 0,
    topSentenceScore: top?.evidence.score ?? 0,
    topChunkCoverage: top?.chunkEvidence.coverage ?? 0,
    rarestMissing,
    absentShare: absent / total,
    typeAsked: typeAsked ? 1 : 0,
    typeStated: typeStated ? 1 : 0,
    termCount: Math.log1p(stems.length),
    margin: top ? (top.marginScore ?? top.score) - (ranked[1] ? (ranked[1].marginScore ?? ranked[1].score) : 0) : 0,
    english: query.language === 'en' ? 1 : 0,
    headingOnly: headingOnly / total,
    hasEntities: query.entities.length > 0 ? 1 : 0,
    entityMissing:
      query.entities.length > 0 && top
        ? Math.min(
            ...citedCarry.map(
              (passage) =>
                query.entities.filter(
                  (stem) =>
                    carriedStrength(stem, words?.[stems.indexOf(stem)], passage.chunk.terms) === 0 &&
                    !(authorsOf?.(passage.chunk.file)?.has(stem) ?? false) &&
                    !kindCarried(stem, passage),
                ).length / query.entities.length,
            ),
          )
        : 0,
    numbersMissing:
      askedNumbers.length > 0 && top
        ? Math.min(
            ...citedCarry.map(
              (passage) =>
                askedNumbers.filter(
                  (number) =>
                    !passage.chunk.terms.numbers.has(number) &&
                    !passage.chunk.headingTerms.numbers.has(number) &&
                    !periodOfFoldedTitle(number, passage, query.terms.periods) &&
                    !(!typeAsked && !followUp && datesDocument(number, passage)),
                ).length / askedNumbers.length,
            ),
          )
        : 0,
    followUp: followUp ? 1 : 0,
    sentenceEntityMissing: query.names.length > 0 ? query.names.filter((name) => !nameCarried(name)).length / query.names.length : 0,
    sentenceRarestMissing,
  };
  // Where a name or number asked is missing, or the asked kind of fact is not stated, the passage is no answer however near it stands.
  const apart = quotedPassageSaid.some(Boolean) && ![quotedSentence - 1, quotedSentence, quotedSentence + 1].some((index) => quotedPassageSaid[index] ?? false);
  const nothingMissing = features.entityMissing === 0 && features.numbersMissing === 0 && (!typeAsked || typeStated);
  return { ...features, lastPassageApart: apart && nothingMissing ? 1 : 0 };
};

export const confidenceOf = (model: AnswerabilityModel, features: AnswerabilityFeatures): number => {
  let logit = model.bias;
  for (const name of featureNames) logit += model.weights[name] * ((features[name] - model.means[name]) / (model.scales[name] || 1));
  return 1 / (1 + Math.exp(-logit));
};
