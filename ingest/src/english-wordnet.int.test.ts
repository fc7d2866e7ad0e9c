import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withWordnetEntries } from '@kildesvar/core';
import { DEFAULT_WORDNET_PATH, loadWordnet } from './english-wordnet';

const installed = existsSync(`${DEFAULT_WORDNET_PATH}/data.verb`);

describe('WordNet from the installed Debian package', () => {
  it.skipIf(!installed)('reads irregular forms and multiword verbs, and translates them through the dictionary', () => {
    const wordnet = loadWordnet();
    expect(wordnet.reason).toBeUndefined();
    if (!wordnet.exceptions) return;
    expect(wordnet.exceptions.get('meant')).toContain('mean');
    expect(wordnet.exceptions.get('children')).toContain('child');
    expect(wordnet.multiwordVerbs.get('set up')?.[0]).toEqual(expect.arrayContaining(['establish', 'found']));
    // Verbs only: «provide» with its most frequent sense's synonyms; «hook» is a noun too.
    expect(wordnet.verbSynonyms.get('provide')?.[0]).toEqual(expect.arrayContaining(['supply', 'furnish']));
    expect(wordnet.verbSynonyms.has('hook')).toBe(false);
    // Single words of every class with their senses' synonyms: «annual» beside «yearly», «invoice» beside «bill»; «behind» is an adverb.
    expect(wordnet.wordSenses[2]?.get('annual')?.flat()).toContain('yearly');
    expect(wordnet.wordSenses[0]?.get('invoice')?.flat()).toContain('bill');
    expect(wordnet.adverbs.has('behind')).toBe(true);
    const dictionary = {
      source: 'test',
      entries: new Map([
        ['establish', ['etablere']],
        ['mean', ['bety']],
        ['execute', ['utføre']],
      ]),
    };
    const extended = withWordnetEntries(dictionary, wordnet.exceptions, wordnet.multiwordVerbs);
    expect(extended.entries.get('set up')).toEqual(['etablere']);
    expect(extended.entries.get('carry out')).toEqual(['utføre']);
    expect(extended.entries.get('meant')).toEqual(['bety']);
  });

  it('says what is missing when WordNet is not installed', () => {
    const result = loadWordnet('/nonexistent/wordnet');
    expect(result.exceptions).toBeNull();
    expect(result.reason).toContain('/nonexistent/wordnet');
  });
});
