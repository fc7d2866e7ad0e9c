import { describe, expect, it } from 'vitest';
import { alreadyQuoted, combineAnswers } from '../answer/combine-answers';
import type { ChatResponse, SearchResult } from '../schemas';
import { splitTwoPart } from './two-part';

const result = (chunkId: string): SearchResult => ({
  chunkId,
  file: 'a.txt',
  title: 't',
  heading: 'h',
  text: 'x',
  score: 1,
  start: 0,
  end: 1,
  alsoIn: [],
  highlights: [],
});
const response = (answer: string, citations: SearchResult[], abstained = false): ChatResponse => ({
  answer,
  citations,
  abstained,
  related: [],
  reason: '',
  language: 'nb',
  confidence: abstained ? 0.2 : 0.8,
});

describe('splitTwoPart', () => {
  it('splits where «og» opens a second question', () => {
    expect(splitTwoPart('Hvem eier KS Digital, og når ble selskapet etablert?')).toEqual({
      first: 'Hvem eier KS Digital?',
      second: 'når ble selskapet etablert?',
    });
    expect(splitTwoPart('Who set up RO, and when?')).toEqual({ first: 'Who set up RO?', second: 'when?' });
    // A preposition may stand before the second question word.
    expect(splitTwoPart('Når skulle etaten opprettes, og fra hvilken dato var løsningen planlagt?')).toEqual({
      first: 'Når skulle etaten opprettes?',
      second: 'fra hvilken dato var løsningen planlagt?',
    });
    expect(splitTwoPart('Who runs the portal, and since which year?')).toEqual({ first: 'Who runs the portal?', second: 'since which year?' });
    // «siden», «whom»: the preposition and the object form of the question word.
    expect(splitTwoPart('Hvem eier KS Digital, og siden når?')).toEqual({ first: 'Hvem eier KS Digital?', second: 'siden når?' });
    expect(splitTwoPart('When was the regional archive opened, and by whom?')).toEqual({ first: 'When was the regional archive opened?', second: 'by whom?' });
  });

  it('splits after an adverb of condition, which the second part does not keep', () => {
    expect(splitTwoPart('Har KS en strategi for KI, og i så fall når kom den?')).toEqual({ first: 'Har KS en strategi for KI?', second: 'når kom den?' });
    expect(splitTwoPart('Does KS have an AI strategy, and if so, when was it published?')).toEqual({
      first: 'Does KS have an AI strategy?',
      second: 'when was it published?',
    });
  });

  it('splits two questions written as two sentences when the first asks for something', () => {
    expect(splitTwoPart('Når åpnet Tolkeportalen? Hvem drifter tjenesten i dag?')).toEqual({
      first: 'Når åpnet Tolkeportalen?',
      second: 'Hvem drifter tjenesten i dag?',
    });
    expect(splitTwoPart('Hva er DigiFin? Og hvor mye har staten satt av?')).toEqual({ first: 'Hva er DigiFin?', second: 'hvor mye har staten satt av?' });
    // A yes/no question and a question about the fact it states stay one question, as does a scene and its question.
    expect(splitTwoPart('Is it true that ID-porten gives access to four thousand services? From how many agencies?')).toBeNull();
    expect(splitTwoPart('Kommunen vår vurderer Digihjelpen. Hva går det ut på?')).toBeNull();
  });

  it('leaves a question that asks one thing whole', () => {
    expect(splitTwoPart('Hva skal kommunene og fylkeskommunene tilby innen 2009?')).toBeNull();
    expect(splitTwoPart('Hva og hvem?')).toBeNull();
  });
});

describe('combineAnswers', () => {
  it('renumbers the second part’s citations after the first’s, each passage once', () => {
    const combined = combineAnswers(
      [
        { question: 'Hvem eier KS Digital?', response: response('KS eier selskapet. [1]', [result('a')]) },
        { question: 'når ble selskapet etablert?', response: response('I 2023. [1] Det skjedde i september. [2]', [result('b'), result('a')]) },
      ],
      'nb',
    );
    expect(combined.answer).toBe('KS eier selskapet. [1] I 2023. [2] Det skjedde i september. [1]');
    expect(combined.citations.map((citation) => citation.chunkId)).toEqual(['a', 'b']);
    expect(combined.abstained).toBe(false);
  });

  it('says which part the documents do not answer', () => {
    const combined = combineAnswers(
      [
        { question: 'Hvem eier KS Digital?', response: response('KS eier selskapet. [1]', [result('a')]) },
        { question: 'hva koster det?', response: response('Jeg finner ikke svar.', [], true) },
      ],
      'nb',
    );
    expect(combined.answer).toBe('KS eier selskapet. [1] Dokumentene svarer ikke på «hva koster det».');
  });
});

describe('combineAnswers with a sentence both parts quote', () => {
  it('gives the sentence once', () => {
    const combined = combineAnswers(
      [
        { question: 'Hvem overtok?', response: response('KS overtok ansvaret. [1]', [result('a')]) },
        { question: 'når?', response: response('KS overtok ansvaret. [1] Det skjedde i 2023. [2]', [result('a'), result('b')]) },
      ],
      'nb',
    );
    expect(combined.answer).toBe('KS overtok ansvaret. [1] Det skjedde i 2023. [2]');
  });

  it('adds nothing for a part that sentence answers alone', () => {
    const combined = combineAnswers(
      [
        { question: 'Når ble selskapet etablert?', response: response('KS etablerte selskapet i 2023. [1]', [result('a')]) },
        { question: 'av hvem?', response: response('KS etablerte selskapet i 2023. [1]', [result('a')]) },
      ],
      'nb',
    );
    expect(combined.answer).toBe('KS etablerte selskapet i 2023. [1]');
  });
});

describe('alreadyQuoted', () => {
  const first = 'Etaten skal opprettes i 2006, mens kontorene skal være på plass innen 2010. [1]';
  it('gives the second part the sentence the first quoted, with its citation alone', () => {
    const again = response('Etaten skal opprettes i 2006, mens kontorene skal være på plass innen 2010. [1] Noe annet. [2]', [result('a'), result('b')]);
    expect(alreadyQuoted(again, first)).toMatchObject({
      answer: 'Etaten skal opprettes i 2006, mens kontorene skal være på plass innen 2010. [1]',
      citations: [{ chunkId: 'a' }],
    });
    // The combined answer then says nothing more for it, and no part goes unanswered.
    const combined = combineAnswers(
      [
        { question: 'Når skal etaten opprettes?', response: response(first, [result('a')]) },
        { question: 'når skal kontorene være på plass?', response: alreadyQuoted(again, first) ?? again },
      ],
      'nb',
    );
    expect(combined.answer).toBe(first);
    expect(combined.citations.map((citation) => citation.chunkId)).toEqual(['a']);
  });

  it('leaves a second part that opens with a sentence of its own', () => {
    expect(alreadyQuoted(response('Noe annet. [1]', [result('b')]), first)).toBeNull();
    expect(alreadyQuoted(response('Jeg finner ikke svar.', [], true), first)).toBeNull();
  });
});
