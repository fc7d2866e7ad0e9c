import { describe, expect, it } from 'vitest';
import { dialogueOf } from './dialogue-state';
import { answerQuotes } from './answer-quotes';

describe('answerQuotes', () => {
  it('splits an answer at its citation marks, the first few quotes', () => {
    expect(answerQuotes('Markedsplassen ble etablert i 2002. [1] Veksten har vært svakere enn ventet. [2]')).toEqual([
      'Markedsplassen ble etablert i 2002.',
      'Veksten har vært svakere enn ventet.',
    ]);
  });

  it('reads a reply cut inside its first quote (no citation mark left) as that quote', () => {
    const list = `De overordnede målene ligger fast: ${'Innbyggerne skal ha tilgang på enkle og sikre digitale tjenester; '.repeat(6)}`;
    const answer =
      dialogueOf([
        { role: 'user', content: 'Hva er de overordnede målene?' },
        { role: 'assistant', content: `${list.trim()} [1] Strategien bygger på meldingen. [2]` },
        { role: 'user', content: 'Hvilken stortingsmelding er det vist til?' },
      ]).previous[0]?.answer ?? '';
    const quotes = answerQuotes(answer);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatch(/^De overordnede målene ligger fast: Innbyggerne/u);
  });

  it('finds no quote in an empty reply', () => {
    expect(answerQuotes('')).toEqual([]);
  });
});
