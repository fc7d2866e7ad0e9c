import { describe, expect, it } from 'vitest';
import type { TermSet } from '../retrieval/evidence';
import { stemOfOtherWord } from './stem-collision';

const sentence = (stems: string[], lemmas?: string[]): TermSet => ({
  stems: new Set(stems),
  numbers: new Set(),
  pairs: new Set(),
  ...(lemmas ? { lemmas: new Set(lemmas) } : {}),
});

describe('stemOfOtherWord', () => {
  it('finds a stem that another word of the sentence gives', () => {
    // «Når blir moderniseringen ferdig?» met by «… grunnleggende digitale ferdigheter …».
    expect(stemOfOtherWord('ferd', { lemmas: ['ferdig'], parts: [] }, sentence(['ferd', 'digital'], ['ferdighet', 'digital']))).toBe(true);
  });

  it('finds none where the word itself stands there', () => {
    expect(stemOfOtherWord('ferd', { lemmas: ['ferdig'], parts: [] }, sentence(['ferd', 'prosjekt'], ['ferdig', 'prosjekt']))).toBe(false);
    expect(stemOfOtherWord('ferd', { lemmas: ['ferdig'], parts: [] }, sentence(['ferd'], ['ferdig', 'ferdighet']))).toBe(false);
  });

  it('finds none without lemmas to compare or without the stem', () => {
    expect(stemOfOtherWord('ferd', { lemmas: [], parts: [] }, sentence(['ferd'], ['ferdighet']))).toBe(false);
    expect(stemOfOtherWord('ferd', { lemmas: ['ferdig'], parts: [] }, sentence(['ferd']))).toBe(false);
    expect(stemOfOtherWord('ferd', { lemmas: ['ferdig'], parts: [] }, sentence(['digital'], ['digital']))).toBe(false);
  });
});
