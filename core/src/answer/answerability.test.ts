import { describe, expect, it } from 'vitest';
import { answerabilityModel } from './answerability-model';
import { indexChunk } from '../retrieval/indexed-chunk';
import { prepareQuery } from '../retrieval/query';
import type { RankedChunk } from '../retrieval/retriever';
import { answerabilityFeatures, confidenceOf, featureNames, featureSigns, type AnswerabilityFeatures } from './answerability';

describe('the fitted answerability model', () => {
  const model = answerabilityModel;
  const typical = Object.fromEntries(featureNames.map((name) => [name, model?.means[name] ?? 0])) as AnswerabilityFeatures;

  it('is fitted, with a threshold inside 0..1 and a note on how it was measured', () => {
    expect(model).not.toBeNull();
    expect(model?.threshold).toBeGreaterThan(0);
    expect(model?.threshold).toBeLessThan(1);
    expect(model?.measured).toMatch(/tune split/);
  });

  it('keeps every weight to the direction its feature allows', () => {
    for (const name of featureNames) {
      const weight = model?.weights[name] ?? 0;
      if (featureSigns[name] > 0) expect(weight, name).toBeGreaterThanOrEqual(0);
      if (featureSigns[name] < 0) expect(weight, name).toBeLessThanOrEqual(0);
    }
  });

  it('is less sure when the passage lacks the names and numbers the question asks about', () => {
    if (!model) return;
    const base = confidenceOf(model, typical);
    expect(confidenceOf(model, { ...typical, entityMissing: 1, numbersMissing: 1 })).toBeLessThan(base);
    expect(confidenceOf(model, { ...typical, bestCoverage: 1, topChunkCoverage: 1 })).toBeGreaterThan(base);
  });
});

describe('answerabilityFeatures', () => {
  const passage = (id: string, text: string, years: [number, number] = [2008, 2012]): RankedChunk => {
    const chunk = indexChunk({ id, file: `${id}.txt`, title: 'Plan', heading: 'Mål', start: 0, end: text.length, text, alsoIn: [] }, years, text);
    const none = { coverage: 0, numbers: 0, score: 0 };
    return { chunk, score: 1, evidence: none, rankingEvidence: 0, bestSentence: 0, sentenceEvidence: [], chunkEvidence: none };
  };
  const featuresOf = (
    question: string,
    ranked: RankedChunk[],
    quotedRank: number,
    typeAsked = false,
    followUp = false,
    authorsOf?: (file: string) => ReadonlySet<string> | undefined,
    /** Stems read as context (weight factor 0.5): words that refer to a document (`withDocumentReferences`). */
    references: readonly string[] = [],
  ) =>
    answerabilityFeatures({
      query: ((prepared) => ({
        ...prepared,
        terms: { ...prepared.terms, weights: prepared.terms.stems.map((stem) => (references.includes(stem) ? 0.5 : 1)) },
      }))(prepareQuery(question, null)),
      ranked,
      best: undefined,
      typeAsked,
      typeStated: false,
      weightOf: () => 1,
      followUp,
      sentence: [],
      quoted: undefined,
      quotedRank,
      ...(authorsOf ? { authorsOf } : {}),
    });
  const without = passage('a', 'Kommunene skal ta i bruk nye løsninger for samhandling i perioden.');
  const named = passage('b', 'Innføringen av PLL skal skje i perioden 2026–2029 i alle kommuner.');

  it('reads the names and numbers in the passage of the sentence to quote when it carries more of them than the first', () => {
    const question = 'Når skal PLL innføres i 2026?';
    expect(featuresOf(question, [without, named], 0).entityMissing).toBe(1);
    expect(featuresOf(question, [without, named], 1).entityMissing).toBe(0);
    expect(featuresOf(question, [without, named], 0).numbersMissing).toBe(1);
    expect(featuresOf(question, [without, named], 1).numbersMissing).toBe(0);
    // The first passage still counts when it carries more than the quote's.
    expect(featuresOf(question, [named, without], 1).entityMissing).toBe(0);
  });

  it('does not count names spread over two passages as carried', () => {
    const question = 'Kva skal Helsedirektoratet og PLL gjere?';
    const other = passage('c', 'Helsedirektoratet skal lage ein plan for kommunane.');
    expect(featuresOf(question, [other, named], 1).entityMissing).toBe(0.5);
  });

  it("reads the name of who wrote the passage's document as carried, as a reference to the document or as an actor", () => {
    const question = 'Hva sier KS sitt innspill om samhandling?';
    const byKs = (file: string) => (file === 'a.txt' ? new Set(['ks']) : undefined);
    expect(featuresOf(question, [without], 0).entityMissing).toBe(1);
    // «KS sitt innspill» refers to the document by its author: a paper does not name its author in every passage.
    expect(featuresOf(question, [without], 0, false, false, byKs, ['ks', 'innspill']).entityMissing).toBe(0);
    // Named as an actor («Hvordan ser KS for seg …»), the author is carried too: its paper states its own views and plans.
    expect(featuresOf('Hvordan vil KS styrke samhandlingen?', [without], 0, false, false, byKs).entityMissing).toBe(0);
    // Another author's document does not carry it.
    expect(featuresOf(question, [without], 0, false, false, () => new Set(['departement']), ['ks', 'innspill']).entityMissing).toBe(1);
  });

  it('reads a year that dates the document as stated, unless the question asks for a fact or follows up', () => {
    const letter = passage('d', 'Regjeringen vil etablere et nasjonalt ressurssenter for deling av data.', [2019, 2019]);
    expect(featuresOf('Hva sa departementet i 2019 om deling av data?', [letter], 0).numbersMissing).toBe(0);
    expect(featuresOf('Hva sa departementet i 2018 om deling av data?', [letter], 0).numbersMissing).toBe(1);
    expect(featuresOf('Hvor mange sentre ble etablert i 2019?', [letter], 0, true).numbersMissing).toBe(1);
    expect(featuresOf('og i 2019?', [letter], 0, false, true).numbersMissing).toBe(1);
  });

  it("does not count a follow-up's context numbers as missing, only the numbers it asks about itself", () => {
    const grants = passage('e', 'Departementet delte i november ut fem millioner kroner i engangsstøtte.', [2022, 2022]);
    const features = (contextNumbers: string[]) =>
      answerabilityFeatures({
        query: prepareQuery('Hvor mye ble delt ut i november 2017 i 2020?', null),
        ranked: [grants],
        best: undefined,
        typeAsked: true,
        typeStated: false,
        weightOf: () => 1,
        followUp: true,
        sentence: [],
        quoted: undefined,
        contextNumbers,
      });
    expect(features([]).numbersMissing).toBe(1);
    expect(features(['2017']).numbersMissing).toBe(1);
    expect(features(['2017', '2020']).numbersMissing).toBe(0);
  });

  it("marks a follow-up's quote from the last answer's passage apart from what that answer gave", () => {
    const plan = passage('f', 'Kommunene skal ta i bruk nye løsninger. Staten betaler halvparten. Arbeidet starter i 2026. Alle skal være med innen 2029.');
    const apart = (quotedPassageSaid: boolean[], quotedSentence: number, typeStated = true) =>
      answerabilityFeatures({
        query: prepareQuery('Når starter arbeidet?', null),
        ranked: [plan],
        best: undefined,
        typeAsked: true,
        typeStated,
        weightOf: () => 1,
        followUp: true,
        sentence: [],
        quoted: undefined,
        quotedPassageSaid,
        quotedSentence,
      }).lastPassageApart;
    expect(apart([true, false, false, false], 3)).toBe(1);
    // The quote beside the last answer's quote, or the quote itself, is no detail apart from it.
    expect(apart([true, false, false, false], 1)).toBe(0);
    expect(apart([false, false, true, false], 2)).toBe(0);
    // Another passage than the one the last answer quoted.
    expect(apart([false, false, false, false], 3)).toBe(0);
    // A quote that does not state the asked kind of fact is no answer, however near it stands.
    expect(apart([true, false, false, false], 3, false)).toBe(0);
  });
});

