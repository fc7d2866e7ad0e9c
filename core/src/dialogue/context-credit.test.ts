import { describe, expect, it } from 'vitest';
import { composeAnswer, defaultAnswerSettings } from '../answer/compose';
import { toSearchResult } from '../assistant/index-assistant';
import { evidenceOf } from '../retrieval/evidence';
import { indexChunk, termSetOf } from '../retrieval/indexed-chunk';
import { prepareQuery, type PreparedQuery } from '../retrieval/query';
import type { RankedChunk } from '../retrieval/retriever';
import { contextBonus, contextCredit, followUpContextBonus, neighbourCredit, passageCredit } from './context-credit';

/** A follow-up as `resolveQuestion` reads it: its own words at weight 1, the last turn's subject at half weight. */
const withContext = (question: string, context: string): PreparedQuery => {
  const own = prepareQuery(question, null);
  const combined = prepareQuery(`${question} ${context}`, null);
  const weights = combined.terms.stems.map((stem) => (own.terms.stems.includes(stem) ? 1 : 0.5));
  return { ...combined, original: question, terms: { ...combined.terms, weights } };
};

describe('contextCredit', () => {
  it('lifts a sentence by the share of the context words it carries, never below 1', () => {
    const query = withContext('Hva var målet for kommunene?', 'åpen kildekode');
    const credit = contextCredit(query, () => 1, 0.2);
    expect(credit(termSetOf('Alle kommuner skal ha vurdert bruk av åpen kildekode.'))).toBeCloseTo(1.2);
    expect(credit(termSetOf('Kommunene har et mål om kildekode.'))).toBeCloseTo(1.1);
    expect(credit(termSetOf('Kommunene har et mål.'))).toBe(1);
  });

  it('gives part of the credit to a sentence whose neighbour or passage carries the context words', () => {
    const query = withContext('Hva har forsøkene vist?', 'elektroniske valg');
    const credit = contextCredit(query, () => 1, 0.2);
    const sentence = termSetOf('Forsøkene har gitt høyere deltakelse.');
    const beside = termSetOf('Elektroniske valg er prøvd i ti kommuner.');
    const passage = termSetOf('Elektroniske valg er prøvd i ti kommuner. Forsøkene har gitt høyere deltakelse.');
    expect(credit(sentence)).toBe(1);
    expect(credit(sentence, { neighbours: [beside, sentence] })).toBeCloseTo(1 + 0.2 * neighbourCredit);
    expect(credit(sentence, { passage })).toBeCloseTo(1 + 0.2 * passageCredit);
    // A sentence that carries them itself gets the full credit, whatever stands beside it.
    expect(credit(beside, { neighbours: [sentence], passage })).toBeCloseTo(1.2);
  });

  it('leaves a question without context words alone', () => {
    const credit = contextCredit(prepareQuery('Hva var målet for kommunene?', null), () => 1, 0.2);
    expect(credit(termSetOf('Kommunene skal ta i bruk åpen kildekode.'))).toBe(1);
  });
});

describe('a follow-up answer', () => {
  const rule = { ...defaultAnswerSettings, answerability: null, maxSentences: 1 };
  const rankedFor = (query: PreparedQuery, text: string): RankedChunk[] => {
    const chunk = indexChunk({ id: 'a', file: 'a.txt', title: 'Plan', heading: 'Mål', start: 0, end: text.length, text, alsoIn: [] }, [2006, 2006], text);
    const sentenceEvidence = chunk.sentences.map((sentence) => evidenceOf(query.terms, () => 1, sentence.terms));
    const none = { coverage: 0, numbers: 0, score: 0 };
    return [{ chunk, score: 1, evidence: none, rankingEvidence: 0, bestSentence: 0, sentenceEvidence, chunkEvidence: none }];
  };

  it('of two sentences that carry the new question alike, quotes the one about the conversation’s subject', () => {
    const query = withContext('Hva er målet for kommunene?', 'kildekode');
    const text = 'Målet for kommunene er bedre tjenester til innbyggerne. Målet for kommunene er å ta i bruk kildekode fra andre.';
    const response = composeAnswer(query, rankedFor(query, text), toSearchResult, rule, undefined, { contextCredit: true });
    expect(response.abstained).toBe(false);
    expect(response.answer).toMatch(/^Målet for kommunene er å ta i bruk kildekode/u);
  });

  it('lifts the sentence about the conversation’s subject less in a follow-up leaning on the last answer than in a question read alone', () => {
    const query = withContext('Hva er målet for kommunene?', 'kildekode');
    const text = 'Målet for kommunene er bedre tjenester til innbyggerne. Målet for kommunene er å ta i bruk kildekode fra andre.';
    const liftIn = (followUp: boolean): number => {
      let scores: number[] = [];
      composeAnswer(query, rankedFor(query, text), toSearchResult, rule, undefined, {
        contextCredit: true,
        followUp,
        observeCandidates: (candidates) => {
          scores = candidates.map((candidate) => candidate.score);
        },
      });
      return (scores[1] ?? 0) / (scores[0] ?? 1);
    };
    // The second sentence carries the context word, the first stands beside it: all else alike, only the credit differs.
    const lift = (bonus: number): number => (1 + bonus) / (1 + bonus * neighbourCredit);
    expect(liftIn(false) / liftIn(true)).toBeCloseTo(lift(contextBonus) / lift(followUpContextBonus), 3);
    expect(liftIn(true)).toBeLessThan(liftIn(false));
  });

  it('of two sentences that carry the new question alike, quotes the one that follows a sentence naming the conversation’s subject', () => {
    const query = withContext('Hva har forsøkene vist?', 'elektroniske valg');
    const text =
      'Forsøkene har vist at elevene bruker PC mindre. Skolene har fått nye maskiner i år. Elektroniske valg er prøvd i ti kommuner. Forsøkene har vist at deltakelsen ble høyere.';
    const response = composeAnswer(query, rankedFor(query, text), toSearchResult, rule, undefined, { contextCredit: true });
    expect(response.abstained).toBe(false);
    expect(response.answer).toMatch(/^Forsøkene har vist at deltakelsen ble høyere/u);
  });
});
