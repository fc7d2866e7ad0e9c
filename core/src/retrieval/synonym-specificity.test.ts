import { describe, expect, it } from 'vitest';
import { specificityShare } from './synonym-specificity';

describe('specificityShare', () => {
  it('gives a synonym listed as often as is typical the full share', () => {
    expect(specificityShare(20, 20)).toBe(1);
  });

  it('gives a synonym listed under many headwords less, never below a quarter', () => {
    expect(specificityShare(40, 20)).toBe(0.5);
    expect(specificityShare(400, 20)).toBe(0.25);
  });

  it('gives a synonym listed under few headwords more, at most twice the share', () => {
    expect(specificityShare(10, 20)).toBe(2);
    expect(specificityShare(1, 20)).toBe(2);
    expect(specificityShare(16, 20)).toBe(1.25);
  });

  it('leaves a synonym no headword lists at the full share', () => {
    expect(specificityShare(0, 20)).toBe(1);
  });
});
