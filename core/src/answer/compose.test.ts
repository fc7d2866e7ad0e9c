import { describe, expect, it } from 'vitest';
import { analyze, emptyLanguageResources, WordKnowledge } from '../analysis';
import { evidenceOf } from '../retrieval/evidence';
import { indexChunk } from '../retrieval/indexed-chunk';
import { prepareQuery } from '../retrieval/query';
import { termWeight, termWeightsOf } from '../retrieval/term-weights';
import type { RankedChunk } from '../retrieval/retriever';
import { toSearchResult } from '../assistant/index-assistant';
import {
  followersOf,
  answeredPart,
  composeAnswer,
  defaultAnswerSettings,
  headingSkipped,
  isBareHeading,
  namedAlone,
  namesOtherOfKind,
  onlyInLongerName,
  sentenceFitness,
} from './compose';
import { answerabilityModel } from './answerability-model';
import { confidenceOf } from './answerability';
import { quoteFeatureNames } from './quote-sentences';

const model =
  answerabilityModel ??
  (() => {
    throw new Error('compose.test needs the fitted answerability model');
  })();

const passage = (id: string, text: string, heading = 'MÅL'): RankedChunk => {
  const chunk = indexChunk(
    { id, file: `${id}.txt`, title: 'IKT i helse og omsorg', heading, start: 0, end: text.length, text, alsoIn: [] },
    [2008, 2012],
    text,
  );
  const none = { coverage: 0, numbers: 0, score: 0 };
  return { chunk, score: 1, evidence: none, rankingEvidence: 0, bestSentence: 0, sentenceEvidence: [], chunkEvidence: none };
};

const rankFor = (question: string, passages: RankedChunk[]): { query: ReturnType<typeof prepareQuery>; ranked: RankedChunk[] } => {
  const query = prepareQuery(question, null);
  const ranked = passages.map((item) => ({
    ...item,
    sentenceEvidence: item.chunk.sentences.map((sentence) => evidenceOf(query.terms, () => 1, sentence.terms, [item.chunk.headingTerms])),
  }));
  return { query, ranked };
};

/** One indexed chunk ranked alone, its sentences' evidence read against the query (for tests that build their own analyser). */
const rankedAlone = (chunk: RankedChunk['chunk'], query: ReturnType<typeof prepareQuery>): RankedChunk[] => {
  const none = { coverage: 0, numbers: 0, score: 0 };
  const sentenceEvidence = chunk.sentences.map((sentence) => evidenceOf(query.terms, () => 1, sentence.terms, [chunk.headingTerms]));
  return [{ chunk, score: 1, evidence: none, rankingEvidence: 0, bestSentence: 0, chunkEvidence: none, sentenceEvidence }];
};

const goal =
  'Kommunene skal samarbeide om innkjøp. I løpet av 2011 skal alle kommuner være tilknyttet Norsk Helsenett og ha tatt i bruk elektronisk samhandling.';
const other = 'Digital kompetanse er den kompetansen som bygger bro mellom ferdigheter som å lese, skrive og regne.';

/** The thresholds the learned model replaced: the composition mechanics tested on their own. */
const rule = { ...defaultAnswerSettings, answerability: null };

/** The first sentence a one-sentence follow-up answer quotes, given the last answer (and, if known, the last question). */
const firstQuotedAfter = (question: string, passages: RankedChunk[], previousAnswer: string, previousQuestion?: string): string => {
  const { query, ranked } = rankFor(question, passages);
  return composeAnswer(query, ranked, toSearchResult, { ...rule, maxSentences: 1 }, undefined, {
    followUp: true,
    previousAnswer,
    ...(previousQuestion ? { previousQuestion } : {}),
  }).answer;
};

/** A confident model (bias 4), so a halving shows: the response and its confidence ÷ the model's own (1, or 0.5 when halved). */
const confident = { ...defaultAnswerSettings, answerability: { ...model, bias: 4 } };
/** What a test tells `composeAnswer` of the conversation around the question. */
interface Conversation {
  followUp?: boolean;
  ellipsis?: boolean;
  yesNo?: boolean;
  fresh?: string[];
  interpreted?: string;
  previousAnswer?: string;
  previousQuestion?: string;
  authorsOf?: (file: string) => ReadonlySet<string>;
  inCorpus?: (stem: string) => boolean;
  finiteVerb?: (word: string) => boolean | null;
  knowledge?: WordKnowledge;
}

const composeRatio = (
  question: string,
  passages: RankedChunk[],
  weightOf?: (stem: string) => number,
  conversation: Conversation = {},
): { abstained: boolean; quoted: string; ratio: number } => {
  const { query, ranked } = rankFor(question, passages);
  let learned = 1;
  const response = composeAnswer(query, ranked, toSearchResult, confident, undefined, {
    ...conversation,
    ...(weightOf ? { weightOf } : {}),
    observe: (features) => {
      learned = confidenceOf(confident.answerability, features);
    },
  });
  return { abstained: response.abstained, quoted: response.citations[0]?.chunkId ?? '', ratio: (response.confidence ?? 0) / learned };
};

/**
 * The confidence ÷ the model's own (as `composeRatio`) for one passage of `text` indexed with `knowledge` (lemmas, parts), the
 * question prepared with it too, as a follow-up carrying `conversation`.
 */
const knowledgeRatio = (
  knowledge: WordKnowledge,
  question: string,
  text: string,
  conversation: Conversation,
  place: { title: string; heading: string } = { title: 'IKT', heading: 'MÅL' },
): number => {
  const chunk = indexChunk({ id: 'p', file: 'p.txt', ...place, start: 0, end: text.length, text, alsoIn: [] }, [2008, 2012], text, knowledge);
  const query = prepareQuery(question, null, undefined, knowledge);
  let learned = 1;
  const response = composeAnswer(query, rankedAlone(chunk, query), toSearchResult, confident, undefined, {
    ...conversation,
    knowledge,
    observe: (features) => {
      learned = confidenceOf(confident.answerability, features);
    },
  });
  return (response.confidence ?? 0) / learned;
};

describe('composeAnswer: the fact asked of a follow-up', () => {
  it('halves a count whose answer opens, in reading order, on a passage before the one counted that states no count', () => {
    const opening = passage('o', 'Direktoratet for digitalisering får navnet Digitaliseringsdirektoratet når Difi ansetter nye folk.');
    const counted = passage('k', 'I tillegg må alle ansatte i direktoratet for digitalisering følge rutinene for sikkerhet.');
    const fillers = ['a', 'b', 'c', 'd'].map((id) => passage(id, 'Helse og omsorg i kommunene.'));
    const question = 'Hvor mange ansatte får direktoratet for digitalisering?';
    expect(composeRatio(question, [opening, counted, ...fillers]).ratio).toBeCloseTo(0.5, 2);
    // The counted sentence's passage first: the answer opens on the sentence the checks read.
    expect(composeRatio(question, [counted, opening, ...fillers]).ratio).toBeCloseTo(1, 2);
  });

  it('halves a follow-up naming a name the texts never write that no retrieved passage mentions («… fordelt i Danmark?»)', () => {
    const quote = passage('q', 'Ansvaret for digitalisering fordeles mellom Difi og DFØ.');
    const fillers = ['a', 'b', 'c', 'd', 'e'].map((id) => passage(id, 'Helse og omsorg i kommunene.'));
    const question = 'Hvordan er ansvaret for digitalisering fordelt i Danmark?';
    const unwritten = (stem: string) => !analyze('Danmark').includes(stem);
    expect(composeRatio(question, [quote, ...fillers], undefined, { followUp: true, inCorpus: unwritten }).ratio).toBeCloseTo(0.5, 2);
    // A name the texts write may stand in the follow-up's context, not in the quote.
    expect(composeRatio(question, [quote, ...fillers], undefined, { followUp: true, inCorpus: () => true }).ratio).toBeCloseTo(1, 2);
    // English capitalises words the texts never write that name nothing asked («in English, please»).
    expect(
      composeRatio('In English, please: how is the responsibility shared?', [quote, ...fillers], undefined, { followUp: true, inCorpus: () => false }).ratio,
    ).toBeCloseTo(1, 2);
  });

  it('halves a follow-up asking what a named body says when the quote and its passage do not name that body', () => {
    const fillers = ['a', 'b', 'c', 'd', 'e'].map((id) => passage(id, 'Helse og omsorg i kommunene.'));
    const question = 'hva sier Tilsynet om forslaget om forskrift?';
    const unnamed = passage('u', 'Forslaget om forskrift for tillitsrammeverket skal legge til rette for samhandling.');
    const named = passage('n', 'Tilsynet støtter forslaget om forskrift for tillitsrammeverket.');
    expect(composeRatio(question, [unnamed, ...fillers], undefined, { followUp: true }).ratio).toBeCloseTo(0.5, 2);
    expect(composeRatio(question, [named, ...fillers], undefined, { followUp: true }).ratio).toBeCloseTo(1, 2);
    // The body as the author of the quote's document speaks in it unnamed.
    const authors = () => new Set(analyze('Tilsynet'));
    expect(composeRatio(question, [unnamed, ...fillers], undefined, { followUp: true, authorsOf: authors }).ratio).toBeCloseTo(1, 2);
  });

  it('halves a yes/no question whether a thing holds for all of a group when the quote states no quantity', () => {
    const fillers = ['a', 'b', 'c', 'd', 'e'].map((id) => passage(id, 'Helse og omsorg i kommunene.'));
    const question = 'Er verktøyet allerede tatt i bruk i alle kommuner?';
    const general = passage('q', 'Verktøyet gjør at kommuner kan ta i bruk kunstig intelligens på en trygg måte.');
    expect(composeRatio(question, [general, ...fillers], undefined, { yesNo: true }).ratio).toBeCloseTo(0.5, 2);
    const extent = passage('q', 'Verktøyet er tatt i bruk i 40 kommuner.');
    expect(composeRatio(question, [extent, ...fillers], undefined, { yesNo: true }).ratio).toBeCloseTo(1, 2);
    const all = passage('q', 'Alle kommuner har tatt i bruk verktøyet.');
    expect(composeRatio(question, [all, ...fillers], undefined, { yesNo: true }).ratio).toBeCloseTo(1, 2);
    // A modal question asks what the group as such may or must do, which a generic sentence answers.
    expect(composeRatio('Kan alle kommuner ta i bruk verktøyet nå?', [general, ...fillers], undefined, { yesNo: true }).ratio).toBeCloseTo(1, 2);
  });
});

