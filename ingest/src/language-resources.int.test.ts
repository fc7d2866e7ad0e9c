import { describe, expect, it } from 'vitest';
import { buildLanguageResources } from './language-resources';

describe('buildLanguageResources', () => {
  it('reads a name the texts write capitalised as Apertium knows it, so its nynorsk form gets the bokmål lemma', async () => {
    const resources = await buildLanguageResources({
      texts: [{ text: 'Norge trenger felles løsninger. Kommunene i Norge samarbeider.', source: 'test' }],
    });
    expect(resources.lemmas.norge).toContain('norge');
    expect(resources.lemmas.noreg).toContain('norge');
  }, 120_000);

  it('keeps the multiword verbs of the bilingual dictionary', async () => {
    const resources = await buildLanguageResources({ texts: [{ text: 'Kjernejournalen skal utredes.', source: 'test' }] });
    // «utrede» is «greie ut» in nynorsk.
    expect(resources.particleVerbs['greie ut']).toEqual(['utrede']);
  }, 120_000);

  it('does not read a word the texts write only in lower case as a name', async () => {
    const resources = await buildLanguageResources({ texts: [{ text: 'vi bor i norge og bergen.', source: 'test' }] });
    expect(resources.lemmas.norge).toBeUndefined();
  }, 120_000);

  it('reads the strong and irregular pasts of the corpus’s verbs, bokmål and nynorsk, as their lemma', async () => {
    const resources = await buildLanguageResources({ texts: [{ text: 'Utvalget skal finne løsninger og si hva som må gå bedre.', source: 'test' }] });
    for (const [form, lemma] of [
      ['fant', 'finne'],
      ['fann', 'finne'],
      ['sa', 'si'],
      ['sier', 'si'],
      ['gikk', 'gå'],
      ['gjekk', 'gå'],
    ] as const)
      expect(resources.lemmas[form], form).toContain(lemma);
    expect(resources.finiteVerbs).toEqual(expect.arrayContaining(['fant', 'sa', 'gikk', 'gjekk']));
  }, 120_000);
});