describe('answerabilityFeatures of an acronym written only as a compound modifier', () => {
  const passage = (id: string, text: string): RankedChunk => {
    const chunk = indexChunk({ id, file: `${id}.txt`, title: 'Plan', heading: 'Mål', start: 0, end: text.length, text, alsoIn: [] }, [2008, 2012], text);
    const none = { coverage: 0, numbers: 0, score: 0 };
    return { chunk, score: 1, evidence: none, rankingEvidence: 0, bestSentence: 0, sentenceEvidence: [], chunkEvidence: none };
  };
  const entityMissing = (question: string, text: string, weightOf: (stem: string) => number = () => 1): number =>
    answerabilityFeatures({
      query: prepareQuery(question, null),
      ranked: [passage('a', text)],
      best: undefined,
      typeAsked: false,
      typeStated: false,
      weightOf,
      followUp: false,
      sentence: [],
      quoted: undefined,
    }).entityMissing;

  it('counts the acronym carried where the noun it modifies stands', () => {
    const question = 'Hvem skal vurdere de nye FoU-søknadene?';
    expect(entityMissing(question, 'Knutepunktet skal utvikle prosjektsøknader og søknader om forskning sammen med kommunene.')).toBe(0);
    expect(entityMissing(question, 'Knutepunktet skal utvikle samarbeid med kommunene.')).toBe(1);
  });

  it('leaves the acronym a name before a noun that weighs less than it', () => {
    const lighter = (stem: string): number => (stem === 'fou' ? 4 : 1);
    const light = 'Hva koster FoU-arbeidet?';
    expect(entityMissing(light, 'Arbeidet i kommunene koster mye.', lighter)).toBeGreaterThan(entityMissing(light, 'Arbeidet i kommunene koster mye.'));
  });
});
