import { describe, expect, it } from 'vitest';
import { asksFutureWhen, datesOnlyPast, type TenseReader } from './past-date';

// A few words as the index's language data reads them: Apertium's finite verbs and the lemma tables.
const finite = new Set(['la', 'lanserer', 'lanserte', 'er', 'har', 'viser', 'takker', 'kjem', 'ble']);
const lemmas: Record<string, string[]> = { la: ['la', 'legge'], gitt: ['gi'], blitt: ['bli'], lanserer: ['lansere'], lanserte: ['lansere'], kjem: ['komme'] };
const reader: TenseReader = { finiteVerb: (word) => finite.has(word), lemmasOf: (word) => lemmas[word] ?? [] };

describe('asksFutureWhen', () => {
  it('reads a when-question with a modal of the future', () => {
    expect(asksFutureWhen('Når skal den strategien være ferdig?')).toBe(true);
    expect(asksFutureWhen('Kva tid skal dei levere planen?')).toBe(true);
    expect(asksFutureWhen('When will the plan be finished?')).toBe(true);
  });
  it('leaves a question about the past or without a modal', () => {
    expect(asksFutureWhen('Når ble strategien lagt frem?')).toBe(false);
    expect(asksFutureWhen('Hva skal strategien gjøre?')).toBe(false);
  });
});

describe('datesOnlyPast', () => {
  it('reads a strong past after a fronted date', () => {
    expect(datesOnlyPast('I januar 2019 la regjeringen frem en nasjonal strategi.', reader)).toBe(true);
  });
  it('reads a perfect with its participle and a weak past', () => {
    expect(datesOnlyPast('Rådet er et organ der KS har blitt gitt en rolle på Landstinget i februar 2020.', reader)).toBe(true);
    expect(datesOnlyPast('Regjeringen lanserte strategien i juni 2019.', reader)).toBe(true);
  });
  it('lets a present or a modal beside the date pass', () => {
    expect(datesOnlyPast('Regjeringen lanserer en strategi tidlig i 2020.', reader)).toBe(false);
    expect(datesOnlyPast('Strategien skal være ferdig i 2021.', reader)).toBe(false);
    expect(datesOnlyPast('KS har ansvar for tjenesten i 2021.', reader)).toBe(false);
  });
  it('reads a word after a preposition as a noun', () => {
    expect(datesOnlyPast('Vi viser til møte med rådet den 23. januar 2026.', { ...reader, finiteVerb: (word) => word === 'rådet' })).toBe(false);
  });
  it('needs a dated past verb', () => {
    expect(datesOnlyPast('Regjeringen la frem en strategi.', reader)).toBe(false);
  });
});
