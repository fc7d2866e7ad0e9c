import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis';
import { answerBearing, inflectedFrameStems, type FrameKnowledge } from './question-frame';

/** A few forms as the lemma tables and the finite-verb table read them. */
const lemmas: Record<string, string[]> = {
  gjelder: ['gjelde'],
  gjaldt: ['gjelde'],
  går: ['gå'],
  gikk: ['gå'],
  finnes: ['finne'],
  fant: ['finne'],
  fikk: ['få'],
};
const finite = new Set(['gjelder', 'gjaldt', 'går', 'gikk', 'finnes', 'fant', 'fikk']);
const knowledge: FrameKnowledge = { lemmasOf: (word) => lemmas[word] ?? [], isFiniteVerb: (word) => finite.has(word) };

describe('inflectedFrameStems', () => {
  it('reads other tenses of the frame verbs as frame words', () => {
    expect([...inflectedFrameStems('Hva gjaldt det, og hva gikk prosjektet ut på?', knowledge)].sort()).toEqual([...analyze('gjaldt gikk')].sort());
  });

  it('leaves verbs outside the frame and the active forms of an s-passive frame word as answer-bearing', () => {
    expect([...inflectedFrameStems('Hva fikk de, og hva fant de ut?', knowledge)]).toEqual([]);
  });

  it('finds nothing without the tables', () => {
    expect([...inflectedFrameStems('Hva gjaldt det?', { lemmasOf: () => [], isFiniteVerb: () => null })]).toEqual([]);
  });

  it('drops them from the answer-bearing stems', () => {
    const question = 'Hva gjaldt tilskuddet?';
    expect(answerBearing(analyze(question), question, inflectedFrameStems(question, knowledge))).toEqual(analyze('tilskuddet'));
  });
});

describe('answerBearing in nynorsk', () => {
  it('frames the nynorsk of the bokmål frame words as their bokmål twins («fortel», «nemn» as «fortell», «nevn»)', () => {
    expect(answerBearing(analyze('Fortel om velferdsteknologi'))).toEqual(answerBearing(analyze('Fortell om velferdsteknologi')));
    expect(answerBearing(analyze('Nemn tiltaka i planen'))).toEqual(analyze('tiltaka planen'));
  });
});
