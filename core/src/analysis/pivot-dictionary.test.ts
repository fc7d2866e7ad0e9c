import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { deserializeDictionary, serializeDictionary, type EnglishDictionary } from './english-dictionary';
import { bilingualLemmas } from './language-resources';
import {
  buildPivotDictionary,
  englishActionNouns,
  isNorwegianActionNoun,
  isSpellingCognate,
  pivotCandidates,
  preferVerbsOfActionNouns,
  withPivotEntries,
  withUncertainEntries,
  type PivotSources,
} from './pivot-dictionary';

/** Small excerpts in the shape of FreeDict eng-swe, eng-deu, deu-swe and swe-nor with Apertium's swe→nob. */
const englishToSwedish = new Map([
  ['meeting', ['möte', 'församling']],
  ['safety', ['säkerhetsnål']],
  ['the', ['den']],
]);
const englishToGerman = new Map([
  ['meeting', ['Treffen', 'Sitzung', 'Versammlung']],
  ['safety', ['Sicherheit', 'Schutz']],
  ['go', ['gehen']],
]);
const germanToSwedish = new Map([
  ['treffen', ['möte', 'träff']],
  ['sitzung', ['sammanträde', 'möte']],
  ['versammlung', ['församling']],
  ['sicherheit', ['säkerhet', 'trygghet']],
  ['schutz', ['skydd', 'säkerhet']],
  ['gehen', ['gå']],
]);
const swedishToNorwegian = new Map([
  ['möte', ['møte']],
  ['församling', ['menighet', 'forsamling']],
  ['sammanträde', ['møte']],
  ['säkerhet', ['sikkerhet']],
  ['trygghet', ['trygghet']],
  ['skydd', ['vern']],
  ['säkerhetsnål', ['sikkerhetsnål']],
  ['gå', ['gå']],
]);
const sources: PivotSources = {
  chains: [
    { name: 'eng-swe', hops: [englishToSwedish, swedishToNorwegian], routePerWord: false },
    { name: 'eng-deu-swe', hops: [englishToGerman, germanToSwedish, swedishToNorwegian], routePerWord: true },
  ],
};

