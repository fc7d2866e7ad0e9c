import { describe, expect, it } from 'vitest';
import { asksForObligation, statesObligation } from './obligation';

describe('asksForObligation', () => {
  it('reads a question asking whether something is required or left free', () => {
    expect(asksForObligation('Er det lovpålagt for fylka å ha ein slik plan?')).toBe(true);
    expect(asksForObligation('Er skolene pålagt å bruke den nye portalen?')).toBe(true);
    expect(asksForObligation('Må kommunene betale for kurset?')).toBe(true);
    expect(asksForObligation('Is it mandatory for schools to report the figures?')).toBe(true);
    expect(asksForObligation('Er det frivillig å bli med i ordningen?')).toBe(true);
  });

  it('reads no duty in a question that asks for something else', () => {
    expect(asksForObligation('Bruker kommunene den nye portalen?')).toBe(false);
    expect(asksForObligation('Hva må til for at portalen skal virke?')).toBe(false);
  });
});

describe('statesObligation', () => {
  it('finds a duty, a requirement or its absence', () => {
    expect(statesObligation('Alle skoler skal rapportere tallene innen mars.')).toBe(true);
    expect(statesObligation('Det stilles ingen krav til fylkene om dette.')).toBe(true);
    expect(statesObligation('Deltakelse i ordningen er frivillig.')).toBe(true);
  });

  it('finds none where a text only tells what is done or offered', () => {
    expect(statesObligation('Departementet gir fylkene penger til kurs, og mange har tatt dem i bruk.')).toBe(false);
  });
});
