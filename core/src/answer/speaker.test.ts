import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import { speakerAsked } from './speaker';

describe('speakerAsked', () => {
  it('reads the named body whose view a Norwegian question asks for', () => {
    expect(speakerAsked('hva sier Tilsynet om den planen?')).toEqual(analyze('Tilsynet'));
    expect(speakerAsked('Kva meiner Fagrådet Vest om dette?')).toEqual(analyze('Fagrådet Vest'));
    expect(speakerAsked('Noko anna: kva skreiv Utvalet om finansieringa?')).toEqual(analyze('Utvalet'));
    expect(speakerAsked('Og hva anbefaler KS om anskaffelser?')).toEqual(analyze('KS'));
  });

  it('reads the speaker of an English question between the auxiliary and the saying verb', () => {
    expect(speakerAsked('What does the Tax Office think about it?')).toEqual(analyze('Tax Office'));
    expect(speakerAsked('and what did KS recommend?')).toEqual(analyze('KS'));
  });

  it('reads no speaker where the question asks no one’s view', () => {
    expect(speakerAsked('Hva sier reglene om dette?')).toEqual([]);
    expect(speakerAsked('What does the Portal give access to?')).toEqual([]);
    expect(speakerAsked('Hvem sier at Tilsynet har ansvaret?')).toEqual([]);
    expect(speakerAsked('Hva er det Tilsynet gjør?')).toEqual([]);
  });
});