describe('composeAnswer', () => {
  it('quotes the sentence that carries the question and marks it with its citation number', () => {
    const { query, ranked } = rankFor('hva er målet for Norsk Helsenett innen 2011', [passage('a', other), passage('b', goal)]);
    const response = composeAnswer(query, ranked, toSearchResult, rule);
    expect(response.abstained).toBe(false);
    expect(response.answer).toBe('I løpet av 2011 skal alle kommuner være tilknyttet Norsk Helsenett og ha tatt i bruk elektronisk samhandling. [1]');
    expect(response.citations.map((citation) => citation.chunkId)).toEqual(['b']);
  });

  it('abstains in the question’s language, listing the closest passages as related, when no sentence carries the question', () => {
    const { query, ranked } = rankFor('kva kostar ein lisens på Helseplattformen', [passage('a', other), passage('b', goal)]);
    const response = composeAnswer(query, ranked, toSearchResult, rule);
    expect(response.abstained).toBe(true);
    expect(response.citations).toEqual([]);
    expect(response.related).toHaveLength(2);
    expect(response.answer).toMatch(/^Eg finn ikkje/);
  });

  it('tells a yes/no question the texts do not decide that they do not say, in its language', () => {
    const { query, ranked } = rankFor('er lisensen på Helseplattformen gratis for kommunene', [passage('a', other), passage('b', goal)]);
    const response = composeAnswer(query, ranked, toSearchResult, rule, undefined, { yesNo: true });
    expect(response.abstained).toBe(true);
    expect(response.answer).toMatch(/^Dokumentene sier ikke om det er slik\./);
  });

  it('abstains when the year asked about is not stated', () => {
    const { query, ranked } = rankFor('hva er målet for Norsk Helsenett innen 2015', [passage('b', goal)]);
    expect(composeAnswer(query, ranked, toSearchResult, rule).abstained).toBe(true);
  });

  it('folds the list a quoted sentence introduces into the answer', () => {
    const text = 'I strategien prioriteres disse livshendelsene:\n- Alvorlig sykdom\n- Ny i Norge\n- Starte og drive en bedrift';
    const { query, ranked } = rankFor('hvilke livshendelser prioriteres i strategien', [passage('c', text)]);
    const response = composeAnswer(query, ranked, toSearchResult, { ...rule, maxSentences: 3 });
    expect(response.answer).toBe('I strategien prioriteres disse livshendelsene: Alvorlig sykdom; Ny i Norge; Starte og drive en bedrift. [1]');
  });

  it('quotes a sentence of a passage not cited yet at a lower share of the best score than one of the cited passage', () => {
    const first = passage('p', 'Kommunene skal etablere en felles portal for tjenester. Portalen skal gi tilgang til skjemaer for innbyggerne.');
    const second = passage('q', 'Portalen bør gi mulighet til dialog mellom kommuner som jobber med de samme fagområdene.');
    const { query } = rankFor('hva skal portalen gi kommunene', [first, second]);
    // Scores set by hand: the best sentence, one of its passage at 0.65 of it, and one of another passage at 0.65 (× its rank prior).
    const scored = (item: RankedChunk, scores: number[]): RankedChunk => ({
      ...item,
      sentenceEvidence: scores.map((score) => ({ coverage: 0.9, numbers: 1, score })),
    });
    const ranked = [scored(first, [1, 0.65]), scored(second, [0.66])];
    const response = composeAnswer(query, ranked, toSearchResult, rule);
    expect(response.answer).toBe(
      'Kommunene skal etablere en felles portal for tjenester. [1] Portalen bør gi mulighet til dialog mellom kommuner som jobber med de samme fagområdene. [2]',
    );
    // Without the lower share for a new passage, neither follower is quoted.
    const alone = composeAnswer(query, ranked, toSearchResult, { ...rule, newPassageFollowRatio: 0.75 });
    expect(alone.answer).toBe('Kommunene skal etablere en felles portal for tjenester. [1]');
  });

  it('gives the second place to the best sentence by score only beside the first, and later places to a passage not cited yet first', () => {
    const first = passage(
      'p',
      'Kommunene skal etablere en felles portal for tjenester. Portalen skal gi tilgang til skjemaer for innbyggerne. Portalen skal også vise status for sakene innbyggerne har sendt inn.',
    );
    const second = passage('q', 'Portalen bør gi mulighet til dialog mellom kommuner som jobber med de samme fagområdene.');
    const { query } = rankFor('hva skal portalen gi kommunene', [first, second]);
    const scored = (item: RankedChunk, scores: number[]): RankedChunk => ({
      ...item,
      sentenceEvidence: scores.map((score) => ({ coverage: 0.9, numbers: 1, score })),
    });
    // The first passage's further sentences score above the second passage's sentence; all may follow.
    const ranked = [scored(first, [1, 0.95, 0.9]), scored(second, [0.9])];
    const settings = { ...rule, maxSentences: 3, followerPassages: 0 };
    // The second place goes to the best by score when it is the first passage's next sentence: it completes the first (a time, a
    // speaker), and a next turn reads what the answer said.
    const two = composeAnswer(query, ranked, toSearchResult, { ...settings, maxSentences: 2 }).answer;
    expect(two).toContain('Portalen skal gi tilgang');
    expect(two).not.toContain('Portalen bør');
    // The third goes to the passage not cited yet, before the cited passage's third sentence.
    const three = composeAnswer(query, ranked, toSearchResult, settings).answer;
    expect(three).toContain('Portalen skal gi tilgang');
    expect(three).toContain('Portalen bør gi mulighet');
    expect(three).not.toContain('status for sakene');
    // Where no other passage's sentence may follow, the cited passage's next sentence takes the place.
    const weak = composeAnswer(query, [scored(first, [1, 0.95, 0.9]), scored(second, [0.3])], toSearchResult, settings).answer;
    expect(weak).toContain('status for sakene');
    expect(weak).not.toContain('Portalen bør');
    // The first passage's best further sentence is its third, not beside the first: the other passage's sentence takes the second
    // place.
    const apart = composeAnswer(query, [scored(first, [1, 0.2, 0.95]), scored(second, [0.9])], toSearchResult, { ...settings, maxSentences: 2 });
    expect(apart.answer).toContain('Portalen bør gi mulighet');
    expect(apart.answer).not.toContain('status for sakene');
  });

  it('gives the places after the second sentence to a higher-ranked passage whose sentence scores a little lower', () => {
    const first = passage('p', 'Kommunene skal etablere en felles portal for tjenester.');
    const second = passage('q', 'Portalen bør gi mulighet til dialog mellom kommuner som jobber med de samme fagområdene.');
    const third = passage('r', 'Innbyggerne skal få tilgang til skjemaene fra neste år av.');
    const fourth = passage('s', 'Fylkene kan knytte seg til løsningen når den er prøvd ut.');
    const { query } = rankFor('hva skal portalen gi kommunene', [first, second, third, fourth]);
    const scored = (item: RankedChunk, score: number): RankedChunk => ({ ...item, sentenceEvidence: [{ coverage: 0.9, numbers: 1, score }] });
    // The fourth passage's sentence scores best after the first and takes the second place; the third place goes to the second
    // passage, whose sentence scores below the third passage's, not by enough to outweigh one rank more at 0.8.
    const ranked = [scored(first, 1), scored(second, 0.6), scored(third, 0.65), scored(fourth, 0.7)];
    const settings = { ...rule, maxSentences: 3, followerPassages: 0 };
    const quoted = (answer: string): string[] => ['Portalen bør', 'Innbyggerne skal', 'Fylkene kan'].filter((opening) => answer.includes(opening));
    expect(quoted(composeAnswer(query, ranked, toSearchResult, settings).answer)).toEqual(['Portalen bør', 'Fylkene kan']);
    // By score alone the third passage's sentence takes the third place.
    expect(quoted(composeAnswer(query, ranked, toSearchResult, { ...settings, followRankDecay: 1 }).answer)).toEqual(['Innbyggerne skal', 'Fylkene kan']);
    // Far enough ahead, the lower passage's sentence still comes first.
    const ahead = [scored(first, 1), scored(second, 0.5), scored(third, 0.75), scored(fourth, 0.8)];
    expect(quoted(composeAnswer(query, ahead, toSearchResult, settings).answer)).toEqual(['Innbyggerne skal', 'Fylkene kan']);
  });

  it('quotes a sentence of a follower passage beside the answer, never as its first sentence', () => {
    const first = passage('p', 'Kommunene skal etablere en felles portal for tjenester.');
    const later = passage('q', 'Portalen bør gi mulighet til dialog mellom kommuner som jobber med de samme fagområdene.');
    const { query } = rankFor('hva skal portalen gi kommunene', [first, later]);
    const scored = (item: RankedChunk, score: number): RankedChunk => ({ ...item, sentenceEvidence: [{ coverage: 0.9, numbers: 1, score }] });
    const both =
      'Kommunene skal etablere en felles portal for tjenester. [1] Portalen bør gi mulighet til dialog mellom kommuner som jobber med de samme fagområdene. [2]';
    const ranked = [scored(first, 0.6), scored(later, 1)];
    expect(composeAnswer(query, ranked, toSearchResult, { ...rule, passages: 1, followerPassages: 1 }).answer).toBe(both);
    expect(composeAnswer(query, ranked, toSearchResult, { ...rule, passages: 1, followerPassages: 0 }).answer).toBe(
      'Kommunene skal etablere en felles portal for tjenester. [1]',
    );
    // A follower passage's sentence takes no place a first passage's sentence fills, however it scores.
    const third = passage('r', 'Kommunene skal gi innbyggerne tilgang til portalen fra neste år av.');
    const filled = [scored(first, 0.6), scored(third, 0.3), scored(later, 1)];
    expect(composeAnswer(query, filled, toSearchResult, { ...rule, passages: 2, followerPassages: 1, maxSentences: 2 }).answer).toBe(
      'Kommunene skal etablere en felles portal for tjenester. [1] Kommunene skal gi innbyggerne tilgang til portalen fra neste år av. [2]',
    );
    // After a last answer the follower passages are not read.
    expect(
      composeAnswer(query, ranked, toSearchResult, { ...rule, passages: 1, followerPassages: 1 }, undefined, { previousAnswer: 'Noe annet ble sagt. [1]' })
        .answer,
    ).toBe('Kommunene skal etablere en felles portal for tjenester. [1]');
  });

  it('quotes a sentence of the passage a search shows first beside the answer when its first passages do not hold it', () => {
    const first = passage('p', 'Kommunene skal etablere en felles portal for tjenester.');
    const shown = passage('q', 'Portalen bør gi mulighet til dialog mellom kommuner som jobber med de samme fagområdene.');
    const { query } = rankFor('hva skal portalen gi kommunene', [first, shown]);
    const scored = (item: RankedChunk, score: number): RankedChunk => ({ ...item, sentenceEvidence: [{ coverage: 0.9, numbers: 1, score }] });
    const ranked = [scored(first, 1)];
    const searchOrder = [scored(shown, 0.8), scored(first, 1)];
    const settings = { ...rule, passages: 1, followerPassages: 0, searchFollowers: 1 };
    expect(composeAnswer(query, ranked, toSearchResult, settings, undefined, { searchOrder }).answer).toBe(
      'Kommunene skal etablere en felles portal for tjenester. [1] Portalen bør gi mulighet til dialog mellom kommuner som jobber med de samme fagområdene. [2]',
    );
    expect(composeAnswer(query, ranked, toSearchResult, { ...settings, searchFollowers: 0 }, undefined, { searchOrder }).answer).toBe(
      'Kommunene skal etablere en felles portal for tjenester. [1]',
    );
    // A passage the first ones hold already, or one after the search's first `searchFollowers`, is no further follower.
    expect(followersOf(ranked, settings, [scored(first, 1), scored(shown, 0.8)])).toEqual([]);
    // Read as the answer ranked it, where it did.
    const own = scored(shown, 0.5);
    expect(followersOf([ranked[0] as RankedChunk, own], settings, searchOrder)).toEqual([own]);
  });

  it('gives a place after the second to the passage a search shows first by its place there, before a later passage of the answer', () => {
    const first = passage('p', 'Kommunene skal etablere en felles portal for tjenester. Portalen skal gi tilgang til skjemaer for innbyggerne.');
    const later = passage('r', 'Kommunene skal gi innbyggerne tilgang til portalen fra neste år av.');
    const shown = passage('q', 'Portalen bør gi mulighet til dialog mellom kommuner som jobber med de samme fagområdene.');
    const { query } = rankFor('hva skal portalen gi kommunene', [first, later, shown]);
    const scored = (item: RankedChunk, scores: number[]): RankedChunk => ({
      ...item,
      sentenceEvidence: scores.map((score) => ({ coverage: 0.9, numbers: 1, score })),
    });
    // The answer's second passage scores 0.7 × 0.8 in the choice of the third place; the search's first 0.65 × 0.8⁰.
    const ranked = [scored(first, [1, 0.9]), scored(later, [0.7])];
    const settings = { ...rule, passages: 2, followerPassages: 0, maxSentences: 3, searchFollowers: 1 };
    const answer = composeAnswer(query, ranked, toSearchResult, settings, undefined, { searchOrder: [scored(shown, [0.65])] }).answer;
    expect(answer).toContain('Portalen bør gi mulighet');
    expect(answer).not.toContain('neste år');
  });

  it('quotes a further sentence of a passage it cites already only from 0.85 of the best score', () => {
    const only = passage('r', 'Kommunene skal etablere en felles portal for tjenester. Portalen skal gi tilgang til skjemaer for innbyggerne.');
    const { query } = rankFor('hva skal portalen gi kommunene', [only]);
    const scored = (scores: number[]): RankedChunk[] => [{ ...only, sentenceEvidence: scores.map((score) => ({ coverage: 0.9, numbers: 1, score })) }];
    expect(composeAnswer(query, scored([1, 0.8]), toSearchResult, rule).answer).toBe('Kommunene skal etablere en felles portal for tjenester. [1]');
    expect(composeAnswer(query, scored([1, 0.9]), toSearchResult, rule).answer).toBe(
      'Kommunene skal etablere en felles portal for tjenester. [1] Portalen skal gi tilgang til skjemaer for innbyggerne. [1]',
    );
  });

  it('answers a why-question with the sentence giving the cause, not the one restating what is to be explained', () => {
    const text =
      'Mange kommuner har kjøpt et nytt journalsystem, men systemet blir ikke brukt fullt ut i tjenesten. Det skyldes at kommuner tar ut lite av journalsystemet når det blir brukt.';
    const { query, ranked } = rankFor('hvorfor blir journalsystemet ikke brukt fullt ut i kommuner', [passage('w', text)]);
    expect(composeAnswer(query, ranked, toSearchResult, { ...rule, maxSentences: 1 }).answer).toMatch(/^Det skyldes at kommuner tar ut lite/);
  });

  it('reads a list question’s lead-in with the items it introduces, for a question as asked only', () => {
    const listed = 'Følgende tiltak foreslås i planen:\n- Sensorer i hjemmet\n- Alarmer ved fall';
    const near = 'Kommunen vurderer tiltak med sensorer og alarmer.';
    const question = 'hvilke tiltak med sensorer og alarmer foreslås';
    const { query, ranked } = rankFor(question, [passage('n', near), passage('l', listed)]);
    const asked = composeAnswer(query, ranked, toSearchResult, { ...rule, maxSentences: 1 });
    expect(asked.answer).toMatch(/^Følgende tiltak foreslås i planen: Sensorer i hjemmet; Alarmer ved fall/);
    // The lead-in alone carries less of the question than the other sentence: a follow-up, read with its context, quotes that.
    const followUp = composeAnswer(query, ranked, toSearchResult, { ...rule, maxSentences: 1 }, undefined, { interpreted: question });
    expect(followUp.answer).toMatch(/^Kommunen vurderer tiltak/);
  });

  it('quotes first what the last answer did not give, also when that answer was read cut short', () => {
    const two =
      'I løpet av 2011 skal alle kommuner være tilknyttet Norsk Helsenett og ha tatt i bruk elektronisk samhandling med fastlegene. ' +
      'Innen 2012 skal alle kommuner være tilknyttet Norsk Helsenett og ha elektronisk samhandling med sykehusene.';
    const { query, ranked } = rankFor('når skal kommuner være tilknyttet Norsk Helsenett', [passage('d', two)]);
    const first = composeAnswer(query, ranked, toSearchResult, { ...rule, maxSentences: 1 });
    expect(first.answer).toMatch(/^I løpet av 2011/);
    // The history holds the last answer cut to a few hundred characters: its quote stands in it only in part.
    const cut = first.answer.slice(0, 80);
    const next = composeAnswer(query, ranked, toSearchResult, { ...rule, maxSentences: 1 }, undefined, { previousAnswer: cut });
    expect(next.answer).toMatch(/^Innen 2012/);
  });

  it('quotes again the sentence the last answer gave when it decides a yes/no follow-up, unless the question names another document', () => {
    const text = 'Meldingstjenesten bruker adresseregisteret for oppslag. Meldingstjenesten brukes av alle kommuner.';
    const { query, ranked } = rankFor('Bruker meldingstjenesten adresseregisteret?', [passage('y', text)]);
    const settings = { ...rule, maxSentences: 1 };
    const previousAnswer = 'Meldingstjenesten bruker adresseregisteret for oppslag. [1]';
    // Any other follow-up wants something new: the sentence given before is set aside.
    expect(composeAnswer(query, ranked, toSearchResult, settings, undefined, { followUp: true, previousAnswer }).answer).toMatch(/alle kommuner/);
    // A yes/no question is decided by it.
    const decided = composeAnswer(query, ranked, toSearchResult, settings, undefined, { followUp: true, yesNo: true, previousAnswer });
    expect(decided.answer).toMatch(/for oppslag/);
    // Asked of another document, what the last answer quoted from this one does not decide it.
    const elsewhere = composeAnswer(query, ranked, toSearchResult, settings, undefined, {
      followUp: true,
      yesNo: true,
      previousAnswer,
      namedDocuments: new Set(['other.txt']),
    });
    expect(elsewhere.answer).toMatch(/alle kommuner/);
  });

  it('sets aside as a repeat only what the last answer quoted from its first source, not a further passage it quoted beside', () => {
    const settings = { ...rule, maxSentences: 1 };
    const told = 'Meldingstjenesten bruker adresseregisteret for oppslag av mottakere i alle norske kommuner.';
    const { query, ranked } = rankFor('hvordan bruker meldingstjenesten adresseregisteret', [
      passage('y', `${told} Meldingstjenesten brukes også av fastlegene.`),
    ]);
    // Quoted as the last answer's answer: set aside.
    expect(composeAnswer(query, ranked, toSearchResult, settings, undefined, { followUp: true, previousAnswer: `${told} [1]` }).answer).toMatch(/fastlegene/);
    // Quoted beside it from another passage: asked now, it is this question's answer.
    const beside = `Helsenettet knytter sammen helsetjenestene. [1] ${told} [2]`;
    expect(composeAnswer(query, ranked, toSearchResult, settings, undefined, { followUp: true, previousAnswer: beside }).answer).toMatch(/for oppslag/);
    // Cut short right after a quote of the same passage, its citation lost: it continued that answer, and is set aside.
    const continued = rankFor('hvordan bruker meldingstjenesten adresseregisteret', [
      passage('z', `Helsenettet knytter sammen helsetjenestene. ${told} Meldingstjenesten brukes også av fastlegene.`),
    ]);
    const cut = `Helsenettet knytter sammen helsetjenestene. [1] ${told.slice(0, 70)}`;
    expect(composeAnswer(continued.query, continued.ranked, toSearchResult, settings, undefined, { followUp: true, previousAnswer: cut }).answer).toMatch(
      /fastlegene/,
    );
  });

  it('reads the part of an answer cited as its first source, and a quote cut short at its end', () => {
    expect(answeredPart('A. [1] B. [2] C. [1]')).toEqual({ answered: 'A. C.', cut: '' });
    expect(answeredPart('A. [1] B cut')).toEqual({ answered: 'A.', cut: 'B cut' });
    expect(answeredPart('A cut')).toEqual({ answered: 'A cut', cut: '' });
  });

  it('after a last answer, quotes a passage one rank down whose sentence carries the question 4.5 % better', () => {
    const { query, ranked } = rankFor('hvem tilbyr kurs for kommunene', [
      passage('r0', 'Kompetanse Norge tilbyr kurs for ansatte i kommunene.'),
      passage('r1', 'Digidel tilbyr kurs for innbyggerne i kommunene.'),
    ]);
    const scores = [1, 1.045];
    const weighed = ranked.map((item, rank) => ({ ...item, sentenceEvidence: [{ coverage: 1, numbers: 1, score: scores[rank] ?? 0 }] }));
    const settings = { ...rule, maxSentences: 1 };
    // A question alone: the slope is 0.01, so the better sentence wins either way.
    expect(composeAnswer(query, weighed, toSearchResult, settings).answer).toMatch(/^Digidel/);
    // After a last answer the slope is `followUpRankSlope` (0.04): 1.045 × 0.96 > 1; at the earlier 0.05 it lost (1.045 × 0.95 < 1).
    const after = composeAnswer(query, weighed, toSearchResult, settings, undefined, { followUp: true, previousAnswer: 'Noe annet. [1]' });
    expect(after.answer).toMatch(/^Digidel/);
  });

  it("lets a follow-up's sentence factor choose what to quote, but not whether to answer", () => {
    const { query, ranked } = rankFor('når skal kommuner være tilknyttet Norsk Helsenett', [passage('f', goal), passage('g', other)]);
    const plain = composeAnswer(query, ranked, toSearchResult, { ...rule, maxSentences: 1 });
    expect(plain.answer).toMatch(/I løpet av 2011/);
    // A factor that lifts a sentence carrying less of the question far above: it is quoted, though it alone would not be answered.
    const lifted = composeAnswer(query, ranked, toSearchResult, { ...rule, maxSentences: 1 }, undefined, {
      sentenceFactor: ({ passage: candidate, sentence }) => (candidate.chunk.id === 'f' && sentence === 0 ? 1000 : 1),
    });
    expect(lifted.abstained).toBe(false);
    expect(lifted.answer).toMatch(/samarbeide om innkjøp/);
    // Where the question alone is not answered, no factor makes it answered.
    const { query: unrelated, ranked: unrelatedRanked } = rankFor('hvor mye koster fiberkabler i Finnmark', [passage('f', goal), passage('g', other)]);
    const refused = composeAnswer(unrelated, unrelatedRanked, toSearchResult, { ...rule, maxSentences: 1 }, undefined, { sentenceFactor: () => 1000 });
    expect(refused.abstained).toBe(true);
  });

  it("lets the quote model choose a follow-up's quote when the follow-up has no sentence factor of its own", () => {
    const earlier = passage('f', 'I løpet av 2011 skal alle kommuner være tilknyttet Norsk Helsenett.');
    const later = passage('g', 'Alle kommuner skal være tilknyttet Norsk Helsenett innen utgangen av 2012.');
    const { query, ranked } = rankFor('når skal kommuner være tilknyttet Norsk Helsenett', [earlier, later]);
    const names = quoteFeatureNames;
    const uniform = (value: number) => Object.fromEntries(names.map((name) => [name, value])) as Record<(typeof names)[number], number>;
    // A model that prefers the lower-ranked passage's sentence by far.
    const quoteModel = { means: uniform(0), scales: uniform(1), weights: { ...uniform(0), logScore: 1, rank: 50 }, bias: 0, shrink: 1, measured: 'test' };
    const settings = { ...rule, maxSentences: 1 };
    const quotedBy = (context: Parameters<typeof composeAnswer>[5]) => composeAnswer(query, ranked, toSearchResult, settings, undefined, context).answer;
    expect(quotedBy({ followUp: true, ellipsis: true })).toMatch(/^I løpet av 2011/);
    expect(quotedBy({ followUp: true, ellipsis: true, quoteModel })).toMatch(/^Alle kommuner/);
    // A follow-up whose own factor weighs where its sentences stand beside the last answer keeps that choice.
    expect(quotedBy({ followUp: true, quoteModel, sentenceFactor: () => 1 })).toMatch(/^I løpet av 2011/);
  });

  it('halves the confidence when the quote model leads with a sentence that states no asked amount, the amount standing in a sentence without its topic', () => {
    const amount = passage('a', 'Kommunene handlet for 707 millioner kroner i fjor.');
    const topic = passage('b', 'Markedsplassen ble etablert for at kommunene skulle handle mer effektivt.');
    const { query, ranked } = rankFor('Hvor mye handlet kommunene for via markedsplassen, i kroner?', [amount, topic]);
    const names = quoteFeatureNames;
    const uniform = (value: number) => Object.fromEntries(names.map((name) => [name, value])) as Record<(typeof names)[number], number>;
    // A model that prefers the lower-ranked passage's sentence by far.
    const quoteModel = { means: uniform(0), scales: uniform(1), weights: { ...uniform(0), logScore: 1, rank: 50 }, bias: 0, shrink: 1, measured: 'test' };
    const ratioWith = (context: Parameters<typeof composeAnswer>[5]): number => {
      let learned = 1;
      const response = composeAnswer(query, ranked, toSearchResult, confident, undefined, {
        ...context,
        observe: (features) => {
          learned = confidenceOf(confident.answerability, features);
        },
      });
      return (response.confidence ?? 0) / learned;
    };
    expect(ratioWith({ followUp: true, quoteModel })).toBeCloseTo(0.5, 2);
    // Led by the sentence that states the amount, the answer gives a sum: the model decides.
    expect(ratioWith({ followUp: true })).toBeCloseTo(1, 2);
  });

  it('quotes first, for a count question, the sentence stating a number right before the counted word', () => {
    const text = 'Mange kommuner deltar i journalløftet. Over 200 kommuner deltar i journalløftet.';
    const { query, ranked } = rankFor('hvor mange kommuner deltar i journalløftet', [passage('e', text)]);
    const response = composeAnswer(query, ranked, toSearchResult, { ...rule, maxSentences: 1 });
    expect(response.answer).toBe('Over 200 kommuner deltar i journalløftet. [1]');
  });

  it('quotes first, for a why-question, the sentence that gives a cause', () => {
    const text = 'Mange kommuner bruker ikke journalen fullt ut. Lav brukervennlighet har betydning for at kommuner ikke bruker journalen.';
    const { query, ranked } = rankFor('hvorfor bruker kommuner ikke journalen', [passage('g', text)]);
    const response = composeAnswer(query, ranked, toSearchResult, { ...rule, maxSentences: 1 });
    expect(response.answer).toBe('Lav brukervennlighet har betydning for at kommuner ikke bruker journalen. [1]');
  });

  it('reads a why-question’s sentence opening with a cause with the sentence before it, and a follow-up finds its cause stated', () => {
    const text =
      'Markedsplassen har hatt en lavere vekst i omsetning enn forventet. Årsakene kan være knyttet til kostnader og mangel på kompetanse hos brukerne.';
    const { query, ranked } = rankFor('hvorfor har markedsplassen lavere vekst enn forventet', [passage('m', text)]);
    const response = composeAnswer(query, ranked, toSearchResult, { ...rule, maxSentences: 1 });
    expect(response.answer).toBe('Årsakene kan være knyttet til kostnader og mangel på kompetanse hos brukerne. [1]');
    const typeStatedOf = (followUp: boolean): number | undefined => {
      let stated: number | undefined;
      composeAnswer(query, ranked, toSearchResult, { ...rule, maxSentences: 1 }, undefined, {
        followUp,
        observe: (features) => {
          stated = features.typeStated;
        },
      });
      return stated;
    };
    expect(typeStatedOf(true)).toBe(1);
    expect(typeStatedOf(false)).toBe(0);
  });

  it('quotes first, for a question asking what something is for, the sentence that states its aim', () => {
    const text = 'Helsenettet tilbyr tjenester for meldinger. Helsenettet skal bidra til bedre samarbeid mellom tjenestene.';
    const { query, ranked } = rankFor('Hva er helsenettet ment å oppnå for tjenestene?', [passage('p', text)]);
    const response = composeAnswer(query, ranked, toSearchResult, { ...rule, maxSentences: 1 });
    expect(response.answer).toBe('Helsenettet skal bidra til bedre samarbeid mellom tjenestene. [1]');
    // A question asking something else of the same words quotes the sentence that carries more of them.
    const { query: plain, ranked: same } = rankFor('Hva gjør helsenettet for tjenestene?', [passage('p', text)]);
    expect(composeAnswer(plain, same, toSearchResult, { ...rule, maxSentences: 1 }).answer).toBe('Helsenettet tilbyr tjenester for meldinger. [1]');
  });

  it('quotes first, for a question asking what an actor will do, the sentence where the actor states an intention', () => {
    const text = 'Bedre skolebibliotek i distriktene er et mål. Fylkeskommunen vil arbeide med forlagene for bedre bokutvalg i distriktene.';
    const { query, ranked } = rankFor('Hva vil fylkeskommunen gjøre for å få bedre skolebibliotek i distriktene?', [passage('j', text)]);
    const response = composeAnswer(query, ranked, toSearchResult, { ...rule, maxSentences: 1 });
    expect(response.answer).toBe('Fylkeskommunen vil arbeide med forlagene for bedre bokutvalg i distriktene. [1]');
    // Asked why, not what the county will do: the sentence carrying more of the question comes first.
    const { query: plain, ranked: same } = rankFor('Hvorfor trengs bedre skolebibliotek i distriktene?', [passage('j', text)]);
    expect(composeAnswer(plain, same, toSearchResult, { ...rule, maxSentences: 1 }).answer).toMatch(/^Bedre skolebibliotek i distriktene/);
  });

  it('does not count a particle of the question carried by a sentence without its verb («går opp» for «listet opp»)', () => {
    const text = 'I planen går kostnadene opp. Planen lister sensorer og alarmer.';
    const { query, ranked } = rankFor('hva blir listet opp i planen', [passage('p', text)]);
    const response = composeAnswer(query, ranked, toSearchResult, { ...rule, maxSentences: 1 });
    expect(response.answer).toBe('Planen lister sensorer og alarmer. [1]');
  });

  it('does not count what a question leaves out by a preposition of exclusion as carried («utenfor Midt-Norge»)', () => {
    const text = 'I Midt-Norge innføres felles journal for kommuner. For kommuner i resten av landet gjøres et forprosjekt for felles journal.';
    const { query, ranked } = rankFor('Hva gjøres med felles journal for kommuner utenfor Midt-Norge?', [passage('x', text)]);
    const response = composeAnswer(query, ranked, toSearchResult, { ...rule, maxSentences: 1 });
    expect(response.answer).toBe('For kommuner i resten av landet gjøres et forprosjekt for felles journal. [1]');
  });

  it('quotes a heading that makes a statement, not one that only names the topic', () => {
    const heading = 'Omsorgsteknologi er nesten ikke i bruk i norske kommuner i dag';
    const text = `${heading}\n- Kommunene mangler kunnskap om omsorgsteknologi.`;
    const { query, ranked } = rankFor('Bruker norske kommuner omsorgsteknologi i dag?', [passage('s', text, heading)]);
    expect(composeAnswer(query, ranked, toSearchResult, { ...rule, maxSentences: 1 }).answer).toBe(`${heading}. [1]`);
    // A topic heading repeated as the first line is no answer: the statement under it is quoted.
    const topic = 'Omsorgsteknologi i norske kommuner';
    const { query: same, ranked: under } = rankFor('Bruker norske kommuner omsorgsteknologi i dag?', [
      passage('t', `${topic}\n- Kommunene mangler kunnskap om omsorgsteknologi i dag.`, topic),
    ]);
    expect(composeAnswer(same, under, toSearchResult, { ...rule, maxSentences: 1 }).answer).toBe('Kommunene mangler kunnskap om omsorgsteknologi i dag. [1]');
  });

  it('quotes, for a question asking what an acronym stands for, the footnote spelling it out, though it gives a web address', () => {
    const question = 'Hva står WAI for?';
    const uses = passage('uses', 'KS har utarbeidet en kravspesifikasjon for kommunale nettsteder som er i henhold til WAI-kravene og bygger på dem.');
    const footnote = passage('note', 'WAI = Web Accessibility Initiative (<http://www.w3.org/WAI/>)');
    const { query, ranked } = rankFor(question, [uses, footnote]);
    const response = composeAnswer(query, ranked, toSearchResult, rule);
    expect(response.citations[0]?.chunkId).toBe('note');
    expect(response.answer).toContain('Web Accessibility Initiative');
  });

  it('prefers, for a question on how a term is defined, the sentence defining the term the question names, common as it is', () => {
    const text = 'Nokut vil at alle lærere skal ha digital dømmekraft. Digital dømmekraft er evnen til å vurdere kilder og opptre trygt på nett for lærere.';
    const { query, ranked } = rankFor('Korleis definerer Nokut digital dømmekraft for lærarane?', [passage('k', text)]);
    // «digital» and «dømmekraft» are common words of the corpus, so not among the question's rarer terms.
    const weightOf = (stem: string): number => (stem.startsWith('digital') || stem.startsWith('dømmekraft') ? 0.2 : 1);
    const response = composeAnswer(query, ranked, toSearchResult, { ...rule, maxSentences: 1 }, undefined, { weightOf });
    expect(response.answer).toBe('Digital dømmekraft er evnen til å vurdere kilder og opptre trygt på nett for lærere. [1]');
  });

  it('halves the confidence, and abstains, when the asked time stands apart from the question’s topic', () => {
    const strategy = 'Regjeringen vil lage en strategi for digital kompetanse i offentlig sektor sammen med kommunene.';
    const other = 'I januar 2019 la regjeringen frem en strategi for digital sikkerhet.';
    const question = 'Når skal regjeringen legge frem strategien for digital kompetanse i offentlig sektor?';
    const ratio = (passages: RankedChunk[]): { abstained: boolean; ratio: number } => {
      const { abstained, ratio: value } = composeRatio(question, passages);
      return { abstained, ratio: value };
    };
    const apart = ratio([passage('h', other), passage('i', strategy)]);
    expect(apart).toEqual({ abstained: true, ratio: expect.closeTo(0.5, 2) });
    // Alone, the sentence with the year is all the texts hold about the question: the model decides.
    expect(ratio([passage('h', other)])).toEqual({ abstained: false, ratio: expect.closeTo(1, 2) });
  });

  it('does not read a sentence the last answer gave as the other topic the asked time stands apart from', () => {
    const strategy = 'Regjeringen vil lage en strategi for digital kompetanse i offentlig sektor sammen med kommunene.';
    const other = 'I januar 2019 la regjeringen frem en strategi for digital sikkerhet.';
    const question = 'Når skal regjeringen legge frem strategien for digital kompetanse i offentlig sektor?';
    const passages = [passage('h', other), passage('i', strategy)];
    expect(composeRatio(question, passages, undefined, { followUp: true, previousAnswer: 'Noe annet. [1]' }).ratio).toBeCloseTo(0.5, 2);
    expect(composeRatio(question, passages, undefined, { followUp: true, previousAnswer: `${strategy} [1]` }).ratio).toBeCloseTo(1, 2);
  });

  it('does not read the words a document title carries as the other sentence speaking more of the topic', () => {
    const titled = (id: string, title: string, text: string): RankedChunk => {
      const chunk = indexChunk({ id, file: `${id}.txt`, title, heading: 'Mål', start: 0, end: text.length, text, alsoIn: [] }, [2009, 2009], text);
      const none = { coverage: 0, numbers: 0, score: 0 };
      return { chunk, score: 1, evidence: none, rankingEvidence: 0, bestSentence: 0, sentenceEvidence: [], chunkEvidence: none };
    };
    const question = 'Når skal alle kommuner være tilknyttet Norsk Helsenett ifølge planen for velferdsteknologi i pleie og omsorg?';
    const query = prepareQuery(question, null);
    const read = (passages: RankedChunk[]): RankedChunk[] =>
      passages.map((item) => ({
        ...item,
        sentenceEvidence: item.chunk.sentences.map((sentence) =>
          evidenceOf(query.terms, () => 1, sentence.terms, [item.chunk.headingTerms], item.chunk.titleTerms),
        ),
      }));
    const dated = titled('s', 'Digital kompetanse', 'I løpet av 2011 skal alle kommuner være tilknyttet Norsk Helsenett.');
    // The plan's own passage carries «velferdsteknologi», «pleie», «omsorg» only in its title: they name the plan.
    const plan = titled('t', 'Velferdsteknologi i pleie og omsorg', 'Norsk Helsenett gir sikker kommunikasjon mellom kommunene.');
    let learned = 1;
    const response = composeAnswer(query, read([dated, plan]), toSearchResult, confident, undefined, {
      observe: (features) => {
        learned = confidenceOf(confident.answerability, features);
      },
    });
    expect(response.citations[0]?.chunkId).toBe('s');
    expect((response.confidence ?? 0) / learned).toBeCloseTo(1, 2);
  });

  it('halves the confidence when the passage to quote lacks a name of the question that another top passage carries', () => {
    const platform = 'Plattformen består av felleskomponenter og gir aktørene et rammeverk de kan forholde seg til.';
    const named = 'Bodø kommune tok i bruk Skoleplattformen i 2021.';
    const ratio = (passages: RankedChunk[]) => composeRatio('Hvilken aktør står bak Skoleplattformen?', passages);
    // «Plattformen» is the name's head alone: another platform. The texts name Skoleplattformen elsewhere, not with an actor.
    expect(ratio([passage('p', platform), passage('q', named)])).toEqual({ abstained: true, quoted: '', ratio: expect.closeTo(0.5, 2) });
    // No other passage names it: the model decides.
    expect(ratio([passage('p', platform)])).toEqual({ abstained: false, quoted: 'p', ratio: expect.closeTo(1, 2) });
  });

  it('halves a yes/no question on a decision whose passage states a decision only of another thing', () => {
    const question = 'Har bystyret vedtatt budsjettet?';
    // «budsjett» is the rarest word that is not one of deciding: what the decision must be stated of.
    const weightOf = (stem: string) => (stem.startsWith('budsjett') ? 3 : 1);
    const ratio = (text: string) => composeRatio(question, [passage('v', text)], weightOf, { yesNo: true }).ratio;
    expect(ratio('Bystyret har vedtatt ny organisering av barnehagene. Budsjettet for skolene er lagt fram.')).toBeCloseTo(0.5, 2);
    expect(ratio('Bystyret har vedtatt budsjettet for neste år. Barnehagene får ny organisering.')).toBeCloseTo(1, 2);
  });

  it('quotes from the top passage that carries the name a question asking for no fact names, not from a passage without it', () => {
    const named = passage('t', 'Teknologirådet skriver at eldrebølgen krever ny teknologi.');
    const unnamed = passage('k', 'Eldrebølgen krever omlegging av omsorgstjenestene i kommunene.');
    const question = 'Hva mener Teknologirådet om eldrebølgen, omsorgstjenestene og kommunene?';
    // The passage without the name carries more of the other words, but speaks of another topic: the named one is quoted.
    expect(composeRatio(question, [named, unnamed])).toEqual({ abstained: false, quoted: 't', ratio: expect.closeTo(1, 2) });
    // When the top passage lacks the name, the choice is the evidence's, and the quote without the name is halved as before.
    expect(composeRatio(question, [unnamed, named]).ratio).toBeCloseTo(0.5, 2);
  });

  it('counts a name that a passage next to the quote in the same document carries as the context the quote stands in', () => {
    const platform = 'Plattformen består av felleskomponenter og gir aktørene et rammeverk de kan forholde seg til.';
    const named = 'Bodø kommune tok i bruk Skoleplattformen i 2021.';
    const at = (item: RankedChunk, start: number): RankedChunk => ({
      ...item,
      chunk: { ...item.chunk, file: 'd.txt', start, end: start + item.chunk.text.length },
    });
    const ratio = (passages: RankedChunk[]) => composeRatio('Hvilken aktør står bak Skoleplattformen?', passages).ratio;
    // The passage just before the quote's names it: the quote speaks of it.
    expect(ratio([at(passage('p', platform), 1000), at(passage('q', named), 0)])).toBeCloseTo(1, 2);
    // Far away in the same document, or in another document, it is another topic: halved.
    expect(ratio([at(passage('p', platform), 20000), at(passage('q', named), 0)])).toBeCloseTo(0.5, 2);
    expect(ratio([at(passage('p', platform), 1000), passage('q', named)])).toBeCloseTo(0.5, 2);
  });

  it('halves the confidence when no retrieved passage mentions a name of the question, even in part', () => {
    const tromso = passage('s', 'Over 40 badeplasser i Vannportalen er fra Tromsø kommune.');
    const finnmark = passage('f', 'Helse Finnmark har vist at de kan spare 12 millioner per år ved bruk av videokonferanse.');
    const corpus = [tromso, finnmark, passage('h', 'Helse og omsorg i kommunene.'), passage('g', 'Helse er viktig.')];
    const weights = termWeightsOf(corpus.map((item) => item.chunk));
    const ratio = (question: string, passages: RankedChunk[]): number => composeRatio(question, passages, (stem) => termWeight(weights, stem)).ratio;
    // The texts count Tromsø's bathing places, not Bodø's; «Helse Nord» (its rarer word «nord» nowhere) is not «Helse Finnmark».
    expect(ratio('Hvor mange badeplasser har Bodø kommune registrert i Vannportalen?', [tromso])).toBeCloseTo(0.5, 2);
    expect(ratio('Hvor mye sparer Helse Nord på videokonferanse?', [finnmark])).toBeCloseTo(0.5, 2);
    expect(ratio('Hvor mye sparer Helse Finnmark på videokonferanse?', [finnmark])).toBeCloseTo(1, 2);
    // A name joined to a common noun is mentioned where its rarest part stands («Tromsø-plassene»).
    expect(ratio('Hvor mange av Tromsø-plassene ligger i Vannportalen?', [tromso])).toBeCloseTo(1, 2);
  });

  it('halves the confidence when the passage to quote and its neighbours do not mention a name of the question that the texts name elsewhere', () => {
    const quote = passage('k', 'Elektronisk samhandling er samarbeid ved bruk av IKT mellom kommuner og sykehus.');
    const elsewhere = passage('m', 'Kartverket har kart i Felles datakatalog.');
    const fillers = ['a', 'b', 'c', 'd', 'e'].map((id) => passage(id, 'Helse og omsorg i kommunene.'));
    const corpus = [quote, elsewhere, ...fillers, passage('g', 'Samhandling er viktig.')];
    const weights = termWeightsOf(corpus.map((item) => item.chunk));
    const weightOf = (stem: string) => termWeight(weights, stem);
    const ratio = (question: string, authorsOf?: (file: string) => ReadonlySet<string>): number =>
      composeRatio(question, [quote, ...fillers, elsewhere], weightOf, authorsOf ? { authorsOf } : {}).ratio;
    // The texts name Kartverket only below the passages the answer may quote, never with samhandling: the quote is another body's.
    expect(ratio('Hvordan beskriver Kartverket elektronisk samhandling mellom kommuner og sykehus?')).toBeCloseTo(0.5, 2);
    // The author of the quote's document is its context, which its passages need not repeat.
    expect(ratio('Hvordan beskriver Kartverket elektronisk samhandling mellom kommuner og sykehus?', () => new Set(analyze('Kartverket')))).toBeCloseTo(1, 2);
  });

  it('counts a name the texts write in full as mentioned only where it stands in full, not where its parts do', () => {
    const quote = passage('k', 'KS gir råd om ny teknologi for samhandling mellom kommuner og sykehus.');
    const elsewhere = passage('t', 'Teknologirådet har skrevet om etikk.');
    const fillers = ['a', 'b', 'c', 'd', 'e'].map((id) => passage(id, 'Helse og omsorg i kommunene.'));
    const corpus = [quote, elsewhere, ...fillers, passage('g', 'Samhandling er viktig.')];
    const weights = termWeightsOf(corpus.map((item) => item.chunk));
    const weightOf = (stem: string) => termWeight(weights, stem);
    const question = 'Hvordan beskriver Teknologirådet samhandling mellom kommuner og sykehus?';
    // A retrieved passage writes «Teknologirådet»: the quote's «råd» and «teknologi» are another body's advice.
    expect(composeRatio(question, [quote, ...fillers, elsewhere], weightOf).ratio).toBeCloseTo(0.5, 2);
    // No retrieved passage writes it in full: its parts in the quote's passage still mention it…
    expect(composeRatio(question, [quote, ...fillers], weightOf).ratio).toBeCloseTo(1, 2);
    // …unless the index's vocabulary holds it: the texts write it in full elsewhere.
    const inCorpus = (stem: string) => analyze('Teknologirådet').includes(stem);
    expect(composeRatio(question, [quote, ...fillers], weightOf, { inCorpus }).ratio).toBeCloseTo(0.5, 2);
  });

  it('does not answer a definition question by the defining sentence when whose definition it asks for is missing', () => {
    const quote = passage('k', 'Digital kompetanse er evnen til å bruke digitale verktøy i skolen.');
    const elsewhere = passage('m', 'Kartverket har kart i Felles datakatalog.');
    const fillers = ['a', 'b', 'c', 'd', 'e'].map((id) => passage(id, 'Helse og omsorg i kommunene.'));
    const corpus = [quote, elsewhere, ...fillers, passage('g', 'Kompetanse er viktig.')];
    const weights = termWeightsOf(corpus.map((item) => item.chunk));
    const weightOf = (stem: string) => termWeight(weights, stem);
    const ask = (question: string, authorsOf?: (file: string) => ReadonlySet<string>) =>
      composeRatio(question, [quote, ...fillers, elsewhere], weightOf, authorsOf ? { authorsOf } : {});
    // Kartverket's definition is asked for; the texts give another body's.
    expect(ask('Korleis definerer Kartverket digital kompetanse?').abstained).toBe(true);
    // The author of the quote's document defines it: the defining sentence answers.
    expect(ask('Korleis definerer Kartverket digital kompetanse?', () => new Set(analyze('Kartverket'))).abstained).toBe(false);
  });

  it('halves the confidence of a when-question whose event no time-stating sentence near the quote carries', () => {
    const ratio = (question: string, text: string): number => composeRatio(question, [passage('e', text)]).ratio;
    // The year belongs to the logins, not to the founding.
    const logins = 'Feide er etablert som en nasjonal løsning for innlogging i skolen. I 2019 har det vært 161 millioner pålogginger.';
    expect(ratio('Hvilket år ble Feide etablert som løsning for innlogging?', logins)).toBeCloseTo(0.5, 2);
    // «Hvilket år» asks for the time; it is no event a time-stating sentence must carry.
    const yearHeavy = (stem: string) => (stem === 'år' ? 1 : 0.1);
    const digital = passage('n', 'Alle kommuner skal være med i Norge digitalt innen 2012.');
    expect(composeRatio('Hvilket år skulle alle kommuner være med i Norge digitalt?', [digital], yearHeavy).ratio).toBeCloseTo(1, 2);
    const founded = 'Feide ble etablert i 2001 som en nasjonal løsning for innlogging i skolen.';
    expect(ratio('Hvilket år ble Feide etablert som løsning for innlogging?', founded)).toBeCloseTo(1, 2);
  });

  it('takes a time-stating sentence that writes the words its heading carries as dating the event they name, where no predicate is read', () => {
    const light = new Set([...analyze('kommunene'), ...analyze('alle')]);
    const text = 'I løpet av 2007 skal alle kommuner ha gjennomført strategisk IKT-planlegging.';
    const ratio = (heading: string): number =>
      composeRatio('Fristen for strategisk planlegging med overordnede mål?', [passage('s', text, heading)], (stem) => (light.has(stem) ? 0.2 : 1)).ratio;
    // The section «Strategisk IKT-planlegging» is the event the dated sentence writes: it dates it, whatever «overordnede mål» it lacks.
    expect(ratio('Strategisk IKT-planlegging')).toBeCloseTo(1, 2);
    // Under a heading that does not carry them, the words are the question's own event, and the sentence writes them: dated too.
    expect(ratio('MÅL')).toBeCloseTo(1, 2);
    // The heading carries them and the dated sentence does not: the year dates another event of the section.
    const other = 'I løpet av 2007 skal alle kommuner ha tatt i bruk e-post.';
    const apart = composeRatio('Fristen for strategisk planlegging med overordnede mål?', [passage('s', other, 'Strategisk IKT-planlegging')], (stem) =>
      light.has(stem) ? 0.2 : 1,
    ).ratio;
    expect(apart).toBeCloseTo(0.5, 2);
  });

  it('halves the confidence of a when-question whose subject a dated sentence names but not what the question says of it', () => {
    // «ny» is a common word, light beside the law's name and the event.
    const ratio = (question: string, text: string): number => composeRatio(question, [passage('l', text)], (stem) => (stem === 'nye' ? 0.1 : 1)).ratio;
    // The sentence dates the consultation of the law, not its entry into force.
    const consulted = 'Forslaget til ny arkivlov ble sendt på høring høsten 2019.';
    expect(ratio('Når skal den nye arkivloven tre i kraft?', consulted)).toBeCloseTo(0.5, 2);
    expect(ratio('Når ble den nye arkivloven sendt på høring?', consulted)).toBeCloseTo(1, 2);
    // The event's derivation in the sentence («ikrafttredelse» of «tre i kraft») dates it.
    const inForce = 'Ikrafttredelsen av den nye arkivloven er satt til 2025.';
    expect(ratio('Når skal den nye arkivloven tre i kraft?', inForce)).toBeCloseTo(1, 2);
  });

  it('takes a time-stating sentence that carries what a when-question says of its subject as dating it, whatever weighty adverb it lacks', () => {
    // «vurdere» is a common verb, light beside the rest.
    const light = new Set([...analyze('kartlagt'), ...analyze('fylkene')]);
    const ratio = (question: string, text: string): number => composeRatio(question, [passage('v', text)], (stem) => (light.has(stem) ? 0.2 : 1)).ratio;
    // No weighty word of the question stands in the dated sentence as written there («senest», the English loan words, the
    // compound), but what is said of the subject, «ha kartlagt …», does.
    const assessed = 'Innen utgangen av 2012 skal alle fylker ha kartlagt bruk av nettbasert læring i sine opplæringsplaner for IKT.';
    expect(ratio('Når skulle fylkene senest ha kartlagt e-learning i IKT-planene sine?', assessed)).toBeCloseTo(1, 2);
  });

  it('reads the words of a name a time-stating sentence writes as its acronym as the name, not as the event asked about', () => {
    const knowledge = new WordKnowledge({
      ...emptyLanguageResources('test'),
      acronyms: [{ short: 'SKS', long: 'Senter for kvalitet i skolene', source: 'test' }],
    });
    const text = 'SKS ble stiftet i 1995 av det daværende Undervisningsdepartementet og KS.';
    const chunk = indexChunk(
      { id: 'r', file: 'r.txt', title: 'Om senteret', heading: 'Historikk', start: 0, end: text.length, text, alsoIn: [] },
      [2008, 2012],
      text,
      knowledge,
    );
    const ratio = (question: string): number => {
      const query = prepareQuery(question, null, undefined, knowledge);
      const ranked = rankedAlone(chunk, query);
      let learned = 1;
      const response = composeAnswer(query, ranked, toSearchResult, confident, undefined, {
        observe: (features) => {
          learned = confidenceOf(confident.answerability, features);
        },
      });
      return (response.confidence ?? 0) / learned;
    };
    // The year is the founding's: the question asks when it was closed down.
    expect(ratio('Når ble Senter for kvalitet i skolene lagt ned?')).toBeCloseTo(0.5, 2);
    expect(ratio('Når ble Senter for kvalitet i skolene stiftet?')).toBeCloseTo(1, 2);
  });

  it('takes no year from a Storting session a quote cites the document by', () => {
    const ratio = (question: string, text: string): number => composeRatio(question, [passage('s', text)]).ratio;
    const cited = 'St.meld. nr. 30 (2002-2003) «Norge digitalt» beskriver timetallet for bruk av datamaskiner i skolen.';
    // «(2002-2003)» is part of the white paper's name: the sentence states no time of the hours it speaks of.
    expect(ratio('Hva var timetallet for datamaskiner i skolen i 2002?', cited)).toBeCloseTo(0.5, 2);
    // A year the sentence states of its topic still gives it.
    expect(ratio('Hva var timetallet for datamaskiner i skolen i 2002?', `${cited.slice(0, -1)} i 2002.`)).toBeCloseTo(1, 2);
  });

  it('halves the confidence when the quote and its date context do not give the year the question asks about', () => {
    const ratio = (question: string, text: string): number => composeRatio(question, [passage('y', text)]).ratio;
    const internet =
      'I 2016 ble det kjøpt inn nye datamaskiner til skolene. Kommunene samarbeider om innkjøp av utstyr. Skolene har fått nye lærebøker. Mer enn 8 av 10 nordmenn har tilgang til Internett.';
    // The passage writes 2016 of the computers, far from the share: the texts do not give the share for 2016.
    expect(ratio('Hvor mange nordmenn har tilgang til Internett i 2016?', internet)).toBeCloseTo(0.5, 2);
    // A year of the document's period (2008–2012) is the quote's own date context for a question asking no fact…
    expect(ratio('Hva slags tilgang til Internett har nordmenn i 2010?', internet)).toBeCloseTo(1, 2);
    // …not for one asking a fact of that year: the quote states it for the document's own day, not for 2010.
    expect(ratio('Hvor mange nordmenn har tilgang til Internett i 2010?', internet)).toBeCloseTo(0.5, 2);
    // Stated beside the share, or a period of the sentence containing it.
    expect(ratio('Hvor mange nordmenn har tilgang til Internett i 2016?', 'Mer enn 8 av 10 nordmenn har tilgang til Internett i 2016.')).toBeCloseTo(1, 2);
    expect(ratio('Hvor mange nordmenn har tilgang til Internett i 2016?', 'Mer enn 8 av 10 nordmenn har tilgang til Internett i 2014–2018.')).toBeCloseTo(1, 2);
    // A period the question writes names a plan by its span: read in the passage as a whole.
    const plan =
      'Planen for 2015–2017 ble vedtatt i fjor. Kommunene samarbeider om innkjøp av utstyr. Skolene har fått nye lærebøker. Mer enn 8 av 10 nordmenn har tilgang til Internett.';
    expect(ratio('Hva slags tilgang til Internett har nordmenn ifølge planen for 2015–2017?', plan)).toBeCloseTo(1, 2);
    expect(ratio('Hva slags tilgang til Internett har nordmenn ifølge planen for 2018–2019?', plan)).toBeCloseTo(0.5, 2);
    // A year right after a word of the document's title that the title dates otherwise names another edition of it.
    const edition = passage('t', 'Mange husholdninger hadde PC i 2004. Mer enn 8 av 10 nordmenn har tilgang til Internett.');
    const titled = { ...edition, chunk: { ...edition.chunk, title: 'eKommune 2009 – det digitale spranget' } };
    expect(composeRatio('Har nordmenn tilgang til Internett ifølge eKommune 2004?', [titled]).ratio).toBeCloseTo(0.5, 2);
    expect(composeRatio('Har nordmenn tilgang til Internett ifølge eKommune 2009?', [titled]).ratio).toBeCloseTo(1, 2);
    expect(composeRatio('Hadde husholdninger PC i 2004?', [titled]).ratio).toBeCloseTo(1, 2);
  });

  it('halves the confidence of a count question whose counted thing no count-stating sentence of the passage carries', () => {
    const ratio = (question: string, text: string): number => composeRatio(question, [passage('n', text)]).ratio;
    const staff = 'Omsorgssektoren må mer enn tredoble antall stillinger fram mot 2060. Det blir behov for 230 000 nye årsverk i omsorgssektoren.';
    // The passage counts posts in the care sector, not nurses.
    expect(ratio('Hvor mange flere sykepleiere trengs i omsorgssektoren fram mot 2060?', staff)).toBeCloseTo(0.5, 2);
    expect(ratio('Hvor mange flere årsverk trengs i omsorgssektoren fram mot 2060?', staff)).toBeCloseTo(1, 2);
    // The counted word may end a compound of the passage («tjenester» in «nettjenester»).
    const services = 'ID-porten gir innbyggerne tilgang til over 4000 nettjenester fra statlige virksomheter.';
    expect(ratio('Hvor mange tjenester gir ID-porten tilgang til?', services)).toBeCloseTo(1, 2);
    // A follow-up that writes out what it counts is read the same way.
    const followUp = (question: string): number => composeRatio(question, [passage('n', staff)], undefined, { followUp: true }).ratio;
    expect(followUp('og hvor mange flere sykepleiere trengs i omsorgssektoren fram mot 2060?')).toBeCloseTo(0.5, 2);
    expect(followUp('og hvor mange flere årsverk trengs i omsorgssektoren fram mot 2060?')).toBeCloseTo(1, 2);
  });

  it('halves the confidence of a fact question whose sentence to quote opens with a name of another actor', () => {
    const ratio = (question: string): number =>
      composeRatio(question, [passage('f', 'Helse Finnmark har vist at de kan spare 12 millioner per år ved bruk av videokonferanse til møter.')]).ratio;
    // The amount is Helse Finnmark's, not what a municipality can save.
    expect(ratio('Hvor mye kan en kommune spare per år på videokonferanse?')).toBeCloseTo(0.5, 2);
    // The question that names the actor is answered by it.
    expect(ratio('Hvor mye kan Helse Finnmark spare per år på videokonferanse?')).toBeCloseTo(1, 2);
  });

  it('halves the confidence of a first question whose sentence to quote is itself a question of the texts', () => {
    const ratio = (question: string, text: string, followUp = false): number =>
      composeRatio(question, [passage('p', text, 'Program')], undefined, { followUp }).ratio;
    const programme = 'Seminaret startar klokka ti med opning. Nettbrettprosjektet i Voss kommune – korleis kartleggje behovet for nettbrett i skulane?';
    const report = 'Seminaret startar klokka ti med opning. Nettbrettprosjektet i Voss kommune kartla behovet for nettbrett i skulane.';
    // A talk's title asks what the question asks; it states nothing.
    expect(ratio('Kva fann Voss kommune då dei undersøkte behovet for nettbrett i skulane?', programme)).toBeCloseTo(0.5, 2);
    expect(ratio('Kva fann Voss kommune då dei undersøkte behovet for nettbrett i skulane?', report)).toBeCloseTo(1, 2);
    // A who-question is answered after the question mark of a programme line; a follow-up is not read this way.
    expect(ratio('Kven snakka om behovet for nettbrett i skulane i Voss kommune?', programme)).not.toBeCloseTo(0.5, 2);
    expect(ratio('Kva fann Voss kommune då dei undersøkte behovet for nettbrett i skulane?', programme, true)).toBeCloseTo(1, 2);
  });

  it('halves the confidence of a follow-up asking for a fact whose new words nothing near the quote carries', () => {
    const fresh = analyze('engangsstøtte');
    const grants = passage('g', 'Kurset er gratis. 105 kommuner har siden 2017 fått tilskudd fra departementet for å etablere lavterskeltilbud.');
    const oneOff = passage('o', '36 kommuner fikk engangsstøtte fra departementet.');
    // A count question: «hvor mye … i engangsstøtte» asks for a sum, which the grants' sentence lacks whether asked first or not.
    const question = 'Hvor mange kommuner fikk engangsstøtte fra departementet?';
    // The grants' sentence states a number, but not of the one-off support the follow-up newly asks about.
    expect(composeRatio(question, [grants], undefined, { followUp: true, fresh }).ratio).toBeCloseTo(0.5, 2);
    expect(composeRatio(question, [oneOff], undefined, { followUp: true, fresh }).ratio).toBeCloseTo(1, 2);
    // Not for a first question, nor for a follow-up that asks for no fact of a kind.
    expect(composeRatio(question, [grants]).ratio).toBeCloseTo(1, 2);
    expect(composeRatio('Hva sier de om engangsstøtte fra departementet?', [grants], undefined, { followUp: true, fresh }).ratio).toBeCloseTo(1, 2);
  });

  it('quotes a sentence carrying a follow-up’s new words over one ranked higher on the topic that carries none of them', () => {
    const fresh = analyze('engangsstøtte');
    const grants = passage('g', '105 kommuner har siden 2017 fått tilskudd fra departementet for å etablere lavterskeltilbud.');
    const oneOff = passage('o', 'Kurset er gratis. Hele 36 kommuner fikk engangsstøtte i fjor.');
    const question = 'Hvor mange kommuner fikk engangsstøtte fra departementet for å etablere lavterskeltilbud?';
    // Asked as a follow-up newly asking about «engangsstøtte», the sentence carrying it is read, not the topic's ranked above it.
    expect(composeRatio(question, [grants, oneOff], undefined, { followUp: true, fresh }).ratio).toBeCloseTo(1, 2);
    // No sentence carrying them: the first is read, and halved (`freshApart`).
    expect(composeRatio(question, [grants], undefined, { followUp: true, fresh }).ratio).toBeCloseTo(0.5, 2);
  });

  it('halves a follow-up whose new verb stands near the quote only as a number word of the same letters («trådte» ~ «tre»)', () => {
    const knowledge = new WordKnowledge({
      ...emptyLanguageResources('test'),
      lemmas: { trådte: ['tre'], tre: ['tre'], trådt: ['tre'], loven: ['lov'] },
    });
    const ratio = (text: string): number => knowledgeRatio(knowledge, 'Når trådte loven i kraft?', text, { followUp: true, fresh: analyze('trådte') });
    // «tre» counts the goals: it says nothing of the law coming into force.
    expect(ratio('Loven har tre mål og ble vedtatt i 2005.')).toBeCloseTo(0.5, 2);
    expect(ratio('Loven trådte i kraft i 2005.')).toBeCloseTo(1, 2);
  });

  it('halves a follow-up whose new word stands near the quote only as the stem of another word («ferdig» ~ «ferdigheter»)', () => {
    const knowledge = new WordKnowledge({
      ...emptyLanguageResources('test'),
      lemmas: { ferdig: ['ferdig'], ferdigheter: ['ferdighet'], moderniseringen: ['modernisering'] },
    });
    const ratio = (text: string): number => knowledgeRatio(knowledge, 'Når blir moderniseringen ferdig?', text, { followUp: true, fresh: analyze('ferdig') });
    expect(ratio('Siden 2017 har moderniseringen gitt kurs i digitale ferdigheter.')).toBeCloseTo(0.5, 2);
    expect(ratio('Moderniseringen blir ferdig i 2023.')).toBeCloseTo(1, 2);
  });

  it('halves a follow-up asking a count or a sum whose new word stands near the quote only as a thesaurus synonym', () => {
    const knowledge = new WordKnowledge({
      ...emptyLanguageResources('test'),
      lemmas: { ansatte: ['ansatt'], arbeidstakere: ['arbeidstaker'] },
      synonyms: { ansatt: ['arbeidstaker'] },
    });
    const ratio = (question: string, text: string): number =>
      knowledgeRatio(knowledge, question, text, { followUp: true, fresh: analyze('ansatte'), inCorpus: () => true });
    // «5 arbeidstakere per pensjonist» counts workers per pensioner, not the staff asked.
    expect(ratio('Hvor mange ansatte får det?', 'Det blir færre arbeidstakere per pensjonist, fra 5 i 2010 til 3 i 2050.')).toBeCloseTo(0.5, 2);
    expect(ratio('Hvor mange ansatte får det?', 'Direktoratet får 300 ansatte i 2020.')).toBeCloseTo(1, 2);
  });

  it('does not halve a follow-up count whose only new word is the verb after the counted noun, when the quote states the count with it', () => {
    const counted = passage('k', 'Nettet har over 300 målere.');
    const ratio = (question: string, fresh: string, passages = [counted]): number =>
      composeRatio(question, passages, undefined, { followUp: true, fresh: analyze(fresh) }).ratio;
    expect(ratio('Hvor mange målere fungerer der?', 'fungerer')).toBeCloseTo(1, 2);
    // A number not stated with the counted word: the new word must stand near the quote.
    expect(ratio('Hvor mange målere fungerer der?', 'fungerer', [passage('u', 'Nettet har over 300 av dem.')])).toBeCloseTo(0.5, 2);
    // A new word that is not the verb after the counted noun (an object, a name) must stand there too.
    expect(ratio('Hvor mange målere har Tromsø?', 'Tromsø')).toBeCloseTo(0.5, 2);
  });

  it('halves a yes/no ellipsis whose new words stand neither in the sentence to quote nor beside it', () => {
    const meetings = passage('m', 'I løpet av 2007 skal alle kommuner sende kommunestyremøtene direkte på nettet.');
    const counties = passage('f', 'I løpet av 2007 skal alle fylkesting sende møtene sine direkte på nettet.');
    const question = 'stemmer det at kommunestyremøtene skulle sendes på nettet – fylkestingene?';
    const fresh = analyze('fylkestingene');
    const ellipsis = { followUp: true, ellipsis: true, yesNo: true, fresh };
    // The quote says yes of the municipal councils, not of the county councils the fragment switches to.
    expect(composeRatio(question, [meetings], undefined, ellipsis).ratio).toBeCloseTo(0.5, 2);
    expect(composeRatio(question, [counties], undefined, ellipsis).ratio).toBeCloseTo(1, 2);
    // Carried only inside a compound of another thing («fylkestingsvalget»), the new word is not carried.
    const election = passage('v', 'I løpet av 2007 skal fylkestingsvalget og kommunestyremøtene sendes direkte på nettet.');
    expect(composeRatio(question, [election], undefined, ellipsis).ratio).toBeCloseTo(0.5, 2);
    // Not for a reference, nor for an ellipsis that asks no yes/no question.
    expect(composeRatio(question, [meetings], undefined, { ...ellipsis, ellipsis: false }).ratio).toBeCloseTo(1, 2);
    expect(composeRatio(question, [meetings], undefined, { ...ellipsis, yesNo: false }).ratio).toBeCloseTo(1, 2);
  });

  it('halves a question naming the unit of its figure when the quote and its neighbours state no such figure', () => {
    const founded = passage('e', 'Modellen ble etablert i 2024 og gjelder alle kommuner. Den omfatter e-helse og velferdsteknologi.');
    const spent = passage('s', 'Kommunene brukte om lag 4,5 milliarder kroner på e-helse i 2024.');
    const question = 'Hva var kommunenes utgifter til e-helse i 2024, i milliarder kroner?';
    // «Hva var …» asks no kind of fact by its question word; its unit asks for a sum, which the founding year does not give.
    expect(composeRatio(question, [founded]).ratio).toBeCloseTo(0.5, 2);
    expect(composeRatio(question, [spent]).ratio).toBeCloseTo(1, 2);
    // Measured in any unit: a number must stand there.
    const merged = passage('d', 'Direktoratet ble etablert ved sammenslåingen. Det fikk et nytt navn.');
    expect(composeRatio('Hvor stort blir direktoratet målt i årsverk etter sammenslåingen?', [merged]).ratio).toBeCloseTo(0.5, 2);
    const staffed = passage('t', 'Direktoratet får om lag 1000 årsverk etter sammenslåingen.');
    expect(composeRatio('Hvor stort blir direktoratet målt i årsverk etter sammenslåingen?', [staffed]).ratio).toBeCloseTo(1, 2);
  });

  it('halves a degree question left untyped when the quote and its neighbours state no measure of its kind', () => {
    const launched = passage('h', 'Digitalt helsekort for gravide er et verdifullt tiltak. Det er utviklet sammen med kommunene.');
    const spread = passage('s', 'Digitalt helsekort for gravide er tatt i bruk i 120 kommuner. Det er utviklet sammen med kommunene.');
    const question = 'Vet vi hvor utbredt helsekortet for gravide er i kommunene?';
    // «hvor utbredt» asks how far it has spread: a count or share, which a sentence praising it does not give.
    expect(composeRatio(question, [launched]).ratio).toBeCloseTo(0.5, 2);
    expect(composeRatio(question, [spread]).ratio).toBeCloseTo(1, 2);
    // A frequency must be a frequency, not any number.
    const council = passage('r', 'Rådet ble opprettet i 2016 og har ti medlemmer.');
    const monthly = passage('m', 'Rådet ble opprettet i 2016 og møtes hver måned.');
    expect(composeRatio('Hvor ofte møtes rådet?', [council]).ratio).toBeCloseTo(0.5, 2);
    expect(composeRatio('Hvor ofte møtes rådet?', [monthly]).ratio).toBeCloseTo(1, 2);
  });

  it('halves a question asking for a share when the quote and its neighbours state no share, only a count', () => {
    const counted = passage('c', '85 bibliotek har siden 2019 fått tilskudd for å tilby lesebrett. Tilbudet er gratis.');
    const share = passage('p', 'Nå tilbyr 40 prosent av bibliotekene lesebrett. Tilbudet er gratis.');
    const question = 'Hvor mange prosent av bibliotekene tilbyr lesebrett nå?';
    // A count of the libraries says how many, not how many of how many.
    expect(composeRatio(question, [counted]).ratio).toBeCloseTo(0.5, 2);
    expect(composeRatio(question, [share]).ratio).toBeCloseTo(1, 2);
    const half = passage('h', 'Om lag halvparten av bibliotekene tilbyr lesebrett nå. Tilbudet er gratis.');
    expect(composeRatio('Hvor stor andel av bibliotekene tilbyr lesebrett nå?', [half]).ratio).toBeCloseTo(1, 2);
  });

  it('halves a question asking for a price when the quote and its neighbours state no price', () => {
    const described = passage('d', 'Verktøykassen hjelper kommunene med strategisk IKT-planlegging. Den er utviklet av KS.');
    const free = passage('f', 'Verktøykassen hjelper kommunene med strategisk IKT-planlegging. Den er gratis for kommunene.');
    const priced = passage('p', 'Verktøykassen hjelper kommunene med strategisk IKT-planlegging. Den koster 2000 kroner per kommune.');
    const question = 'Er verktøykassen for strategisk IKT-planlegging gratis for kommunene?';
    // A sentence describing the toolbox says what it does, not what it costs.
    expect(composeRatio(question, [described]).ratio).toBeCloseTo(0.5, 2);
    expect(composeRatio(question, [free]).ratio).toBeCloseTo(1, 2);
    expect(composeRatio('Hva tar KS betalt for verktøykassen for strategisk IKT-planlegging?', [priced]).ratio).toBeCloseTo(1, 2);
    expect(composeRatio('Hva tar KS betalt for verktøykassen for strategisk IKT-planlegging?', [described]).ratio).toBeCloseTo(0.5, 2);
  });

  it('halves the confidence of a reference asking for a fact when the sentence to quote gave the last question its fact', () => {
    const burden = 'Konsekvensen er en økonomisk belastning for kommunene som årlig utgjør rundt 500 millioner kroner før grunnkompensasjon.';
    const cost = passage('c', burden);
    // «Hvor mye», not «Hvor stor del»: a share asked for is not given by a sum (`shareMissing`), whichever turn came before.
    const question = 'Hvor mye av det dekker grunnkompensasjonen?';
    const previousAnswer = `${burden} [1]`;
    // The last question asked for a sum: the sentence's sum was its answer, not this share.
    expect(
      composeRatio(question, [cost], undefined, { followUp: true, previousAnswer, previousQuestion: 'og hvor mye koster ordningen fylkene årlig?' }).ratio,
    ).toBeCloseTo(0.5, 2);
    // After a question that asked no fact, the amount the last answer stated may answer it.
    expect(composeRatio(question, [cost], undefined, { followUp: true, previousAnswer, previousQuestion: 'Hva vil KS gjøre med loven?' }).ratio).toBeCloseTo(
      1,
      2,
    );
    // Nor when the sentence is not one the last answer gave.
    expect(
      composeRatio(question, [cost], undefined, {
        followUp: true,
        previousAnswer: 'Noe annet. [1]',
        previousQuestion: 'og hvor mye koster ordningen fylkene årlig?',
      }).ratio,
    ).toBeCloseTo(1, 2);
  });

  it('does not halve a count quoted again from a sentence stating more than one figure: another may answer it', () => {
    const users = 'Totalt antall brukere av tjenestene i kommunene: 400 000, der 170 000 har tjenester i hjemmet.';
    const single = 'Totalt antall brukere av tjenestene i kommunene er 400 000 i året.';
    const previousQuestion = 'Hvor mange brukere har tjenestene i kommunene?';
    const ratio = (sentence: string) =>
      composeRatio('og hvor mange av dem har tjenester i hjemmet?', [passage('u', sentence)], undefined, {
        followUp: true,
        previousAnswer: `${sentence} [1]`,
        previousQuestion,
      }).ratio;
    expect(ratio(users)).toBeCloseTo(1, 2);
    // One figure: the last answer's, which answered the last question.
    expect(ratio(single)).toBeCloseTo(0.5, 2);
  });

  it('quotes again a sentence the last answer gave when it states the kind of fact asked and the last question asked for none', () => {
    const amount = 'DigiFin har fått 125 millioner kroner i penger.';
    const funds = passage('d', `${amount} DigiFin har fått penger fra staten.`);
    const firstQuoted = (previousQuestion?: string): string =>
      firstQuotedAfter('Hvor mye penger har DigiFin fått?', [funds], `${amount} [1]`, previousQuestion);
    // The last answer defined DigiFin: its amount was not what it answered, and answers the sum asked now.
    expect(firstQuoted('Hva er DigiFin?')).toBe(`${amount} [1]`);
    // After a question asking for a sum, or with no last question known, the sentence said before weighs less.
    expect(firstQuoted('Hvor mye penger fikk DigiFin i fjor?')).toBe('DigiFin har fått penger fra staten. [1]');
    expect(firstQuoted()).toBe('DigiFin har fått penger fra staten. [1]');
  });

  it('quotes again a sentence the last answer gave when the last question asked for a kind of fact and this one asks for none', () => {
    const survey = 'SINTEF har gjennomført en undersøkelse som viser at kommunene mangler styring.';
    const surveys = passage('s', `${survey} Undersøkelsen omfatter kommunene i landet.`);
    const firstQuoted = (previousQuestion?: string): string =>
      firstQuotedAfter('Hva viser undersøkelsen om kommunene?', [surveys], `${survey} [1]`, previousQuestion);
    // The last answer named who carried the survey out; what it found, in the same sentence, answers this question.
    expect(firstQuoted('Hvem har gjennomført undersøkelsen?')).toBe(`${survey} [1]`);
    // After a question asking for no kind of fact, or with no last question known, the sentence said before weighs less.
    expect(firstQuoted('Hva sier planen om undersøkelsen?')).toBe('Undersøkelsen omfatter kommunene i landet. [1]');
    expect(firstQuoted()).toBe('Undersøkelsen omfatter kommunene i landet. [1]');
  });

  it('quotes again a sentence the last answer gave beside its answer when it carries a word the last question did not ask', () => {
    const answered = 'Mandatet gjelder samordning av kommunene.';
    const secures = 'Mandatet sikrer retning og reduserer dobbeltarbeid.';
    const mandate = passage('m', `${answered} ${secures} Mandatet sikrer kommunene noe.`);
    const quoted = (previousAsked?: ReadonlySet<string>): string => {
      const { query, ranked } = rankFor('Hva sikrer mandatet?', [mandate]);
      return composeAnswer(query, ranked, toSearchResult, { ...rule, maxSentences: 1 }, undefined, {
        followUp: true,
        previousAnswer: `${answered} [1] ${secures} [1]`,
        previousQuestion: 'Hva dekker mandatet?',
        ...(previousAsked ? { previousAsked } : {}),
      }).answer;
    };
    // «sikrer» was not asked before and stands in the last answer's second quote, not its first: asked anew, quoted again.
    expect(quoted(new Set(['dekk', 'mandat']))).toBe(`${secures} [1]`);
    // Without the last question's words, the sentence said before weighs less.
    expect(quoted()).toBe('Mandatet sikrer kommunene noe. [1]');
  });

  it('does not read a follow-up’s asked fact as standing apart because of a sentence in a passage that does not name its referent', () => {
    const granted = passage('a', 'Staten har gitt DigiFin 125 millioner kroner.');
    const others = passage('b', 'Mange har fått penger fra staten.');
    const question = 'Hvor mye penger har DigiFin fått fra staten?';
    // The other passage carries more of the follow-up's own words but is not about DigiFin.
    expect(composeRatio(question, [granted, others], undefined, { followUp: true }).ratio).toBeCloseTo(1, 2);
    // A passage naming DigiFin whose sentence carries more of the question and states no sum still sets the fact apart.
    const named = passage('c', 'DigiFin er en ordning. Mange har fått penger fra staten.');
    expect(composeRatio(question, [granted, named], undefined, { followUp: true }).ratio).toBeCloseTo(0.5, 2);
    // A first question is read as before.
    expect(composeRatio(question, [granted, others]).ratio).toBeCloseTo(0.5, 2);
  });

  it('weighs a follow-up’s new word as its lemma where that is lighter: a common verb’s rare form asks nothing new', () => {
    const knowledge = new WordKnowledge({ ...emptyLanguageResources('test'), lemmas: { fikk: ['få'] } });
    const question = 'Hvor mye av potten fikk prosjektet?';
    const query = prepareQuery(question, null, undefined, knowledge);
    const grant = passage('p', 'Prosjektet fikk støtte fra 12 kommuner i fjor.');
    const ranked = [
      { ...grant, sentenceEvidence: grant.chunk.sentences.map((sentence) => evidenceOf(query.terms, () => 1, sentence.terms, [grant.chunk.headingTerms])) },
    ];
    // «fikk» is as rare as «potten» as written, but its lemma «få» is common: the new thing asked is «potten», which the quote lacks.
    const weightOf = (stem: string): number => (stem === 'få' ? 0.1 : 1);
    const ratio = (fresh: string[]): number => {
      let learned = 1;
      const response = composeAnswer(query, ranked, toSearchResult, confident, undefined, {
        followUp: true,
        fresh,
        weightOf,
        observe: (features) => {
          learned = confidenceOf(confident.answerability, features);
        },
      });
      return (response.confidence ?? 0) / learned;
    };
    expect(ratio(analyze('potten fikk'))).toBeCloseTo(0.5, 2);
    // With «fikk» alone new, nothing weighty is new: no halving.
    expect(ratio(analyze('fikk'))).toBeCloseTo(1, 2);
  });

  it('reads a follow-up «hvor mye» as asking for a sum when its context is about money', () => {
    const question = 'Hvor mye får hvert bibliotek?';
    const interpreted = 'Hvor mye får hvert bibliotek (om: penger fordelt i år)?';
    const counted = passage('c', 'Over 80 bibliotek har fått støtte fra direktoratet for å tilby digital veiledning.');
    const summed = passage('s', 'Hvert bibliotek har fått 50 000 kroner i støtte fra direktoratet.');
    // Read with its context the question asks for money, which a count of municipalities does not state.
    expect(composeRatio(question, [counted], undefined, { followUp: true, interpreted }).ratio).toBeCloseTo(0.5, 2);
    expect(composeRatio(question, [summed], undefined, { followUp: true, interpreted }).ratio).toBeCloseTo(1, 2);
    // Alone, or in a context with no money, «hvor mye» asks for a quantity, which the count gives.
    expect(composeRatio(question, [counted], undefined, { followUp: true }).ratio).toBeCloseTo(1, 2);
    expect(composeRatio(question, [counted], undefined, { followUp: true, interpreted: 'Hvor mye får hvert bibliotek (om: kurs digital)?' }).ratio).toBeCloseTo(
      1,
      2,
    );
  });

  it('does not take a follow-up’s new name as met where it only opens a longer name («Oslo» in «Oslo Economics»)', () => {
    const fresh = analyze('Oslo');
    const question = 'Hvor mye av kostnadene har Oslo?';
    const firm = passage('f', 'Oslo Economics har regnet ut at kommunene brukte 4,5 milliarder kroner på e-helse.');
    const city = passage('c', 'Oslo kommune brukte 300 millioner kroner av kostnadene.');
    expect(composeRatio(question, [firm], undefined, { followUp: true, fresh }).ratio).toBeCloseTo(0.5, 2);
    expect(composeRatio(question, [city], undefined, { followUp: true, fresh }).ratio).toBeCloseTo(1, 2);
    // A longer name the question holds in full is the question's own.
    expect(namedAlone('Oslo Economics har regnet ut kostnadene.', 'oslo', new Set(analyze('Oslo Economics')))).toBe(true);
    expect(namedAlone('Oslo Economics har regnet ut kostnadene.', 'oslo', new Set(analyze('Oslo')))).toBe(false);
    expect(namedAlone('Oslo Economics har regnet ut hva Oslo bruker.', 'oslo', new Set(analyze('Oslo')))).toBe(true);
  });

  it('halves a follow-up asking a fact of a year new to the conversation that the quote gives for another year', () => {
    const spent = passage('s', 'Kartleggingen viste at norske kommuner brukte om lag 4,5 mrd. kroner på e-helse i 2021.');
    const previousQuestion = 'Hva anbefaler rapporten om finansieringen?';
    const asked = (question: string, previous = previousQuestion) =>
      composeRatio(question, [spent], undefined, { followUp: true, previousQuestion: previous, previousAnswer: 'Rapporten anbefaler statlige midler. [1]' })
        .ratio;
    expect(asked('Og hvor mye brukte kommunene på e-helse i 2023?')).toBeCloseTo(0.5, 2);
    expect(asked('Og hvor mye brukte kommunene på e-helse i 2021?')).toBeCloseTo(1, 2);
    // A year the last question already asked is the conversation's, read with its context.
    expect(asked('Og hvor mye brukte kommunene på e-helse i 2023?', 'Hva anbefaler rapporten om finansieringen i 2023?')).toBeCloseTo(1, 2);
  });

  it('halves a yes/no follow-up whose new name the quote writes only as the first word of a two-word name («Oslo Economics»)', () => {
    const fresh = analyze('Oslo');
    const question = 'Er Oslo med i undersøkelsen?';
    const firm = passage('f', 'Oslo Economics har gjennomført undersøkelsen av kommunenes e-helsekostnader.');
    const city = passage('c', 'Oslo kommune er med i undersøkelsen av kommunenes e-helsekostnader.');
    expect(composeRatio(question, [firm], undefined, { followUp: true, fresh }).ratio).toBeCloseTo(0.5, 2);
    expect(composeRatio(question, [city], undefined, { followUp: true, fresh }).ratio).toBeCloseTo(1, 2);
    expect(onlyInLongerName('Oslo Economics har regnet ut kostnadene.', 'oslo', new Set(analyze('Oslo')))).toBe(true);
    // A person named after a body, and an acronym of legal form, end no longer name.
    expect(onlyInLongerName('… v/ spesialrådgjevar i Norsk Sjukepleiarforbund Merete Lyngstad', 'sjukepleiarforbund', new Set())).toBe(false);
    expect(onlyInLongerName('… med Trondheim kommune og Helse Midt-Norge RHF om bruk av løsningen.', 'midt-norg', new Set())).toBe(false);
  });

  it('halves a follow-up whose compound name the quote lacks while it or a neighbour names another of its kind («Helsereformutvalget»)', () => {
    const knowledge = new WordKnowledge({
      ...emptyLanguageResources('test'),
      parts: { digitaliseringsutvalget: ['digitalisering', 'utvalg'], helsereformutvalget: ['helsereform', 'utvalg'] },
    });
    const ratio = (text: string): number =>
      knowledgeRatio(
        knowledge,
        'Hvem er utvalgsleder i Digitaliseringsutvalget?',
        text,
        { followUp: true, inCorpus: () => true },
        { title: 'Innspill fra KS', heading: 'Innledning' },
      );
    const lead = 'Innspillet sendes etter oppfordring fra utvalgsleder Gunnar Bovim.';
    expect(ratio(`${lead} Vi takker for invitasjonen til å gi innspill til Helsereformutvalget.`)).toBeCloseTo(0.5, 2);
    expect(ratio(`${lead} Vi takker for invitasjonen til å gi innspill til Digitaliseringsutvalget.`)).toBeCloseTo(1, 2);
    const asked = analyze('Digitaliseringsutvalget')[0] ?? '';
    expect(namesOtherOfKind('Vi gir innspill til Helsereformutvalget.', asked, 'utvalg')).toBe(true);
    // The head alone, or a word it opens, names no other body.
    expect(namesOtherOfKind('Utvalget møtes med utvalgsleder Gunnar Bovim.', asked, 'utvalg')).toBe(false);
  });

  it('halves a follow-up whose new compound name the quote and its neighbours carry only by its head («selskaper» for «IKT-selskap»)', () => {
    const question = 'Veit vi talet på interkommunale IKT-selskap på den tida?';
    const conversation = { followUp: true, fresh: analyze('IKT-selskap'), inCorpus: () => true };
    const general = passage('g', 'Samtidig skjer det etablering av bedrifter og interkommunale selskaper i kommunesektoren.');
    const named = passage('n', 'Samtidig skjer det etablering av bedrifter og interkommunale IKT-selskaper i kommunesektoren.');
    expect(composeRatio(question, [general], undefined, conversation).ratio).toBeCloseTo(0.5, 2);
    expect(composeRatio(question, [named], undefined, conversation).ratio).toBeCloseTo(1, 2);
    // A name the conversation already held is read with its context.
    expect(composeRatio(question, [general], undefined, { ...conversation, fresh: [] }).ratio).toBeCloseTo(1, 2);
  });

  it('halves a yes/no follow-up whose new name neither the quote nor its neighbours, heading or title mention', () => {
    const question = 'Er Trondheim en av kommunene som har tatt i bruk en lokal informasjonstjener?';
    const fresh = analyze('Trondheim');
    const some = passage('e', 'Enkelte kommuner har tatt i bruk lokal informasjonstjener for registrering av data.');
    const named = passage('t', 'Trondheim kommune har tatt i bruk lokal informasjonstjener for registrering av data.');
    const yesNo = { followUp: true, yesNo: true, fresh };
    // The quote says that some municipalities use one, not whether Trondheim does.
    expect(composeRatio(question, [some], undefined, yesNo).ratio).toBeCloseTo(0.5, 2);
    expect(composeRatio(question, [named], undefined, yesNo).ratio).toBeCloseTo(1, 2);
    // A name the conversation already held is read with its context, and a question asking for a fact by `freshApart`.
    expect(composeRatio(question, [some], undefined, { ...yesNo, fresh: [] }).ratio).toBeCloseTo(1, 2);
    expect(composeRatio(question, [some], undefined, { ...yesNo, yesNo: false }).ratio).toBeCloseTo(1, 2);
    // A name the passage's heading carries is what the passage is about.
    const headed = passage('h', 'Kommunen har tatt i bruk lokal informasjonstjener for registrering av data.', 'Erfaringer fra Trondheim');
    expect(composeRatio(question, [headed], undefined, yesNo).ratio).toBeCloseTo(1, 2);
  });

  it('quotes the contact line naming whose it is for a question asking for a telephone number, though it stands as the heading', () => {
    const line = 'Kontakt med KITH: tlf. 73 59 86 00, e-post: firmapost@kith.no';
    const text = `${line}\n\nSenteret er et kompetansesenter for informasjonsteknologi i helse- og sosialsektoren og arbeider med standarder.`;
    const answer = (question: string) => {
      const { query, ranked } = rankFor(question, [passage('k', text, line)]);
      return composeAnswer(query, ranked, toSearchResult, confident).answer;
    };
    expect(answer('Hva er telefonnummeret til KITH?')).toMatch(/^Kontakt med KITH: tlf\. 73 59 86 00/);
    // Asked for something else, the contact line stays a poor answer: the statement is quoted.
    expect(answer('Hva arbeider KITH med?')).toMatch(/^Senteret er et kompetansesenter/);
  });

  it('halves the confidence of a question asking for an e-mail address when nothing near the quote writes one', () => {
    const question = 'Hva er e-postadressen til Norsk Helsenett?';
    const service = passage('s', 'Norsk Helsenett vil etter hvert tilby både kompetanse og en adressekatalog til kommunene.');
    const contact = passage('k', 'Norsk Helsenett kan nås på e-postadressen post@nhn.example.no hele uken.');
    expect(composeRatio(question, [service]).ratio).toBeCloseTo(0.5, 2);
    expect(composeRatio(question, [contact]).ratio).toBeCloseTo(1, 2);
  });

  it('halves the confidence of a question asking what was achieved when the quote only sets the goal', () => {
    const question = 'Hvor mange sykehus klarte fristen for journalbytte i 2013?';
    const target = passage('t', 'I løpet av 2013 skal alle sykehus overholde fristen for journalbytte.');
    const result = passage('r', 'I 2013 klarte 12 sykehus fristen for journalbytte.');
    expect(composeRatio(question, [target]).ratio).toBeCloseTo(0.5, 2);
    expect(composeRatio(question, [result]).ratio).toBeCloseTo(1, 2);
    // The same goal answers a question about the goal.
    expect(composeRatio('Hvor mange sykehus skal overholde fristen for journalbytte i 2013?', [target]).ratio).toBeCloseTo(1, 2);
  });

  it('halves the confidence of a question asking for a day when nothing near the quote writes a date', () => {
    const question = 'Hvilken dato ble seminaret om digital kompetanse holdt?';
    const year = passage('y', 'Seminaret om digital kompetanse ble holdt i Oslo i 2005 med mange deltakere.');
    const day = passage('d', 'Seminaret om digital kompetanse ble holdt 23. januar 2005 med mange deltakere.');
    expect(composeRatio(question, [year]).ratio).toBeCloseTo(0.5, 2);
    expect(composeRatio(question, [day]).ratio).toBeCloseTo(1, 2);
  });

  it('halves the confidence of a question asking for a day when the only date near the quote is the question’s own month', () => {
    const question = 'Hvilken dato i mars 2021 ble vannstrategien lansert?';
    // The year of the next sentence states a time, so only the day rule sees that «i mars» is the question's own month.
    const month = passage('m', 'Regjeringen og KS lanserte i mars 2021 vannstrategien for kommunal sektor. Strategien følger opp meldingen fra 2017.');
    const day = passage('d', 'Regjeringen og KS lanserte 9. mars 2021 vannstrategien for kommunal sektor. Strategien følger opp meldingen fra 2017.');
    expect(composeRatio(question, [month]).ratio).toBeCloseTo(0.5, 2);
    expect(composeRatio(question, [day]).ratio).toBeCloseTo(1, 2);
  });

  it('halves the confidence of a question asking where a thing was held when nothing near the quote names a place', () => {
    const question = 'Hvor ble seminaret om digital kompetanse holdt?';
    const theme = passage('t', 'Seminaret om digital kompetanse ble holdt i mars med mange deltakere fra kommunene.');
    const venue = passage('v', 'Seminaret om digital kompetanse ble holdt i Trondheim med mange deltakere fra kommunene.');
    expect(composeRatio(question, [theme]).ratio).toBeCloseTo(0.5, 2);
    expect(composeRatio(question, [venue]).ratio).toBeCloseTo(1, 2);
  });

  it('halves the confidence of a count question when every number near the quote counts another thing', () => {
    const question = 'Hvor mange elever har fått plass gjennom ordningen?';
    const grants = passage('g', 'Departementet ga støtte til 36 nye skoler som vil tilby ordningen og gi plass til sine elever.');
    const helped = passage('h', 'Ordningen har gitt plass til 3000 elever i 36 skoler.');
    const open = passage('o', 'Antallet elever som har fått plass gjennom ordningen er 3000.');
    for (const conversation of [{}, { followUp: true }]) {
      expect(composeRatio(question, [grants], undefined, conversation).ratio).toBeCloseTo(0.5, 2);
      expect(composeRatio(question, [helped], undefined, conversation).ratio).toBeCloseTo(1, 2);
      expect(composeRatio(question, [open], undefined, conversation).ratio).toBeCloseTo(1, 2);
    }
  });

  it('reads a counted compound the texts never write as counted by its head', () => {
    const knowledge = new WordKnowledge({
      ...emptyLanguageResources('test'),
      lemmas: { elever: ['elev'], skoleelever: ['skoleelev'] },
      parts: { skoleelever: ['skole', 'elev'] },
    });
    const text = 'I andre kommuner må flere enn 20 elever dele på hver PC.';
    const chunk = indexChunk(
      { id: 'p', file: 'p.txt', title: 'IKT i skolen', heading: 'TILTAK', start: 0, end: text.length, text, alsoIn: [] },
      [2008, 2012],
      text,
      knowledge,
    );
    const query = prepareQuery('Hvor mange skoleelever må dele én PC?', null, undefined, knowledge);
    const ranked = rankedAlone(chunk, query);
    const ratio = (inCorpus: (stem: string) => boolean): number => {
      let learned = 1;
      const response = composeAnswer(query, ranked, toSearchResult, confident, undefined, {
        inCorpus,
        observe: (features) => {
          learned = confidenceOf(confident.answerability, features);
        },
      });
      return (response.confidence ?? 0) / learned;
    };
    // «skoleelever» unwritten: «20 elever» counts them. Written elsewhere in the texts, it is another thing than its head.
    expect(ratio(() => false)).toBeCloseTo(1, 2);
    expect(ratio(() => true)).toBeCloseTo(0.5, 2);
  });

  it('reads the words a number counts with the lemmas and synonyms the index reads its sentences with', () => {
    const knowledge = new WordKnowledge({
      ...emptyLanguageResources('test'),
      lemmas: { elever: ['elev'], skolebarn: ['skolebarn'] },
      synonyms: { skolebarn: ['elev'] },
    });
    const text = 'I andre kommuner må flere enn 20 elever dele på hver PC.';
    const chunk = indexChunk(
      { id: 'p', file: 'p.txt', title: 'IKT i skolen', heading: 'TILTAK', start: 0, end: text.length, text, alsoIn: [] },
      [2008, 2012],
      text,
      knowledge,
    );
    const query = prepareQuery('Hvor mange skolebarn må dele én PC?', null, undefined, knowledge);
    const ranked = rankedAlone(chunk, query);
    const ratio = (withKnowledge: boolean): number => {
      let learned = 1;
      const response = composeAnswer(query, ranked, toSearchResult, confident, undefined, {
        inCorpus: () => true,
        ...(withKnowledge ? { knowledge } : {}),
        observe: (features) => {
          learned = confidenceOf(confident.answerability, features);
        },
      });
      return (response.confidence ?? 0) / learned;
    };
    // «20 elever» counts the «skolebarn» asked, «elev» being its synonym: read without the lemmas, «elever» met nothing.
    expect(ratio(true)).toBeCloseTo(1, 2);
    expect(ratio(false)).toBeCloseTo(0.5, 2);
  });

  it('halves the confidence of a question asking who leads a body when the person near the quote leads a body of another kind', () => {
    const question = 'Hvem leder KommIT-rådet?';
    const committee = passage('u', 'Innspillene ble sendt etter et møte mellom utvalgsleder Gunnar Bovim og KommIT-rådet i januar.');
    const council = passage('r', 'Innspillene ble sendt etter et møte mellom rådsleder Kari Nordmann og KommIT-rådet i januar.');
    expect(composeRatio(question, [committee]).ratio).toBeCloseTo(0.5, 2);
    expect(composeRatio(question, [council]).ratio).toBeCloseTo(1, 2);
  });

  it('halves the confidence of a question asking who leads a body when no leading role stands near the quote', () => {
    const question = 'Kven er leiar for Norsk Bibliotekforening?';
    const adviser = passage('a', 'Innlegget held spesialrådgjevar i Norsk Bibliotekforening Kari Nordmann på seminaret.');
    const leader = passage('l', 'Innlegget held leiar i Norsk Bibliotekforening Ola Nordmann på seminaret.');
    expect(composeRatio(question, [adviser]).ratio).toBeCloseTo(0.5, 2);
    expect(composeRatio(question, [leader]).ratio).toBeCloseTo(1, 2);
  });

  it('does not read a name of two letters that no passage writes as a name the texts lack («IT», which they write «IKT»)', () => {
    const text = 'Undersøkelser viser at bruken av IKT i det daglige varierer fra kommune til kommune.';
    expect(composeRatio('Bruker alle kommunene IT like mye i det daglige?', [passage('i', text)]).ratio).toBeCloseTo(1, 2);
    // A longer name no passage mentions is still the near miss of another actor.
    expect(composeRatio('Bruker alle kommunene Altinn like mye i det daglige?', [passage('i', text)]).ratio).toBeCloseTo(0.5, 2);
  });

  it('reads an acronym as carried where its long form, linked by its initials, stands whole', () => {
    const knowledge = new WordKnowledge({
      ...emptyLanguageResources('test'),
      acronyms: [{ short: 'dho', long: 'digital hjemmeoppfølging', source: 'initials:x.txt' }],
    });
    const text = 'Dette er belyst i Riksrevisjonens vurdering av digital hjemmeoppfølging, der samarbeidet med kommunene omtales som mangelfullt.';
    const chunk = indexChunk(
      { id: 'd', file: 'd.txt', title: 'Helse', heading: 'Samarbeid', start: 0, end: text.length, text, alsoIn: [] },
      [2024, 2024],
      text,
      knowledge,
    );
    const ratio = (question: string): number => {
      const query = prepareQuery(question, null, undefined, knowledge);
      let learned = 1;
      const response = composeAnswer(query, rankedAlone(chunk, query), toSearchResult, confident, undefined, {
        // The texts write «DHO» elsewhere: a name they write in full must stand in full, not in parts.
        inCorpus: (stem) => stem === 'dho',
        observe: (features) => {
          learned = confidenceOf(confident.answerability, features);
        },
      });
      return (response.confidence ?? 0) / learned;
    };
    expect(ratio('Hva sa Riksrevisjonen om samarbeidet med kommunene om DHO?')).toBeCloseTo(1, 2);
    // Another acronym the passage does not spell out is still missing from it.
    expect(ratio('Hva sa Riksrevisjonen om samarbeidet med kommunene om PLL?')).toBeCloseTo(0.5, 2);
  });

  it('leaves a which-question whose passage shares only its names to the model: the texts name the asked thing in other words', () => {
    const question = 'Hvilken produsent har Bodø kommune valgt til Skoleplattformen?';
    const option = passage('o', 'Bodø kommune utløste i mars 2020 sin opsjon på Skoleplattformen.');
    const weightOf = (stem: string): number => (stem === 'kommun' ? 0.2 : 1);
    expect(composeRatio(question, [option], weightOf).ratio).toBeCloseTo(1, 2);
  });

  it('halves the confidence of a which-question asking for a municipality whose passage names none', () => {
    const question = 'Hvilken kommune tok den nye timebestillingen i bruk først?';
    const general = passage('g', 'Den nye timebestillingen ble tatt i bruk i tre testkommuner i fjor.');
    const named = passage('n', 'Den nye timebestillingen ble tatt i bruk først i Bodø kommune i fjor.');
    expect(composeRatio(question, [general]).ratio).toBeCloseTo(0.5, 2);
    expect(composeRatio(question, [named]).ratio).toBeCloseTo(1, 2);
    // A which-question asking for another kind of thing is read by the model alone.
    expect(composeRatio('Hvilken løsning tok testkommunene i bruk i fjor?', [general]).ratio).toBeCloseTo(1, 2);
    // A supplier is named with its kind's word: a passage that never mentions one names none; a firm is named bare.
    const delivered = passage('d', 'Skoleappen ble tatt i bruk i fjor, og Acme Data drifter den.');
    expect(composeRatio('Hvilken leverandør står bak skoleappen?', [delivered]).ratio).toBeCloseTo(0.5, 2);
    expect(composeRatio('Hvilket selskap står bak skoleappen?', [delivered]).ratio).toBeCloseTo(1, 2);
  });

  it('reads whether a member is named in the passage the quote model leads a single question with, not only in the best one', () => {
    const question = 'Hvilken kommune tok den nye timebestillingen i bruk først?';
    const general = passage('g', 'Den nye timebestillingen ble tatt i bruk i tre testkommuner i fjor.');
    const named = passage('n', 'Først ute med timebestillingen var Bodø kommune.');
    const { query, ranked } = rankFor(question, [general, named]);
    const uniform = (value: number) => Object.fromEntries(quoteFeatureNames.map((name) => [name, value])) as Record<(typeof quoteFeatureNames)[number], number>;
    // A model that prefers the lower-ranked passage's sentence by far.
    const quoteModel = { means: uniform(0), scales: uniform(1), weights: { ...uniform(0), logScore: 1, rank: 50 }, bias: 0, shrink: 1, measured: 'test' };
    const ratioWith = (context: Parameters<typeof composeAnswer>[5]): { quoted: string; ratio: number } => {
      let learned = 1;
      const response = composeAnswer(query, ranked, toSearchResult, confident, undefined, {
        ...context,
        observe: (features) => {
          learned = confidenceOf(confident.answerability, features);
        },
      });
      return { quoted: response.citations[0]?.chunkId ?? '', ratio: (response.confidence ?? 0) / learned };
    };
    expect(ratioWith({ quoteModel }).ratio).toBeCloseTo(1, 2);
    // Led by the passage that speaks of the kind only in general, it names none.
    expect(ratioWith({}).ratio).toBeCloseTo(0.5, 2);
  });

  it('does not halve a which-follow-up for a newly asked thing the quote does not name: a description may answer it', () => {
    // The quote names something other than the thing's word («produsent»): the texts often say which in other words.
    const fresh = analyze('produsent');
    const question = 'Hvilken produsent står bak løsningen Helseplattformen?';
    const chosen = passage('h', 'Løsningen Helseplattformen er utviklet av Epic og tatt i bruk i Trondheim.');
    expect(composeRatio(question, [chosen], undefined, { followUp: true, fresh }).ratio).toBeCloseTo(1, 2);
  });

  it('halves the confidence of a question asking for the rest of a set whose passage tells only how many there are', () => {
    const sized = passage('s', 'I de nye læreplanene er bruk av digitale verktøy en av fem grunnleggende ferdigheter som skal inngå i alle fag.');
    const listed = passage('l', 'De grunnleggende ferdighetene er å lese, skrive, regne, uttrykke seg muntlig og bruke digitale verktøy.');
    expect(composeRatio('Hvilke er de fire andre grunnleggende ferdighetene?', [sized], undefined, { followUp: true }).ratio).toBeCloseTo(0.5, 2);
    expect(composeRatio('Hvilke er de fire andre grunnleggende ferdighetene?', [listed], undefined, { followUp: true }).ratio).toBeCloseTo(1, 2);
    // Uncounted, «andre» asks for more of a kind, which a sentence may answer in general.
    expect(composeRatio('Hvilke andre grunnleggende ferdigheter finnes?', [sized], undefined, { followUp: true }).ratio).toBeCloseTo(1, 2);
  });

  it('halves a when-question about what is to come whose quote dates only a past event, not one in the present tense', () => {
    const knowledge = new WordKnowledge({ ...emptyLanguageResources('test'), lemmas: { la: ['la', 'legge'], lanserer: ['lansere'] } });
    const finite = new Set(['la', 'lanserer']);
    const conversation = { knowledge, finiteVerb: (word: string) => finite.has(word) };
    const question = 'Når skal regjeringen legge frem strategien for digital sikkerhet?';
    const past = passage('p', 'I januar 2019 la regjeringen frem en nasjonal strategi for digital sikkerhet.');
    const present = passage('n', 'Regjeringen lanserer en nasjonal strategi for digital sikkerhet tidlig i 2020.');
    expect(composeRatio(question, [past], undefined, conversation).ratio).toBeCloseTo(0.5, 2);
    expect(composeRatio(question, [present], undefined, conversation).ratio).toBeCloseTo(1, 2);
    expect(composeRatio('Når la regjeringen frem strategien for digital sikkerhet?', [past], undefined, conversation).ratio).toBeCloseTo(1, 2);
  });

  it('answers a definition question whose quoted sentence defines the word asked about, however much else the question asks', () => {
    const text = 'Maskinporten er en løsning for sikker tilgang mellom virksomheter.';
    const { query, ranked } = rankFor('Hva er Maskinporten, ifølge planen for digital samhandling i kommunene fra 2019?', [passage('f', text)]);
    const doubtful = { ...defaultAnswerSettings, answerability: { ...model, bias: -20 } };
    const response = composeAnswer(query, ranked, toSearchResult, doubtful);
    expect(response.abstained).toBe(false);
    expect(response.confidence).toBe(model.threshold);
    const { query: other, ranked: same } = rankFor('Hva gjør Maskinporten, ifølge planen for digital samhandling i kommunene fra 2019?', [passage('f', text)]);
    expect(composeAnswer(other, same, toSearchResult, doubtful).abstained).toBe(true);
  });
});

