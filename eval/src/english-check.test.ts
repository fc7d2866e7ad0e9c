import { describe, expect, it } from 'vitest';
import { checkTerms, passageAround, renderCheck, stemMeets, summarizeCheck, textWords, type CheckedQuestion } from './english-check';

const quote = 'KS vil ta initiativ til jevnlige kartlegginger av status i kommunesektoren.';
const passage = `Tiltak for samhandling. ${quote} Dette gjelder helse- og omsorgstjenesten.`;
const vocabulary = new Set(['kartlegging', 'jevn', 'helse', 'omsorgstjenest', 'undersøk']);
const translations = (english: string): string[] => (english === 'survey' ? ['undersøkelse', 'kartlegging'] : []);

describe('checkTerms', () => {
  it('classes each translated word by where it meets the gold passage', () => {
    const terms = checkTerms(
      'Will KS do recurring surveys of health care?',
      {
        sources: [
          { source: 'KS', stems: ['ks'] },
          { source: 'recurring', stems: ['recurring'] },
          { source: 'surveys', stems: ['undersøk'] },
          { source: 'health', stems: ['hels'] },
          { source: 'care', stems: ['omsorg'] },
          { source: 'municipal', stems: ['kommunal'] },
        ],
      },
      quote,
      passage,
      vocabulary,
      translations,
    );
    expect(terms.map((term) => [term.source, term.class])).toEqual([
      ['recurring', 'unknown'],
      ['surveys', 'other-sense'],
      ['health', 'passage'],
      ['care', 'passage'],
      ['municipal', 'absent'],
    ]);
    expect(terms[1]?.missed).toEqual(['kartlegging']);
  });

  it('counts a stem met as a part of a compound of the quote', () => {
    expect(stemMeets('kommun', textWords(quote))).toBe(true);
    expect(stemMeets('status', textWords(quote))).toBe(true);
    expect(stemMeets('fylk', textWords(quote))).toBe(false);
  });
});

describe('passageAround', () => {
  it('reaches around the quote in its seed, and is the quote alone when the seed does not hold it', () => {
    expect(passageAround(`Før. ${quote} Etter.`, quote, 5)).toBe(`Før. ${quote} Ette`);
    expect(passageAround('Noe annet.', quote)).toBe(quote);
  });
});

describe('summarizeCheck', () => {
  it('counts terms per class and the questions not supported that have one', () => {
    const question = (key: string, outcome: string, classes: CheckedQuestion['terms'][number]['class'][]): CheckedQuestion => ({
      key,
      split: 'tune',
      kind: 'number',
      question: `Question ${key}?`,
      outcome,
      terms: classes.map((name, index) => ({ source: `word${index}`, stems: [`ord${index}`], class: name })),
    });
    const checked = [question('q1', 'ok', ['quote', 'unknown']), question('q2', 'abst', ['unknown', 'unknown', 'absent'])];
    const summary = summarizeCheck(checked);
    expect(summary.terms.unknown).toBe(3);
    expect(summary.questionsWith.unknown).toBe(2);
    expect(summary.failedWith.unknown).toBe(1);
    expect(summary.failedWith.quote).toBe(0);
    expect(renderCheck('English', checked)).toContain('- q2 (number, abst) Question q2?');
    expect(renderCheck('English', checked)).not.toContain('- q1 ');
  });
});
