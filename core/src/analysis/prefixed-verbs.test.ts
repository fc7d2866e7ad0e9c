import { describe, expect, it } from 'vitest';
import { particleKin, prefixedParticleVerbs, prefixedVerbCandidates, togetherKin } from './prefixed-verbs';

describe('prefixedParticleVerbs', () => {
  const verbs = new Set(['knytte', 'følge', 'ta', 'holde']);

  it('reads a prefixed verb or its action noun back into verb and particle', () => {
    expect(prefixedParticleVerbs(['tilknytte', 'oppfølging', 'motta'], verbs)).toEqual({
      'knytte til': ['tilknytte'],
      'følge opp': ['oppfølging'],
      'ta mot': ['motta'],
    });
  });

  it('reads «videre» as a particle, in either written standard', () => {
    expect(prefixedParticleVerbs(['videreutvikle', 'videreføre'], new Set(['utvikle', 'føre']))).toEqual({
      'utvikle videre': ['videreutvikle'],
      'utvikle vidare': ['videreutvikle'],
      'føre videre': ['videreføre'],
      'føre vidare': ['videreføre'],
    });
  });

  it('leaves inseparable prefixes and rests that are no verb alone', () => {
    expect(prefixedParticleVerbs(['forholde', 'avdeling', 'utvalg'], verbs)).toEqual({});
  });

  it('asks about every rest a particle leaves', () => {
    expect(prefixedVerbCandidates(['oppfølging', 'kommune'])).toEqual(['følging', 'følge', 'følg']);
  });
});

describe('particleKin', () => {
  // A toy lemma table: present-tense forms read as finite verbs of their lemma; «utgang» a noun only.
  const lemmaOf: Record<string, string> = { kobler: 'koble', tilkobler: 'tilkoble', legger: 'legge', pålegger: 'pålegge' };
  const sources = {
    isFiniteVerb: (form: string) => form in lemmaOf,
    lemmasOf: (form: string) => (lemmaOf[form] ? [lemmaOf[form]] : []),
    corpusWrites: (lemma: string) => ['tilkoble', 'pålegge', 'utgang', 'legge', 'koble'].includes(lemma),
  };

  it('links a verb to its particle-prefixed form the corpus writes', () => {
    expect(particleKin(['koble'], sources)).toEqual(['tilkoble']);
  });

  it('links no noun, and no prefixed verb back to its plain verb', () => {
    expect(particleKin(['gang'], sources)).toEqual([]);
    expect(particleKin(['pålegge'], sources)).toEqual([]);
    expect(particleKin(['tilkoble'], sources)).toEqual([]);
  });
});

describe('togetherKin', () => {
  // A toy lemma table: present-tense forms read as finite verbs of their lemma.
  const lemmaOf: Record<string, string> = { arbeider: 'arbeide', spiller: 'spille', ler: 'le' };
  const sources = {
    isFiniteVerb: (form: string) => form in lemmaOf,
    lemmasOf: (form: string) => (lemmaOf[form] ? [lemmaOf[form]] : []),
    corpusWrites: (lemma: string) => lemma !== 'samspille',
    lemmasStartingWith: () => ['samarbeid', 'samarbeide', 'samfunn', 'samle', 'samme', 'sammenligne', 'samspill', 'samspille'],
  };

  it("reads «sammen» / «saman» as the texts' «sam-» words of a verb or its noun", () => {
    expect(togetherKin(['sammen'], sources)).toEqual(['samarbeid', 'samarbeide', 'samspill']);
    expect(togetherKin(['saman'], sources)).toEqual(['samarbeid', 'samarbeide', 'samspill']);
  });

  it('reads no «sam-» word whose rest is no verb, nor any for another word', () => {
    expect(togetherKin(['sammen'], sources)).not.toContain('samfunn');
    expect(togetherKin(['sammen'], sources)).not.toContain('samle');
    expect(togetherKin(['arbeide'], sources)).toEqual([]);
  });
});