describe('composeAnswer for a question naming a document by its kind', () => {
  const elsewhere = passage('plan', 'Innen 2012 skal alle skoler ha bredbånd.');
  const named = passage('brev', 'Bredbånd til skolene kommer innen 2014.');
  const question = 'Når skal alle skoler ha bredbånd, ifølge brevet?';

  it('quotes the named document rather than another that carries the question as well', () => {
    const { query, ranked } = rankFor(question, [elsewhere, named]);
    const settings = { ...rule, maxSentences: 1 };
    expect(composeAnswer(query, ranked, toSearchResult, settings).citations[0]?.chunkId).toBe('plan');
    const share = (chunk: RankedChunk) => (chunk.chunk.file === 'brev.txt' ? 1 : 0);
    const response = composeAnswer(query, ranked, toSearchResult, settings, undefined, { namedDocumentShare: share });
    expect(response.citations[0]?.chunkId).toBe('brev');
    expect(response.answer).toContain('innen 2014');
  });
});

describe('composeAnswer for a question asking who signed', () => {
  it('quotes the signature lines before a sentence of the letter that names a person among other things', () => {
    const letter = passage('brev', 'Vi viser til møtet med utvalgsleder Gunnar Bovim den 23. januar og takker for invitasjonen til å gi innspill.');
    const signed = passage('hilsen', 'Med vennlig hilsen. Kristin Weidemann Wieland Terje Wistner', 'Innspill til Helsereformutvalget');
    const { query, ranked } = rankFor('Hvem har skrevet under på innspillet til Helsereformutvalget?', [letter, signed]);
    const response = composeAnswer(query, ranked, toSearchResult, { ...confident, maxSentences: 1 });
    expect(response.abstained).toBe(false);
    expect(response.answer).toContain('Kristin Weidemann');
  });
});

