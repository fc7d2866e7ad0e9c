import { describe, expect, it } from 'vitest';
import type { EnglishDictionary } from './english-dictionary';
import {
  parseIndexLemmas,
  parseMultiwordVerbs,
  parseVerbSynonyms,
  parseWordSenses,
  parseWordnetExceptions,
  withSynonymEntries,
  withWordnetEntries,
} from './wordnet';

/** Lines in the shape of WordNet 3.0's `data.verb` (offsets are byte offsets, so they are computed here). */
const synsetLines = [
  '02427103 41 v 04 establish 0 set_up 2 found 0 launch 1 006 @ 02426171 v 0000 | set up or found',
  '01640873 36 v 03 carry_through 0 execute 0 carry_out 0 001 @ 00486018 v 0000 | put in effect',
  '00660399 32 v 02 prioritize 0 prioritise 0 001 @ 00661824 v 0000 | assign a priority to',
  '01366444 35 v 01 hook_up 0 001 @ 01296480 v 0000 | connect or link',
  '02578008 41 v 02 set_up 0 frame 0 000 | construct',
];
const header = '  1 This software and database is being provided to you\n';
const data = header + synsetLines.map((line) => `${line}  \n`).join('');
const offsetOf = (line: string): string => String(data.indexOf(line)).padStart(8, '0');
const [establish = '', carryOut = '', prioritize = '', hookUp = '', frame = ''] = synsetLines;
const index = [
  '  1 This software and database is being provided to you',
  `carry_out v 1 1 @ 1 0 ${offsetOf(carryOut)}  `,
  `hook_up v 1 1 @ 1 0 ${offsetOf(hookUp)}  `,
  `prioritize v 1 1 @ 1 0 ${offsetOf(prioritize)}  `,
  `set_up v 2 1 @ 2 1 ${offsetOf(establish)} ${offsetOf(frame)}  `,
].join('\n');

