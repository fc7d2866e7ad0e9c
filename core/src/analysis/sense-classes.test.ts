import { describe, expect, it } from 'vitest';
import { otherClassSynonyms, senseClasses, thesaurusSenses, verbOrNot, wordClassesOf } from './sense-classes';

describe('wordClassesOf', () => {
  it('reads the first tag of each analysis, the verbs as one class and a participle as an adjective too', () => {
    expect(wordClassesOf(['dyr<adj><pos><nt><sg><ind>'])).toEqual(new Set(['adj']));
    expect(wordClassesOf(['hel<adj><pos><mfn><sg><def>', 'hele<vblex><inf>'])).toEqual(new Set(['adj', 'verb']));
    expect(wordClassesOf(['vedta<vblex><pp>'])).toEqual(new Set(['verb', 'adj']));
    expect(wordClassesOf(['skjerpe<adj><pp><pl>', 'utføre<adj><pprs>'])).toEqual(new Set(['adj', 'verb']));
    expect(wordClassesOf(['Norge<np><top><nt><sg><ind>', 'bli<vbmod><inf>'])).toEqual(new Set(['n', 'verb']));
    expect(wordClassesOf(['ukjent', 'x<sent>'])).toEqual(new Set());
  });
});

describe('verbOrNot', () => {
  it('compares a verb with everything else only', () => {
    expect(verbOrNot(new Set(['n', 'adj']))).toEqual(new Set(['other']));
    expect(verbOrNot(new Set(['verb', 'adj']))).toEqual(new Set(['verb', 'other']));
    expect(verbOrNot(new Set(['verb']))).toEqual(new Set(['verb']));
    expect(verbOrNot(new Set())).toEqual(new Set());
  });
});

describe('senseClasses', () => {
  const classes: Record<string, Set<string>> = {
    kreatur: new Set(['n']),
    menneske: new Set(['n']),
    plante: new Set(['n', 'verb']),
    kostbar: new Set(['adj']),
    verdifull: new Set(['adj']),
    flott: new Set(['adj', 'adv']),
  };
  const classesOf = (word: string) => classes[word];

  it('takes every class at least half of the read synonyms can be', () => {
    expect(senseClasses(['kreatur', 'menneske', 'plante', 'ukjent'], classesOf)).toEqual(new Set(['n']));
    expect(senseClasses(['kostbar', 'verdifull', 'flott'], classesOf)).toEqual(new Set(['adj']));
    expect(senseClasses(['plante', 'flott'], classesOf)).toEqual(new Set(['n', 'verb', 'adj', 'adv']));
  });

  it('is empty when no synonym is read', () => {
    expect(senseClasses(['ukjent'], classesOf)).toEqual(new Set());
  });
});

describe('otherClassSynonyms', () => {
  const noun = { classes: new Set(['n']), synonyms: ['menneske', 'person'] };
  const adjective = { classes: new Set(['adj']), synonyms: ['verdifull', 'person'] };

  it('gives the synonyms only senses of a class the form cannot be reach', () => {
    expect(otherClassSynonyms(new Set(['adj']), [adjective, noun])).toEqual(['menneske']);
    expect(otherClassSynonyms(new Set(['n']), [adjective, noun])).toEqual(['verdifull']);
  });

  it('drops nothing for a form of either class, of no known class, or a sense of no known class', () => {
    expect(otherClassSynonyms(new Set(['adj', 'n']), [adjective, noun])).toEqual([]);
    expect(otherClassSynonyms(new Set(), [adjective, noun])).toEqual([]);
    expect(otherClassSynonyms(new Set(['verb']), [{ classes: new Set(), synonyms: ['menneske'] }])).toEqual([]);
  });
});

describe('thesaurusSenses', () => {
  it('keeps each sense of a headword apart, single words and reflexive verbs only', () => {
    const text = ['ISO8859-1', 'dyr|2', '-|kostbar|ikke billig|verdifull', '-|kreatur|menneske', 'forvente|1', '-|vente seg|regne med', ''].join('\n');
    expect(thesaurusSenses(text)).toEqual(
      new Map([
        [
          'dyr',
          [
            ['kostbar', 'verdifull'],
            ['kreatur', 'menneske'],
          ],
        ],
        ['forvente', [['vente']]],
      ]),
    );
  });
});
