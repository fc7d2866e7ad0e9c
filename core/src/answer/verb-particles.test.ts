import { describe, expect, it } from 'vitest';
import { verbParticlesOf } from './verb-particles';

describe('verbParticlesOf', () => {
  it('reads a directional particle with the words of its clause just before it, among which its verb stands', () => {
    expect(verbParticlesOf('Kva slags omsorgsteknologiar blir lista opp i lysarka?')).toEqual([{ particle: 'opp', verbs: ['omsorgsteknologi', 'list'] }]);
    expect(verbParticlesOf('hvorfor snakker ikke systemene sammen?')).toEqual([{ particle: 'samm', verbs: ['snakk', 'system'] }]);
  });

  it('reads no particle where a clause ends before it or no word precedes it', () => {
    expect(verbParticlesOf('Hvilke sektorer, ut over helse, trekker KS fram?')).toEqual([{ particle: 'fram', verbs: ['trekk', 'ks'] }]);
    expect(verbParticlesOf('Opp til hvor mange kommuner?')).toEqual([]);
  });
});
