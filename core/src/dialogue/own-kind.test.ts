import { describe, expect, it } from 'vitest';
import { bringsOwnFrame, kindAskedByFragment } from './own-kind';

describe('kindAskedByFragment', () => {
  it('reads the kind a fragment asks for by its head noun (bokmål, nynorsk, English)', () => {
    expect(kindAskedByFragment('Og målet for elevene med frist 2008')).toBe('goal');
    expect(kindAskedByFragment('og fristen for å dokumentere gevinstene')).toBe('time');
    expect(kindAskedByFragment('And the price per signature for a municipality')).toBe('amount');
    expect(kindAskedByFragment('kva med talet på arbeidstakarar')).toBe('count');
    expect(kindAskedByFragment('og føremålet med ordninga')).toBe('purpose');
  });

  it('reads none for a fragment that opens with a name, a preposition or a year', () => {
    expect(kindAskedByFragment('Og Bergen')).toBeNull();
    expect(kindAskedByFragment('og i videregående')).toBeNull();
    expect(kindAskedByFragment('And in 2021')).toBeNull();
  });
});

describe('bringsOwnFrame', () => {
  it('holds for a fragment asking another kind than the last question frames', () => {
    expect(bringsOwnFrame('Og målet for elevene med frist 2008', 'Hvor mye koster det å oppgradere linjen på en skole?')).toBe(true);
    expect(bringsOwnFrame('og fristen for planen', 'Hvem har ansvaret for planen?')).toBe(true);
  });

  it('does not hold for the same kind, nor after a frame that asks no kind', () => {
    expect(bringsOwnFrame('og andelen med GPS', 'Hvor stor andel har digitalt tilsyn?')).toBe(false);
    expect(bringsOwnFrame('og målet for kommunane', 'Kvifor trengst det?')).toBe(false);
    expect(bringsOwnFrame('og Bergen', 'Hvor mye koster det?')).toBe(false);
  });
});
