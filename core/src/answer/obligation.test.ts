import { describe, expect, it } from 'vitest';
import { modalityAsked, statesModality } from './obligation';

describe('modalityAsked', () => {
  it('reads a question asking whether something is required or left free', () => {
    expect(modalityAsked('Er det lovpålagt for fylka å ha ein slik plan?')).toBe('duty');
    expect(modalityAsked('Er skolene pålagt å bruke den nye portalen?')).toBe('duty');
    expect(modalityAsked('Må kommunene betale for kurset?')).toBe('duty');
    expect(modalityAsked('Is it mandatory for schools to report the figures?')).toBe('duty');
    expect(modalityAsked('Er det frivillig å bli med i ordningen?')).toBe('duty');
  });

  it('reads a question asking whether someone may do a thing', () => {
    expect(modalityAsked('Kan skolene selv velge leverandør?')).toBe('permission');
    expect(modalityAsked('Har fylket lov til å selge dataene?')).toBe('permission');
    expect(modalityAsked('Are schools allowed to keep the records?')).toBe('permission');
  });

  it('reads no modality in a question that asks for something else', () => {
    expect(modalityAsked('Bruker kommunene den nye portalen?')).toBeNull();
    expect(modalityAsked('Hva må til for at portalen skal virke?')).toBeNull();
    expect(modalityAsked('Er det mulig å søke digitalt?')).toBeNull();
  });
});

describe('statesModality', () => {
  it('finds a duty, a requirement or its absence', () => {
    expect(statesModality('Alle skoler skal rapportere tallene innen mars.', 'duty')).toBe(true);
    expect(statesModality('Det stilles ingen krav til fylkene om dette.', 'duty')).toBe(true);
    expect(statesModality('Deltakelse i ordningen er frivillig.', 'duty')).toBe(true);
  });

  it('finds a permission only where one is asked', () => {
    expect(statesModality('Skolene kan velge leverandør fritt.', 'permission')).toBe(true);
    expect(statesModality('Skolene kan velge leverandør fritt.', 'duty')).toBe(false);
  });

  it('finds none where a text only tells what is done or offered', () => {
    expect(statesModality('Departementet gir fylkene penger til kurs, og mange har tatt dem i bruk.', 'duty')).toBe(false);
    expect(statesModality('Registeret inneholder adressene til alle innbyggere.', 'permission')).toBe(false);
  });
});
