import { describe, expect, it } from 'vitest';
import { emptyLanguageResources, WordKnowledge } from '../analysis';
import { analyze } from '../analysis/analyze';
import { indexChunk, termSetOf } from './indexed-chunk';

describe('a sentence’s terms', () => {
  it('reads «hvert år» / «pr. år» / «i året» as «årlig», so a question’s «årlig» finds it; a year on its own not', () => {
    const knowledge = new WordKnowledge({ ...emptyLanguageResources('test'), lemmas: { år: ['år'], året: ['år'] }, periodic: { år: ['årleg', 'årlig'] } });
    expect(termSetOf('Kommunene betaler 10 millioner hvert år.', knowledge).lemmas).toContain('årlig');
    expect(termSetOf('Kostnaden er 3 kroner pr. år.', knowledge).lemmas).toContain('årlig');
    expect(termSetOf('Det koster en halv milliard i året.', knowledge).lemmas).toContain('årlig');
    expect(termSetOf('Kommunene betalte 10 millioner i år.', knowledge).lemmas).not.toContain('årlig');
  });
});

describe('a coordinated compound with a dropped head', () => {
  it('holds the compound it leaves unwritten at part credit: «stats- og IKT-sektoren» says «statssektoren»', () => {
    const knowledge = new WordKnowledge({ ...emptyLanguageResources('test'), lemmas: { statssektoren: ['statssektor'] } });
    expect(termSetOf('Ansatte i stats- og IKT-sektoren.', knowledge).parts).toContain('statssektor');
    expect(termSetOf('Ansatte i staten og IKT-sektoren.', knowledge).parts).not.toContain('statssektor');
  });
});

describe('a folded copy in another document', () => {
  const text = 'Strategi\n\n- Infrastruktur - I løpet av 2011 skal alle kommuner være tilknyttet Norsk Helsenett. Lysark om kompetanse.';
  const chunk = { id: 'c', file: 'slides.txt', title: 'Lysark', heading: '', start: 0, end: text.length, text, alsoIn: [] };
  const copy = { title: 'IKT i helse og omsorg 2008–2012', text: 'I løpet av 2011 skal alle kom-\nmuner være tilknyttet Norsk Helse- nett.' };

  it('gives the sentences it holds (or that hold it) the words of its document’s title, not its years, and leaves the rest', () => {
    const indexed = indexChunk(chunk, [2009, 2009], text, undefined, [copy]);
    const copied = indexed.sentences.find((sentence) => sentence.text.includes('2011'));
    const other = indexed.sentences.find((sentence) => sentence.text.includes('kompetanse'));
    expect([...(copied?.terms.titles ?? [])]).toEqual(expect.arrayContaining(analyze('IKT helse omsorg')));
    expect(copied?.terms.titles?.has('2008')).toBe(false);
    // The title's period is kept apart, for a question naming the plan by it.
    expect([...(copied?.terms.titleYears ?? [])]).toEqual(['2008', '2012']);
    expect(other?.terms.titles).toBeUndefined();
    expect(other?.terms.titleYears).toBeUndefined();
    // The chunk's own title is unchanged: the copy stands in one sentence of it, not in the whole passage.
    expect([...indexed.titleTerms.stems]).toEqual(analyze('Lysark'));
  });

  it('gives nothing for a copy of another sentence', () => {
    const indexed = indexChunk(chunk, [2009, 2009], text, undefined, [{ ...copy, text: 'Alle skoler skal ha bredbånd innen 2008.' }]);
    expect(indexed.sentences.every((sentence) => sentence.terms.titles === undefined)).toBe(true);
  });
});
