import { describe, expect, it } from 'vitest';
import { shownReading } from './shown-reading';

describe('shownReading', () => {
  it('puts the context of a frame read with context last', () => {
    expect(shownReading('kva skulle han leggje fram (om: Lærarforbundet møtet) – klokka 10.30?')).toBe(
      'kva skulle han leggje fram – klokka 10.30 (om: Lærarforbundet møtet)?',
    );
    expect(shownReading('What was the goal on it (about: open source) – for open standards – by 2009?')).toBe(
      'What was the goal on it – for open standards – by 2009 (about: open source)?',
    );
  });

  it('shows each context word once, whatever its case', () => {
    expect(shownReading('Are some still on paper (about: EPJ elektronisk pasientjournal Elektronisk)?')).toBe(
      'Are some still on paper (about: EPJ elektronisk pasientjournal)?',
    );
  });

  it('leaves a reading whose context already stands last, or that has none', () => {
    expect(shownReading('hvem står bak den (om: Digihjelpen)?')).toBe('hvem står bak den (om: Digihjelpen)?');
    expect(shownReading('Hva med Digihjelpen – hvem står bak det?')).toBe('Hva med Digihjelpen – hvem står bak det?');
  });
});
