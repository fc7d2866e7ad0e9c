import { describe, expect, it } from 'vitest';
import type { WordKnowledge } from '../analysis';
import type { CatalogEntry } from '../schemas';
import { documentKindsOf } from './document-kinds';
import { documentYearsIn, withDatedDocuments, withoutDocumentYears } from './document-years';
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
});
