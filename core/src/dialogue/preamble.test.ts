import { describe, expect, it } from 'vitest';
import { sceneWords, splitPreamble } from './preamble';

describe('splitPreamble', () => {
  it('reads the last part as the question and what comes before as its scene', () => {
    expect(splitPreamble('Skolen vår vurderer å ta i bruk Vannportalen. Hva går det ut på?')).toEqual({
      preamble: 'Skolen vår vurderer å ta i bruk Vannportalen.',
      question: 'Hva går det ut på?',
    });
    expect(splitPreamble('Naboen nevnte noe som kalles Skyløftet – hva brukes det til?')).toEqual({
      preamble: 'Naboen nevnte noe som kalles Skyløftet',
      question: 'hva brukes det til?',
    });
    expect(splitPreamble('Noe helt annet: hvorfor vokste markedsplassen saktere enn ventet?')?.question).toBe(
      'hvorfor vokste markedsplassen saktere enn ventet?',
    );
    expect(splitPreamble('I keep seeing KS Digital mentioned – what is that company supposed to do?')?.preamble).toBe('I keep seeing KS Digital mentioned');
  });

  it('leaves a question that asks at once, asks two things, or ends in no question', () => {
    expect(splitPreamble('Hva er DigiFin?')).toBeNull();
    expect(splitPreamble('Hvor mange kommuner deltar i DigiFin, og hvem leder ordningen?')).toBeNull();
    expect(splitPreamble('Is it true that ID-porten gives access to four thousand services? From how many agencies?')).toBeNull();
    expect(splitPreamble('Kommunen vår vurderer Digihjelpen. Vi vil vite mer.')).toBeNull();
    // A dash that no question follows, and abbreviations, split nothing.
    expect(splitPreamble('Hvilke mål har IKT i helse og omsorg 2008 – 2012?')).toBeNull();
    expect(splitPreamble('Hva sier St.meld. Nr. 47 om samhandling?')).toBeNull();
  });
});

describe('sceneWords', () => {
  it('drops the words the corpus never uses, keeping function words and names', () => {
    const corpus = new Set(['velferdsteknologi', 'brukern']);
    expect(sceneWords('Vi diskuterer velferdsteknologi, og en representant påstod at brukerne har det i Bergen', (stem) => corpus.has(stem))).toBe(
      'Vi velferdsteknologi, og en at brukerne har det i Bergen',
    );
  });
});
