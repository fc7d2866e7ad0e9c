import { describe, expect, it } from 'vitest';
import { prefixedParticleVerbs, prefixedVerbCandidates } from './prefixed-verbs';

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