describe('composeAnswer for a passage opening with a heading line', () => {
  it('passes a heading over for the sentence under it only when that sentence restates the heading', () => {
    const restated = passage('maskin', 'Maskinporten\nMaskinporten er en løsning for tilgangsstyring for virksomheter som utveksler data.');
    const named = passage('nsep', 'NSEP\nNorsk senter for elektronisk pasientjournal er et tverrfaglig forskningsmiljø ved NTNU.');
    const lead = { rank: 0, sentence: 0, score: 1 };
    const candidates = [lead, { rank: 0, sentence: 1, score: 0.9 }];
    expect(headingSkipped(lead, candidates, () => restated).sentence).toBe(1);
    expect(headingSkipped(lead, candidates, () => named).sentence).toBe(0);
  });

  it('reads a short line without a sentence end or figure as a heading', () => {
    expect(isBareHeading('KS Digital')).toBe(true);
    expect(isBareHeading('Fiks-plattformen benytter Maskinporten.')).toBe(false);
    expect(isBareHeading('Trygghetsalarm: 31,63 %')).toBe(false);
  });
});

describe('sentenceFitness', () => {
  it('rates a reference line low and a table row not', () => {
    expect(sentenceFitness('Teknologirådet, Rapport 1 2009', false)).toBeLessThan(1);
    expect(sentenceFitness('Elektronisk medisindispenser: 2,83 %', false)).toBe(1);
    expect(sentenceFitness('Drøyt 400 kommuner har PLO-system i dag.', false)).toBe(1);
    // A signature line is short and has hardly a lower-case word, but answers a question asking for a person.
    expect(sentenceFitness('Jan Hjelle (e.f.) ekspedisjonssjef', false)).toBeLessThan(1);
    expect(sentenceFitness('Jan Hjelle (e.f.) ekspedisjonssjef', false, true)).toBe(1);
  });

  it('rates a line starting mid-sentence lower, but not a sentence opening with a name written with a capital inside it', () => {
    expect(sentenceFitness('og kommunene må ta i bruk løsningen innen 2020.', false)).toBeLessThan(1);
    expect(sentenceFitness('eFormidling er en løsning for sikker meldingsutveksling i offentlig sektor.', false)).toBe(1);
  });
});

