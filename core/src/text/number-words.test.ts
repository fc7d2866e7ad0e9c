import { describe, expect, it } from 'vitest';
import { formatNumberValue, norwegianCardinal, numberWordValues, readNumberWords } from './number-words';

const values = (text: string, language: 'no' | 'en' = 'no') => readNumberWords(text, language).map((mention) => mention.value);

describe('readNumberWords', () => {
  it('reads bokmål and nynorsk cardinals, alone and with scale words', () => {
    expect(values('tre ganger så mange')).toEqual([3]);
    expect(values('tre gonger så mange')).toEqual([3]);
    expect(values('for to nye år')).toEqual([2]);
    expect(values('de siste tjue årene')).toEqual([20]);
    expect(values('tjuefem kommuner')).toEqual([25]);
    expect(values('to hundre og femti brukere')).toEqual([250]);
    expect(values('tre tusen ansatte')).toEqual([3000]);
    expect(values('tohundre skoler')).toEqual([200]);
  });

  it('reads amounts of digits and a scale word, and halves of a scale', () => {
    expect(values('rundt en halv milliard kroner')).toEqual([500_000_000]);
    expect(values('ein halv milliard')).toEqual([500_000_000]);
    expect(values('spare 12 millioner per år')).toEqual([12_000_000]);
    expect(values('1,5 mrd. kroner')).toEqual([1_500_000_000]);
    expect(values('halvannen million')).toEqual([1_500_000]);
    expect(values('en million innbyggere')).toEqual([1_000_000]);
  });

  it('reads ordinals from the third on, doubling and halves', () => {
    expect(values('det fjerde arkitekturprinsippet')).toEqual([4]);
    expect(values('dobbelt så mange')).toEqual([2]);
    expect(values('halvparten av kommunene')).toEqual([0.5]);
    expect(values('den første og den andre')).toEqual([]);
  });

  it('joins a half to the count before it, also under a scale word, in bokmål, nynorsk and English', () => {
    expect(values('fire og en halv milliard')).toEqual([4_500_000_000]);
    expect(values('to og ein halv million')).toEqual([2_500_000]);
    expect(values('ett og et halvt år')).toEqual([1.5]);
    expect(values('tre og eit halvt prosent')).toEqual([3.5]);
    expect(values('two and a half billion', 'en')).toEqual([2_500_000_000]);
    expect(numberWordValues('fire og en halv milliard')).toEqual(numberWordValues('4,5 mrd.').filter((value) => value !== '4,5'));
  });

  it('reads every multiple written in one word, and the abbreviations and definite plurals of the scale words', () => {
    expect(values('blir femdoblet')).toEqual([5]);
    expect(values('kostnadene tredobles')).toEqual([3]);
    expect(values('ei tidobling')).toEqual([10]);
    expect(values('en fordobling')).toEqual([2]);
    expect(values('a fivefold increase', 'en')).toEqual([5]);
    expect(values('300 MNOK')).toEqual([300_000_000]);
    expect(values('de fem millionene')).toEqual([5_000_000]);
    expect(values('dobbeltarbeid og ledobbel')).toEqual([]);
  });

  it('reads English numerals without taking «to», «fire» or «one» for numbers', () => {
    expect(values('half a billion kroner', 'en')).toEqual([500_000_000]);
    expect(values('twice as many', 'en')).toEqual([2]);
    expect(values('three times more', 'en')).toEqual([3]);
    expect(values('twenty-five municipalities', 'en')).toEqual([25]);
    expect(values('the fifth principle', 'en')).toEqual([5]);
    expect(values('to report a fire at one school', 'en')).toEqual([]);
    expect(values('half of the municipalities', 'en')).toEqual([0.5]);
  });

  it('leaves digits alone and words that only look like numerals in Norwegian articles', () => {
    expect(values('I 2009 fikk 400 kommuner en ny løsning')).toEqual([]);
    expect(values('Det er ei god løsning')).toEqual([]);
  });

  it('gives the offsets of the words it read', () => {
    const text = 'Det koster en halv milliard kroner.';
    const [mention] = readNumberWords(text);
    expect(mention && text.slice(mention.start, mention.end)).toBe('en halv milliard');
  });
});

describe('numberWordValues', () => {
  it('writes values as extractNumbers writes digits, a half also as 50 per cent', () => {
    expect(numberWordValues('en halv milliard og halvparten')).toEqual(['500000000', '0,5', '50']);
    expect(formatNumberValue(1.5)).toBe('1,5');
  });
});

describe('norwegianCardinal', () => {
  it('writes a cardinal from 2 to 99 as the one bokmål word that reads back to it, none for a value bokmål writes with «en»', () => {
    expect([2, 7, 16, 20, 24, 65, 74, 99].map(norwegianCardinal)).toEqual(['to', 'sju', 'seksten', 'tjue', 'tjuefire', 'sekstifem', 'syttifire', 'nittini']);
    expect([1, 21, 100, 2.5].map(norwegianCardinal)).toEqual([undefined, undefined, undefined, undefined]);
  });
});
