import { describe, expect, it } from 'vitest';
import type { WordKnowledge } from '../analysis';
import type { CatalogEntry } from '../schemas';
import { documentKindsOf } from './document-kinds';
import { documentYearsIn, narrowedByYears, withDatedDocuments, withoutDocumentYears } from './document-years';
import type { PreparedQuery } from './query';

const entry = (file: string, year: number, description: string, publisher: string): CatalogEntry => ({
  file,
  title: `Tittel ${file}`,
  publisher,
  year,
  language: 'nb',
  description,
});

const catalog = [
  entry('letter.txt', 2017, 'Brev fra departementet til kommuner om digitaliseringsstrategien', 'Kommunal- og moderniseringsdepartementet'),
  entry('plan.txt', 2005, "KS' strategi og handlingsplan for den digitale kommunen", 'KS'),
  entry('slides.txt', 2009, 'Lysark fra et innlegg om opplæring', 'Senter for digital kompetanse'),
];
const knowledge = { lemmasOf: () => [], partsOf: (word: string) => (word === 'handlingsplan' ? ['handling', 'plan'] : []) } as unknown as WordKnowledge;
const kinds = documentKindsOf(catalog, knowledge);
const norwegian = { language: 'nb' as const };

describe('document years', () => {
  it('reads a year after a definite author or kind word as the date of that author’s document of that year', () => {
    const dated = documentYearsIn('Hva skrev departementet i 2017 om skytjenester?', norwegian, kinds, knowledge);
    expect(dated.years).toEqual(['2017']);
    expect(dated.files).toEqual(['letter.txt']);
    expect(dated.stems).toEqual(['departement', '2017']);
    expect(documentYearsIn('Hva sto i brevet sitt fra 2017 om skytjenester?', norwegian, kinds, knowledge).files).toEqual(['letter.txt']);
    expect(documentYearsIn('Hva mente KS-planen fra 2005 om nettvalg?', norwegian, kinds, knowledge).files).toEqual(['plan.txt']);
  });

  it('reads an English year before a kind word after a possessive or determiner', () => {
    const english = {
      language: 'en' as const,
      sources: [
        { source: 'ministry', stems: ['departement'] },
        { source: 'letter', stems: ['brev'] },
      ],
    };
    const dated = documentYearsIn("What did the ministry's 2017 letter say about cloud services?", english, kinds, knowledge);
    expect(dated.files).toEqual(['letter.txt']);
    expect(dated.stems).toEqual(['departement', 'brev', '2017']);
  });

  it('leaves a year no document of that author or kind was issued in, and one after a common word of an author’s name', () => {
    expect(documentYearsIn('Hva skrev departementet i 2021 om skytjenester?', norwegian, kinds, knowledge).years).toEqual([]);
    expect(documentYearsIn('Hvor mange hadde digital kompetanse i 2009?', norwegian, kinds, knowledge).years).toEqual([]);
    expect(documentYearsIn('Hvor mange kommuner brukte skytjenester i 2017?', norwegian, kinds, knowledge).years).toEqual([]);
  });

  it('names the dated document in full and keeps the year as a search word, but as no number a passage must state', () => {
    const dated = documentYearsIn('Hva skrev departementet i 2017 om skytjenester?', norwegian, kinds, knowledge);
    const reference = withDatedDocuments({ stems: new Set(), files: new Map() }, dated);
    expect([...reference.files]).toEqual([['letter.txt', 1]]);
    const prepared = {
      original: 'Hva skrev departementet i 2017 om skytjenester?',
      terms: { stems: ['departement', '2017', 'skytjenest'], numbers: ['2017'], pairs: [] },
    } as unknown as PreparedQuery;
    const read = withoutDocumentYears(prepared, dated);
    expect(read.terms.stems).toEqual(['departement', '2017', 'skytjenest']);
    expect(read.terms.numbers).toEqual([]);
    expect(read.documentYears).toEqual(['2017']);
  });

  it('reads an English year before a phrase translated whole, by the kind word its head ends', () => {
    const english = {
      language: 'en' as const,
      sources: [
        { source: '2005', stems: ['2005'] },
        { source: 'KS', stems: ['ks'] },
        { source: 'action plan', stems: ['handlingsplan'] },
      ],
    };
    expect(documentYearsIn('According to the 2005 KS action plan, what must municipalities do?', english, kinds, knowledge).files).toEqual(['plan.txt']);
  });

  it('narrows a reference to several documents to those a year of the question names, by catalog year, period or title', () => {
    const periods = documentKindsOf(
      [
        { ...entry('old.txt', 2005, "KS' strategi og handlingsplan for eKommune", 'KS'), years: [2005, 2009] },
        { ...entry('new.txt', 2008, "KS' strategi og handlingsplan for IKT i helse", 'KS'), title: 'IKT i helse og omsorg 2008–2012' },
      ],
      knowledge,
    );
    const both = {
      stems: new Set(['plan']),
      files: new Map([
        ['old.txt', 0.5],
        ['new.txt', 0.5],
      ]),
    };
    expect([...narrowedByYears(both, 'Hva sier KS-planen fra 2005 om nett?', periods).files]).toEqual([['old.txt', 0.5]]);
    expect([...narrowedByYears(both, 'Hva mener KS i strategien fram mot 2009?', periods).files]).toEqual([['old.txt', 0.5]]);
    expect([...narrowedByYears(both, 'Hva står i planen for IKT i helse og omsorg 2008–2012?', periods).files]).toEqual([['new.txt', 0.5]]);
    // A year that names none of them, or every one, leaves the reference as it is.
    expect(narrowedByYears(both, 'Hva sier KS-planen om 2020?', periods)).toBe(both);
    expect(narrowedByYears(both, 'Hva sier planene fra 2005 og 2012?', periods)).toBe(both);
    expect(narrowedByYears(both, 'Hva sier KS-planen?', periods)).toBe(both);
  });
});
