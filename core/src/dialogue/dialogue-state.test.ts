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
