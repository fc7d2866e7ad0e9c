import { describe, expect, it } from 'vitest';
import { verbParticlesOf } from './verb-particles';

describe('verbParticlesOf', () => {
  it('reads a directional particle with the words of its clause just before it, among which its verb stands', () => {
    expect(verbParticlesOf('Kva slags tiltak blir sett opp i budsjettet?')).toEqual([{ particle: 'opp', verbs: ['tiltak', 'sett'] }]);
    expect(verbParticlesOf('hvorfor jobber ikke etatene sammen?')).toEqual([{ particle: 'samm', verbs: ['jobb', 'etat'] }]);
  });

  it('reads no particle where a clause ends before it or no word precedes it', () => {
    expect(verbParticlesOf('Hvilke sektorer, ut over helse, trekker KS fram?')).toEqual([{ particle: 'fram', verbs: ['trekk', 'ks'] }]);
    expect(verbParticlesOf('Opp til hvor mange kommuner?')).toEqual([]);
  });
});
