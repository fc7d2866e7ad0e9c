import { describe, expect, it } from 'vitest';
import { compoundBaseForms, inflectedSynonyms, parseThesaurus, synonymDerivations, thesaurusEncoding, translatedSynonyms } from './thesaurus';

const sample = [
  'ISO8859-1',
  'lede|2',
  '-|styre|stå for|bestyre',
  '(verb)|føre|Lede',
  'samarbeid|1',
  '-|samspill|(ens) eget|samvirke',
  'tom|1',
  '-|to ord',
  '',
].join('\n');

describe('parseThesaurus', () => {
  it('gathers the single-word synonyms of every sense of a headword', () => {
    expect(parseThesaurus(sample)).toEqual([
      { word: 'lede', synonyms: ['styre', 'bestyre', 'føre'] },
      { word: 'samarbeid', synonyms: ['samspill', 'samvirke'] },
    ]);
  });

  it('reads a reflexive verb («vente seg») as its verb, a synonym of the headword and the headword of it', () => {
    expect(parseThesaurus(['ISO8859-1', 'forvente|1', '-|beregne|vente seg|regne med', 'bebude|1', '-|vente seg', ''].join('\n'))).toEqual([
      { word: 'forvente', synonyms: ['beregne', 'vente'] },
      { word: 'bebude', synonyms: ['vente'] },
      { word: 'vente', synonyms: ['forvente', 'bebude'] },
    ]);
  });

  it('skips a broken header line instead of reading its senses as entries', () => {
    expect(parseThesaurus(['UTF-8', 'ødelagt', 'lede|1', '-|styre'].join('\n'))).toEqual([{ word: 'lede', synonyms: ['styre'] }]);
  });
});

describe('thesaurusEncoding', () => {
  it('reads the encoding line', () => {
    expect(thesaurusEncoding('ISO8859-1')).toBe('latin1');
    expect(thesaurusEncoding('UTF-8')).toBe('utf8');
  });
});

describe('inflectedSynonyms', () => {
  const synonyms = { utgift: ['kostnad', 'pris'], omkostning: ['kostnad'], pris: ['kostnad'] };

  it('gives an inflected form of a headword the synonyms of the headword', () => {
    const found = inflectedSynonyms(
      synonyms,
      [
        ['utgiftene', 'utgift'],
        ['utgifter', 'utgift'],
        ['omkostningene', 'omkostning'],
      ],
      () => false,
    );
    expect(found).toEqual({ utgiftene: ['kostnad', 'pris'], utgifter: ['kostnad', 'pris'], omkostningene: ['kostnad'] });
  });

  it('merges the synonyms of every headword a form is read as', () => {
    expect(
      inflectedSynonyms(
        synonyms,
        [
          ['x', 'utgift'],
          ['x', 'omkostning'],
        ],
        () => false,
      ),
    ).toEqual({ x: ['kostnad', 'pris'] });
  });

  it('leaves out forms the lemma tables know, headwords themselves and forms of words that are no headword', () => {
    const found = inflectedSynonyms(
      synonyms,
      [
        ['prisene', 'utgift'],
        ['pris', 'utgift'],
        ['utgift', 'utgift'],
        ['husene', 'hus'],
      ],
      (form) => form === 'prisene',
    );
    expect(found).toEqual({});
  });
});

describe('translatedSynonyms', () => {
  const synonyms = { dyktighet: ['ferdighet', 'kompetanse'], fortelle: ['formidle', 'si'], kompetanse: ['ferdighet'] };
  const corpus = new Set(['ferdighet', 'kompetanse', 'formidle', 'si', 'følge']);
  const known = new Set(['kompetansen']);
  it('gives a nynorsk form the corpus synonyms of its bokmål translation, and the translation itself when the corpus uses it', () => {
    const found = translatedSynonyms(
      synonyms,
      [
        ['dugleik', 'dyktighet'],
        ['dugleiken', 'dyktighet'],
        ['fortelje', 'fortelle'],
        ['fylgd', 'følge'],
      ],
      (lemma) => corpus.has(lemma),
      (form) => known.has(form),
    );
    expect(found).toEqual({
      dugleik: ['ferdighet', 'kompetanse'],
      dugleiken: ['ferdighet', 'kompetanse'],
      fortelje: ['formidle', 'si'],
      fylgd: ['følge'],
    });
  });
  it('leaves a form the tables know, a headword, a word spelled alike and a translation that reaches nothing', () => {
    const found = translatedSynonyms(
      synonyms,
      [
        ['kompetansen', 'dyktighet'],
        ['kompetanse', 'dyktighet'],
        ['dyktighet', 'dyktighet'],
        ['lysark', 'lysark'],
        ['styringssignal', 'styringssignal'],
      ],
      (lemma) => corpus.has(lemma),
      (form) => known.has(form),
    );
    expect(found).toEqual({});
  });
});

describe('synonymDerivations', () => {
  it('reaches a synonym the corpus never uses through its derivations the corpus uses («regne» ~ «beregne» → «beregning»)', () => {
    const corpus = new Set(['vurdere', 'vurdering', 'beregning']);
    expect(synonymDerivations(['anse', 'beregne', 'vurdere'], (lemma) => corpus.has(lemma))).toEqual(['beregning']);
  });
});

describe('compoundBaseForms', () => {
  it('joins a two-part compound of the texts into its base form, with or without a linking letter', () => {
    const forms = compoundBaseForms({ nettsteder: ['nett', 'sted'], kvalitetskriterier: ['kvalitet', 'kriterium'], nettilknytning: ['nett', 'tilknytning'] });
    expect(forms.has('nettsted')).toBe(true);
    expect(forms.has('kvalitetskriterium')).toBe(true);
    // Three equal consonants at the seam are written as two.
    expect(forms.has('nettilknytning')).toBe(true);
    expect(forms.has('nettsteder')).toBe(false);
  });

  it('joins no compound of three parts', () => {
    expect([...compoundBaseForms({ helsetjenesteteknologi: ['helse', 'tjeneste', 'teknologi'] })]).toEqual([]);
  });
});