describe('pivot dictionary', () => {
  it('counts separate routes to each Norwegian word: the direct Swedish one and one per German word', () => {
    const candidates = pivotCandidates(sources, 1);
    expect(candidates.get('meeting')).toEqual([
      ['møte', 3],
      ['menighet', 2],
      ['forsamling', 2],
    ]);
    expect(candidates.get('safety')?.[0]).toEqual(['sikkerhet', 2]);
    // Function words and words shorter than three letters are not headwords.
    expect(candidates.has('the')).toBe(false);
    expect(candidates.has('go')).toBe(false);
  });

  it('counts a chain without routes per word once, however many of its words reach the translation', () => {
    const finnish: PivotSources = {
      chains: [
        {
          name: 'eng-fin',
          hops: [
            new Map([['cost', ['kustannus', 'kulu']]]),
            new Map([
              ['kustannus', ['kostnad']],
              ['kulu', ['kostnad']],
            ]),
          ],
          routePerWord: false,
        },
      ],
    };
    expect(pivotCandidates(finnish, 1).get('cost')).toEqual([['kostnad', 1]]);
    expect(pivotCandidates({ chains: [...sources.chains, ...finnish.chains] }, 1).has('cost')).toBe(true);
  });

  it('leaves out translations reached by fewer routes than asked', () => {
    const candidates = pivotCandidates(sources, 2);
    expect(candidates.get('safety')).toEqual([['sikkerhet', 2]]);
  });

  it('lets a route through a spelling cognate count twice, only for a word nothing else translates by two routes', () => {
    expect(isSpellingCognate('efficiency', 'Effizienz')).toBe(true);
    expect(isSpellingCognate('reservation', 'Reservation')).toBe(true);
    expect(isSpellingCognate('efficiency', 'Wirkungsgrad')).toBe(false);
    expect(isSpellingCognate('efficiency', 'Effekt')).toBe(false);
    const german: PivotSources = {
      chains: [
        {
          name: 'eng-deu-swe',
          hops: [
            new Map([
              ['efficiency', ['Effizienz', 'Wirkungsgrad']],
              ['meeting', ['Treffen', 'Sitzung', 'Meeting']],
            ]),
            new Map([
              ['effizienz', ['effektivitet']],
              ['wirkungsgrad', ['verkningsgrad']],
              ['treffen', ['möte']],
              ['sitzung', ['möte']],
              ['meeting', ['miting']],
            ]),
            new Map([
              ['effektivitet', ['effektivitet']],
              ['verkningsgrad', ['virkningsgrad']],
              ['möte', ['møte']],
              ['miting', ['miting']],
            ]),
          ],
          routePerWord: true,
        },
      ],
    };
    const candidates = pivotCandidates(german, 2);
    expect(candidates.get('efficiency')).toEqual([['effektivitet', 2]]);
    // «møte» has two routes of its own, so the cognate «Meeting» does not count twice.
    expect(candidates.get('meeting')).toEqual([['møte', 2]]);
  });

  it('keeps the best translations the corpus uses, up to the cap', () => {
    const vocabulary = new Set(analyze('Møtet i menigheten handlet om sikkerhet og vern.'));
    const pivot = buildPivotDictionary(pivotCandidates(sources, 1), vocabulary, { minRoutes: 2, maxTranslations: 1 });
    expect(Object.fromEntries(pivot.entries)).toEqual({ meeting: ['møte'], safety: ['sikkerhet'] });
    const two = buildPivotDictionary(pivotCandidates(sources, 1), vocabulary, { minRoutes: 1, maxTranslations: 2 });
    expect(two.entries.get('safety')).toEqual(['sikkerhet', 'vern']);
    expect(buildPivotDictionary(pivotCandidates(sources, 1), new Set(analyze('Ingenting her.'))).entries.size).toBe(0);
  });

  it('fills only the headwords the direct dictionary lacks, marks them, and survives storage', () => {
    const direct: EnglishDictionary = { source: 'freedict-eng-nor', entries: new Map([['meeting', ['treff']]]) };
    const pivot: EnglishDictionary = {
      source: 'pivot',
      entries: new Map([
        ['meeting', ['møte']],
        ['safety', ['sikkerhet']],
      ]),
    };
    const merged = withPivotEntries(direct, pivot);
    expect(merged.entries.get('meeting')).toEqual(['treff']);
    expect(merged.entries.get('safety')).toEqual(['sikkerhet']);
    expect([...(merged.pivotHeadwords ?? [])]).toEqual(['safety']);
    const restored = deserializeDictionary(JSON.parse(JSON.stringify(serializeDictionary(merged))));
    expect([...(restored.pivotHeadwords ?? [])]).toEqual(['safety']);
    expect(restored.source).toBe('freedict-eng-nor; pivot');
  });

  it('reads lt-proc bilingual output into source → target lemmas, same spellings included', () => {
    const lines = [
      '^möte<n><nt><sg><ind>/møte<n><nt><sg><ind>$',
      '^rapport<n><ut><sg><ind>/rapport<n><m><sg><ind>$',
      '^förslag<n><nt><sg><ind>/forslag<n><nt><sg><ind>/fremlegg<n><nt><sg><ind>$',
      '^liknande<adj>/@liknande<adj>$',
    ];
    expect(Object.fromEntries(bilingualLemmas(lines))).toEqual({ möte: ['møte'], rapport: ['rapport'], förslag: ['forslag', 'fremlegg'] });
  });

  it("puts first the Norwegian verb whose action noun translates the English verb's action noun («develop» → «utvikle», as «development» → «utvikling»)", () => {
    expect(englishActionNouns('develop')).toContain('development');
    expect(englishActionNouns('coordinate')).toContain('coordination');
    expect(englishActionNouns('deliver')).toContain('delivery');
    expect(isNorwegianActionNoun('utvikle', 'utvikling')).toBe(true);
    expect(isNorwegianActionNoun('levere', 'leveranse')).toBe(true);
    expect(isNorwegianActionNoun('danne', 'utvikling')).toBe(false);
    expect(isNorwegianActionNoun('utvikling', 'utviklinging')).toBe(false);
    const candidates = new Map([
      ['develop', [['danne', 3] as const, ['utvikle', 2] as const]],
      ['deliver', [['levere', 3] as const]],
      ['delivery', [['leveranse', 3] as const]],
      ['send', [['sende', 2] as const]],
    ]);
    const direct: EnglishDictionary = { source: 'test', entries: new Map([['development', ['utvikling']]]) };
    const reordered = preferVerbsOfActionNouns(candidates, direct);
    expect(reordered.get('develop')).toEqual([
      ['utvikle', 2],
      ['danne', 3],
    ]);
    expect(reordered.get('deliver')).toEqual([['levere', 3]]);
    expect(reordered.get('send')).toEqual([['sende', 2]]);
    // Without the noun's translation the routes decide.
    expect(preferVerbsOfActionNouns(candidates, null).get('develop')?.[0]).toEqual(['danne', 3]);
  });
});

describe('withUncertainEntries', () => {
  it('keeps, for the words without an entry, the single-route words the corpus uses, one per stem, most routes first', () => {
    const dictionary: EnglishDictionary = { source: 'test', entries: new Map([['support', ['støtte']]]) };
    const weak = new Map<string, ReadonlyArray<readonly [string, number]>>([
      [
        'survey',
        [
          ['undersøkelse', 1],
          ['undersøkelser', 1],
          ['besiktigelse', 1],
          ['utredning', 1],
        ],
      ],
      ['support', [['bidrag', 1]]],
      ['zebra', [['sebra', 1]]],
    ]);
    const vocabulary = new Set(analyze('undersøkelsen og utredningen ga bidrag og støtte'));
    const uncertain = withUncertainEntries(dictionary, weak, vocabulary).uncertain;
    expect(uncertain?.get('survey')).toEqual(['undersøkelse', 'utredning']);
    expect(uncertain?.has('support')).toBe(false);
    expect(uncertain?.has('zebra')).toBe(false);
    expect(withUncertainEntries(dictionary, new Map(), vocabulary).uncertain).toBeUndefined();
  });
});
