import { describe, expect, it } from 'vitest';
import { translateQuery } from '../analysis';
import { LexicalIndex } from './lexical-index';

/** Real sentences from the seeds (000–004), one per document. */
const documents = [
  {
    id: 'helsenett',
    text:
      'Infrastruktur og informasjonssikkerhet - I løpet av 2011 skal alle kommuner være tilknyttet Norsk Helsenett og ha tatt i bruk elektronisk ' +
      'samhandling med helseforetak og fastleger.',
  },
  {
    id: 'journal',
    text:
      'Elektronisk pasientjournal - Kommunene skal ha som mål at all dokumentasjon i kommunal helse- og omsorgstjeneste skjer i elektronisk ' +
      'journalsystem i løpet av 2009.',
  },
  {
    id: 'bredbånd',
    text:
      'I løpet av 2008 skal alle kommuner og fylkeskommuner ha sørget for bredbånd med tilstrekkelig kapasitet til alle grunnskoler og ' +
      'videregående skoler.',
  },
  {
    id: 'tilsette',
    text: 'Ifølgje KS finn ein innan helse- og omsorgssektoren i kommunane også dei tilsette med den lågaste generelle og fagspesifikke digitale kompetansen.',
  },
  {
    id: 'én-digital',
    text: 'Målet om én digital offentlig sektor krever at vi endrer arbeidsmåter og samarbeidsformer, har riktig kompetanse og løser flere oppgaver digitalt.',
  },
  {
    id: 'kravspesifikasjon',
    text: 'KS vil sørge for utvikling av felles kravspesifikasjon for sosialsystemer i kommunene.',
  },
];

const index = LexicalIndex.build(documents);
const topId = (query: string) => index.search(query, 3)[0]?.id;

describe('LexicalIndex', () => {
  it('ranks the right sentence first for paraphrased bokmål questions', () => {
    expect(topId('Når må kommunene være koblet til helsenettet?')).toBe('helsenett');
    expect(topId('Hvilke ansatte i helsesektoren har svakest digital kompetanse?')).toBe('tilsette');
    expect(topId('Skal skolene få bredbånd med nok kapasitet?')).toBe('bredbånd');
  });

  it('finds Norsk Helsenett for helsenett and the journal system for journalsystem', () => {
    expect(topId('helsenett')).toBe('helsenett');
    expect(topId('journalsystem')).toBe('journal');
  });

  it('finds a bokmål sentence for a nynorsk question and a nynorsk sentence for a bokmål one', () => {
    expect(topId('Kva skal kommunane ha av breiband til skulane?')).toBe('bredbånd');
    expect(topId('ansatte med lavest kompetanse i kommunene')).toBe('tilsette');
  });

  it('finds the right sentence for a translated English question', () => {
    const query = translateQuery('When must all municipalities be connected to the health network?', null, index.vocabulary());
    expect(topId(query)).toBe('helsenett');
  });

  it('returns best first with ties broken by id, respects k and the filter, and [] for no match', () => {
    const tied = LexicalIndex.build([
      { id: 'b', text: 'bredbånd' },
      { id: 'a', text: 'bredbånd' },
      { id: 'c', text: 'skole' },
    ]);
    expect(tied.search('bredbånd', 5).map((hit) => hit.id)).toEqual(['a', 'b']);
    expect(tied.search('bredbånd', 1).map((hit) => hit.id)).toEqual(['a']);
    expect(tied.search('bredbånd', 5, (id) => id !== 'a').map((hit) => hit.id)).toEqual(['b']);
    expect(tied.search('xyzzy qwerty', 5)).toEqual([]);
    expect(tied.search('hva er det', 5)).toEqual([]);
  });

  it('gives the same results after a JSON round trip', () => {
    const restored = LexicalIndex.fromJSON(JSON.parse(JSON.stringify(index)));
    const query = 'Hva er målet for informasjonssikkerhet i kommunene?';
    expect(restored.search(query, 6)).toEqual(index.search(query, 6));
    expect(restored.vocabulary()).toEqual(index.vocabulary());
  });

  it('refuses stored data in another format with index_mismatch', () => {
    expect(() => LexicalIndex.fromJSON({ version: 0 })).toThrow(expect.objectContaining({ code: 'index_mismatch' }));
  });

  it('refuses duplicate ids and invalid options with a RangeError (a caller mistake)', () => {
    expect(() =>
      LexicalIndex.build([
        { id: 'x', text: 'a' },
        { id: 'x', text: 'b' },
      ]),
    ).toThrow(RangeError);
    expect(() => LexicalIndex.build([], { b: 2 })).toThrow(RangeError);
  });

  it('exposes the corpus stems as its vocabulary', () => {
    const vocabulary = index.vocabulary();
    expect(vocabulary.has('helsenett')).toBe(true);
    expect(vocabulary.has('kommun')).toBe(true);
    expect(vocabulary.has('og')).toBe(false);
  });
});

describe('LexicalIndex binary form', () => {
  it('gives the same hits, vocabulary and JSON after a binary round trip', async () => {
    const { decodeLexicalIndex, encodeLexicalIndex } = await import('./lexical-index-binary');
    const restored = decodeLexicalIndex(encodeLexicalIndex(index));
    for (const query of ['Hva er målet for informasjonssikkerhet i kommunene?', 'bredbånd til skolene', 'digital kompetanse']) {
      expect(restored.search(query, 6)).toEqual(index.search(query, 6));
    }
    expect(restored.vocabulary()).toEqual(index.vocabulary());
    expect(restored.toJSON()).toEqual(index.toJSON());
  });

  it('refuses a truncated or foreign file with index_mismatch', async () => {
    const { decodeLexicalIndex, encodeLexicalIndex } = await import('./lexical-index-binary');
    const bytes = encodeLexicalIndex(index);
    expect(() => decodeLexicalIndex(bytes.subarray(0, bytes.length - 8))).toThrow(expect.objectContaining({ code: 'index_mismatch' }));
    expect(() => decodeLexicalIndex(Buffer.from('not an index at all'))).toThrow(expect.objectContaining({ code: 'index_mismatch' }));
  });

  it('searches an index opened from its file, reading postings per term, as the index it was written from', async () => {
    const { encodeLexicalIndex, openLexicalIndex } = await import('./lexical-index-binary');
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const directory = mkdtempSync(path.join(tmpdir(), 'kildesvar-lexical-'));
    try {
      const file = path.join(directory, 'lexical.bin');
      writeFileSync(file, encodeLexicalIndex(index));
      // A cache of 64 bytes holds at most a term or two: later searches read their postings again.
      const opened = openLexicalIndex(file, 64);
      for (const query of ['Hva er målet for informasjonssikkerhet i kommunene?', 'bredbånd til skolene', 'digital kompetanse', 'kommunene']) {
        expect(opened.search(query, 6)).toEqual(index.search(query, 6));
      }
      expect(opened.vocabulary()).toEqual(index.vocabulary());
      expect(opened.toJSON()).toEqual(index.toJSON());
      writeFileSync(file, encodeLexicalIndex(index).subarray(0, 40));
      expect(() => openLexicalIndex(file)).toThrow(expect.objectContaining({ code: 'index_mismatch' }));
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
