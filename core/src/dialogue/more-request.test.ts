import { describe, expect, it } from 'vitest';
import { asksForMore } from './more-request';

describe('asksForMore', () => {
  it('reads requests to go on, in bokmål, nynorsk and English', () => {
    for (const question of [
      'kan du si mer om det?',
      'Fortell mer',
      'utdyp',
      'Kan du seie meir om dette?',
      'mer?',
      'Tell me more about it',
      'Could you elaborate?',
    ])
      expect(asksForMore(question), question).toBe(true);
  });

  it('does not read a question with words of its own, or a request that asks for nothing more', () => {
    for (const question of [
      'Hvorfor er jussen mer komplisert for kommunene?',
      'hvem betaler for det?',
      'kan du si det?',
      'Tell me more about Altinn',
      'har du et eksempel?',
    ])
      expect(asksForMore(question), question).toBe(false);
  });
});