describe('sentenceFitness of contact lines', () => {
  it('rates a line with an e-mail address or phone number as low as one with a web address', () => {
    expect(sentenceFitness('Kontakt med RO: tlf. 74 83 97 99, e-post: ro@ro.no', false)).toBe(0.3);
    expect(sentenceFitness('Skriv til postmottak@helsedir.no for å få svar om ordningen.', false)).toBe(0.3);
    expect(sentenceFitness('De fleste e-poster som sendes i dag er dårlig beskyttet.', false)).toBe(1);
  });
});

describe('sentenceFitness of lines with a web address', () => {
  it('rates a reference or footnote low and a statement citing the address nearly as any statement', () => {
    expect(sentenceFitness('Les mer på https://www.ks.no/fagomrader/digitalisering/', false)).toBe(0.3);
    expect(sentenceFitness('Kilde: Teknologirådet (www.teknologiradet.no), Rapport 1 2009', false)).toBe(0.3);
    expect(sentenceFitness('1) WAI = Web Accessibility Initiative (<http://www.w3.org/WAI/>) er et initiativ under W3C.', false)).toBe(0.3);
    expect(sentenceFitness('Søknaden sendes innen 1. mars via https://www.example.no/soknad/.', false)).toBe(0.9);
    expect(sentenceFitness('Portalen www.example.no samler veiledere for kommunale saksbehandlere.', false)).toBe(0.9);
  });
});

describe('a year that dates a named document', () => {
  it('is no year the quote must state', () => {
    const question = 'Hvem skal lede arbeidet med nettvalg, ifølge brevet fra 2010?';
    const quoted = passage('v', 'Arbeidet med nettvalg skal ledes av Kari Nordmann i direktoratet.');
    const ratio = (documentYears: string[]): number => {
      const { query, ranked } = rankFor(question, [quoted]);
      let learned = 1;
      const response = composeAnswer({ ...query, documentYears }, ranked, toSearchResult, confident, undefined, {
        observe: (features) => {
          learned = confidenceOf(confident.answerability, features);
        },
      });
      return (response.confidence ?? 0) / learned;
    };
    expect(ratio([])).toBeCloseTo(0.5, 2);
    expect(ratio(['2010'])).toBeCloseTo(1, 2);
  });
});