describe('WordNet for English query translation', () => {
  it('reads irregular forms with their base forms, skipping multiword ones', () => {
    const exceptions = parseWordnetExceptions(['made make\nmeant mean\nled lead\n', 'children child\nbrothers-in-law brother-in-law\nmen_of_war man_of_war\n']);
    expect(exceptions.get('made')).toEqual(['make']);
    expect(exceptions.get('children')).toEqual(['child']);
    expect(exceptions.has('men_of_war')).toBe(false);
  });

  it('reads each multiword verb with the words of its most frequent sense, and only those', () => {
    const verbs = parseMultiwordVerbs(index, data);
    expect(verbs.get('set up')).toEqual([['establish', 'set up', 'found', 'launch']]);
    expect(verbs.get('carry out')).toEqual([['carry through', 'execute', 'carry out']]);
    expect(verbs.has('prioritize')).toBe(false);
    expect(parseMultiwordVerbs(index, data, 2).get('set up')?.[1]).toEqual(['set up', 'frame']);
  });

  it('gives irregular forms and multiword verbs the translations the dictionary has for their base forms and synonyms', () => {
    const dictionary: EnglishDictionary = {
      source: 'test',
      entries: new Map([
        ['mean', ['bety']],
        ['lead', ['lede']],
        ['led', ['lysdiode']],
        ['establish', ['etablere']],
        ['found', ['grunnlegge']],
        ['launch', ['lansering']],
        ['execute', ['utføre']],
        ['develop', ['utvikle']],
      ]),
      pivotHeadwords: new Set(['develop']),
    };
    const exceptions = parseWordnetExceptions(['meant mean\nled lead\ndeveloped develop\nchildren child\n']);
    const extended = withWordnetEntries(dictionary, exceptions, parseMultiwordVerbs(index, data));
    expect(extended.entries.get('meant')).toEqual(['bety']);
    // An entry of its own wins; a form whose base has no translation gets none.
    expect(extended.entries.get('led')).toEqual(['lysdiode']);
    expect(extended.entries.has('children')).toBe(false);
    // Reached from a pivot headword: still a pivot headword.
    expect(extended.pivotHeadwords?.has('developed')).toBe(true);
    expect(extended.pivotHeadwords?.has('meant')).toBe(false);
    // Only Norwegian verbs (infinitives in -e): «lansering» is a noun sense of «launch».
    expect(extended.entries.get('set up')).toEqual(['etablere', 'grunnlegge']);
    expect(extended.entries.get('carry out')).toEqual(['utføre']);
    // A multiword verb whose sense has no other word stays without an entry.
    expect(extended.entries.has('hook up')).toBe(false);
    expect(extended.source).toBe('test; WordNet 3.0');
  });

  it('gives a verb WordNet knows only as a verb the Norwegian verb two synonyms of its most frequent sense agree on', () => {
    const verbLines = [
      '02327218 40 v 04 supply 0 provide 0 render 0 furnish 0 001 @ 02200686 v 0000 | give something useful or necessary to',
      '00660399 32 v 02 prioritize 0 prioritise 0 001 @ 00661824 v 0000 | assign a priority to',
      '01366444 35 v 02 hook 0 snare 0 001 @ 01296480 v 0000 | entice and trap',
      '02000000 35 v 03 utilize 0 utilise 0 apply 0 001 @ 01296480 v 0000 | put into service',
    ];
    const verbData = header + verbLines.map((line) => `${line}  \n`).join('');
    const at = (line: string): string => String(verbData.indexOf(line)).padStart(8, '0');
    const [provideSense = '', prioritizeSense = '', hookSense = '', applySense = ''] = verbLines;
    const verbIndex = [
      `provide v 1 1 @ 1 0 ${at(provideSense)}  `,
      `prioritize v 1 1 @ 1 0 ${at(prioritizeSense)}  `,
      `hook v 1 1 @ 1 0 ${at(hookSense)}  `,
      `apply v 1 1 @ 1 0 ${at(applySense)}  `,
    ].join('\n');
    const nouns = parseIndexLemmas('  1 This software\nhook n 1 1 @ 1 0 01234567  \nset_up n 1 1 @ 1 0 01234568  \n');
    expect([...nouns]).toEqual(['hook', 'set up']);
    const synonyms = parseVerbSynonyms(verbIndex, verbData, nouns);
    expect(synonyms.get('provide')).toEqual([['supply', 'render', 'furnish']]);
    // A noun too («hook»): its question may mean the noun.
    expect(synonyms.has('hook')).toBe(false);
    const dictionary: EnglishDictionary = {
      source: 'test',
      entries: new Map([
        ['provide', ['tilby']],
        ['supply', ['levere', 'forsyning']],
        ['furnish', ['møblere', 'levere']],
        ['render', ['gjengi']],
        ['prioritize', ['prioritere']],
        ['prioritise', ['prioritere']],
        ['apply', ['søke']],
        ['utilize', ['bruke']],
        ['utilise', ['bruke']],
      ]),
    };
    const extended = withWordnetEntries(dictionary, new Map(), new Map(), synonyms);
    expect(extended.entries.get('provide')).toEqual(['tilby', 'levere']);
    // Two spellings of one verb are one synonym, not two that agree.
    expect(extended.entries.get('apply')).toEqual(['søke']);
    expect(extended.entries.get('prioritize')).toEqual(['prioritere']);
  });

  it('reads single-word lemmas with their senses, leaving out multiword ones', () => {
    const senses = parseWordSenses(index, data);
    expect(senses.get('prioritize')).toEqual([['prioritize', 'prioritise']]);
    expect(senses.has('set up')).toBe(false);
  });

  it('gives a word no dictionary reads the translations of the direct-dictionary synonyms of its first sense that reaches one the corpus writes', () => {
    const dictionary: EnglishDictionary = {
      source: 'test',
      entries: new Map([
        ['obstacle', ['hindring', 'hinder']],
        ['yearly', ['årlig']],
        ['invoice', ['faktura']],
        ['measure', ['tiltak']],
        ['give', ['gi']],
        ['barrier', ['sperre']],
      ]),
      pivotHeadwords: new Set(['barrier']),
      uncertain: new Map([['approval', ['godkjenning']]]),
    };
    const nouns = new Map([
      ['hurdle', [['hurdle', 'obstacle']]],
      [
        'bill',
        [
          ['bill', 'measure'],
          ['bill', 'invoice'],
        ],
      ],
      ['obstacle', [['obstacle', 'hurdle']]],
      ['approval', [['approval', 'invoice']]],
      ['ux', [['ux', 'obstacle']]],
      ['behind', [['behind', 'obstacle']]],
      ['impediment', [['impediment', 'barrier']]],
      ['quote', [['quote', 'mention', 'obstacle']]],
    ]);
    const adjectives = new Map([
      ['annual', [['annual', 'yearly']]],
      ['giving', [['giving', 'yearly']]],
    ]);
    const written = new Set(['hindring', 'årlig', 'faktura', 'sperre']);
    const baseForms = (word: string): string[] => (word.endsWith('ing') ? [word, word.slice(0, -3), `${word.slice(0, -3)}e`] : [word]);
    const filled = withSynonymEntries(
      dictionary,
      [nouns, new Map(), adjectives],
      (norwegian) => written.has(norwegian),
      new Set(['behind']),
      baseForms,
      new Set(['mention']),
    );
    expect(filled.entries.get('hurdle')).toEqual(['hindring']);
    expect(filled.entries.get('annual')).toEqual(['årlig']);
    // The first sense reaches only a translation the corpus does not write («tiltak»): the second decides.
    expect(filled.entries.get('bill')).toEqual(['faktura']);
    expect(filled.pivotHeadwords?.has('hurdle')).toBe(true);
    // A doubtful reading already, a short word, an adverb, an inflected form, a pivot synonym only, a request word's synonym.
    for (const left of ['approval', 'ux', 'behind', 'giving', 'impediment', 'quote']) expect(filled.entries.has(left)).toBe(false);
    expect(filled.entries.get('obstacle')).toEqual(['hindring', 'hinder']);
  });
});
