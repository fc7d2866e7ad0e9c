import { describe, expect, it } from 'vitest';
import { asksPerUnit, statesPerUnit } from './per-unit';

describe('asksPerUnit', () => {
  it('reads an amount asked per unit of something', () => {
    expect(asksPerUnit('Hva fikk hvert bibliotek i tilskudd?')).toBe(true);
    expect(asksPerUnit('Kor mykje fekk kvar av biblioteka?')).toBe(true);
    expect(asksPerUnit('How much was each of the libraries given?')).toBe(true);
    expect(asksPerUnit('Hva koster lisensen per elev?')).toBe(true);
  });

  it('does not read a rate per unit of time, nor a question with no distributive', () => {
    expect(asksPerUnit('Hvor mye koster det per år?')).toBe(false);
    expect(asksPerUnit('How much does it cost each month?')).toBe(false);
    expect(asksPerUnit('Hva fikk bibliotekene i tilskudd?')).toBe(false);
  });
});

describe('statesPerUnit', () => {
  it('finds a figure per unit or on average', () => {
    expect(statesPerUnit('Hvert bibliotek fikk 50 000 kroner.')).toBe(true);
    expect(statesPerUnit('Biblioteka fekk i snitt 40 000 kroner.')).toBe(true);
    expect(statesPerUnit('The libraries got 10 000 euro apiece.')).toBe(true);
  });

  it('finds none in a total shared among many', () => {
    expect(statesPerUnit('Fylket delte ut tre millioner kroner til 20 bibliotek.')).toBe(false);
  });
});
