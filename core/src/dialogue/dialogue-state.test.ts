import { describe, expect, it } from 'vitest';
import { dialogueOf } from './dialogue-state';

describe('dialogueOf', () => {
  it('keeps the last answer without its sentences about refused parts, in every answer language', () => {
    const turn = (answer: string) =>
      dialogueOf([
        { role: 'user', content: 'Hvem eier KS Digital, og når ble selskapet etablert?' },
        { role: 'assistant', content: answer },
        { role: 'user', content: 'Hva gjør de?' },
      ]).previous[0]?.answer;
    expect(turn('KS Digital eies av KS. [1] Dokumentene svarer ikke på «når ble selskapet etablert».')).toBe('KS Digital eies av KS. [1]');
    expect(turn('Dokumenta svarar ikkje på «kven eig KS Digital». Selskapet vart etablert i 2023. [1]')).toBe('Selskapet vart etablert i 2023. [1]');
    expect(turn('From the Norwegian documents: KS owns it. [1] The documents do not answer «when was it founded».')).toBe(
      'From the Norwegian documents: KS owns it. [1]',
    );
    // The quoted passages themselves stay, guillemets and all.
    expect(turn('Tjenesten heter «Digihjelpen». [1]')).toBe('Tjenesten heter «Digihjelpen». [1]');
  });
});

describe('dialogueOf after a refusal', () => {
  it('reads a reply that quotes nothing as no answer, in every answer language', () => {
    const turn = (answer: string) =>
      dialogueOf([
        { role: 'user', content: 'Hvor lenge har ehandel.no eksistert?' },
        { role: 'assistant', content: answer },
        { role: 'user', content: 'Hvorfor har veksten vært svak?' },
      ]).previous[0];
    expect(turn('Jeg finner ikke svar på dette i dokumentene. De nærmeste passasjene er listet som mulig relevante.')).toEqual({
      question: 'Hvor lenge har ehandel.no eksistert?',
      answer: '',
    });
    expect(turn('Dokumenta seier ikkje om det er slik. Dei næraste passasjane er lista som mogleg relevante.')?.answer).toBe('');
    expect(turn('I could not find an answer to this in the documents. The closest passages are listed as possibly related.')?.answer).toBe('');
    expect(turn('Markedsplassen ble etablert i 2002. [1]')?.answer).toBe('Markedsplassen ble etablert i 2002. [1]');
  });
});
