import { describe, expect, it } from 'vitest';
import { asksForDecision, statesDecision } from './decision';

describe('asksForDecision', () => {
  it('reads a yes/no question whose own verb is one of deciding, approving or enacting', () => {
    expect(asksForDecision('Har kommunestyret vedtatt budsjettet?')).toBe(true);
    expect(asksForDecision('Ble den nye forskrifta vedteken?')).toBe(true);
    expect(asksForDecision('Har fylket godteke forslaget frå utvalet?')).toBe(true);
    expect(asksForDecision('Er det bestemt hvor kontoret skal ligge?')).toBe(true);
    expect(asksForDecision('Vedtok Stortinget endringen i fjor?')).toBe(true);
    expect(asksForDecision('Was the new regulation approved?')).toBe(true);
    expect(asksForDecision('And has the board decided on a supplier?')).toBe(true);
  });

  it('reads no decision asked where the word stands further in or is no verb of the question', () => {
    expect(asksForDecision('Vil fylket ha en ordning der appene blir godkjent sentralt?')).toBe(false);
    expect(asksForDecision('Hva sier vedtaket om skolene?')).toBe(false);
    expect(asksForDecision('Har kommunen tatt i bruk løsningen?')).toBe(false);
  });
});

describe('statesDecision', () => {
  it('finds a word of deciding, approving or coming into force', () => {
    expect(statesDecision('Planen ble vedtatt av bystyret i mars.')).toBe(true);
    expect(statesDecision('Loven trådte i kraft 1. januar.')).toBe(true);
    expect(statesDecision('The board approved the budget.')).toBe(true);
  });

  it('finds none in a text on what was proposed or done', () => {
    expect(statesDecision('Forslaget ble sendt på høring i fjor høst.')).toBe(false);
    expect(statesDecision('Fylket vil bruke mer penger på skolene.')).toBe(false);
  });
});
