import { describe, expect, it } from 'vitest';
import { asksForAchievement, asksIfHappened, asksWhenHappened, setsGoalOnly } from './goal-reached';

describe('questions asking what was achieved', () => {
  it('are read from a past form of a verb of achieving, in bokmål, nynorsk and English', () => {
    expect(asksForAchievement('Hvor mange sykehus klarte fristen for journalbytte i 2013?')).toBe(true);
    expect(asksForAchievement('Ble det målet nådd?')).toBe(true);
    expect(asksForAchievement('Klarde kommunane det?')).toBe(true);
    expect(asksForAchievement('did they actually reach it?')).toBe(true);
    expect(asksForAchievement('Which targets were achieved by 2009?')).toBe(true);
    expect(asksForAchievement('Når skal systemet være klart til bruk?')).toBe(false);
    expect(asksForAchievement('How many online services can you reach with ID-porten?')).toBe(false);
    expect(asksForAchievement('Hva mener KS faktisk om dette?')).toBe(false);
  });

  it('are read from an adverb of reality after a past or perfect auxiliary, not after a copula, a present or a modal', () => {
    expect(asksForAchievement('Ble det faktisk gjennomført for alle skolene?')).toBe(true);
    expect(asksForAchievement('har fylkene faktisk innført ordningen?')).toBe(true);
    expect(asksForAchievement('Hvor mange kommunar hadde verkeleg fått det på plass?')).toBe(true);
    expect(asksForAchievement('Has the agency really opened the office?')).toBe(true);
    expect(asksForAchievement('Hva var faktisk målet med planen?')).toBe(false);
    expect(asksForAchievement('Blir brukerne faktisk spurt?')).toBe(false);
    expect(asksForAchievement('Hvorfor må skolene faktisk ha en plan?')).toBe(false);
  });

  it('ask whether a thing happened when a past auxiliary opens a yes/no question that names no goal', () => {
    expect(asksIfHappened('Ble ordningen innført i alle fylker?')).toBe(true);
    expect(asksIfHappened('og vart lova endra i 2010?')).toBe(true);
    expect(asksIfHappened('Did they sign the contract?')).toBe(true);
    expect(asksIfHappened('Did the plan also aim at trying out e-voting?')).toBe(false);
    expect(asksIfHappened('Ble det satt et mål om bredbånd til alle?')).toBe(false);
    expect(asksIfHappened('Blir ordningen innført i alle fylker?')).toBe(false);
    expect(asksIfHappened('Når ble ordningen innført?')).toBe(false);
  });

  it('are not answered by a sentence that only sets the goal', () => {
    expect(setsGoalOnly('I løpet av 2007 skal alle kommunale nettsteder oppfylle kvalitetskriteriene.')).toBe(true);
    expect(setsGoalOnly('KS vil utvikle veiledningsmateriell for skoleledere.')).toBe(true);
    expect(setsGoalOnly('Målet ble nådd i 2008, da 80 prosent av kommunene hadde nettsteder.')).toBe(false);
    expect(setsGoalOnly('I 2007 hadde 60 prosent av kommunene elektronisk fakturering.')).toBe(false);
  });
});

describe('questions asking when a thing happened', () => {
  const finite = (word: string): boolean => ['startet', 'møttes', 'lanserte'].includes(word);
  it('are read from a question word of time before a past verb', () => {
    expect(asksWhenHappened('når ble Norge digitalt opprettet?')).toBe(true);
    expect(asksWhenHappened('Hvilket år kom det heftet ut?')).toBe(true);
    expect(asksWhenHappened('og når startet de kursene?', finite)).toBe(true);
    expect(asksWhenHappened('In what year did the agency open the office?')).toBe(true);
  });
  it('are not read from a present or modal verb, nor from a question naming a goal', () => {
    expect(asksWhenHappened('Når skal utvalget være ferdig?')).toBe(false);
    expect(asksWhenHappened('Når skulle kommunene ha gjennomført planleggingen?')).toBe(false);
    expect(asksWhenHappened('Når blir ordningen innført?')).toBe(false);
    expect(asksWhenHappened('Når ble målet for bredbånd satt?')).toBe(false);
    expect(asksWhenHappened('Når startet de kursene?')).toBe(false);
    expect(asksWhenHappened('Hva ble innført i 2010?')).toBe(false);
    expect(asksWhenHappened('When was the deadline for the report?')).toBe(false);
  });
});
