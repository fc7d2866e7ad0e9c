import { describe, expect, it } from 'vitest';
import { stem } from './stem';

describe('stem', () => {
  it('stems inflections the Snowball way', () => {
    expect(stem('kommunene')).toBe('kommun');
    expect(stem('utfordringar')).toBe('utfordring');
    expect(stem('vennlig')).toBe('venn');
  });

  it('keeps «-lege» and «-lov» as the compound heads they are, not suffixes', () => {
    expect(stem('fastlegen')).toBe('fastleg');
    expect(stem('fastlegene')).toBe(stem('fastlege'));
    expect(stem('fastlegen')).not.toBe(stem('fast'));
    expect(stem('helsepersonelloven')).toBe('helsepersonellov');
    expect(stem('personopplysningsloven')).toBe(stem('personopplysningslov'));
    expect(stem('kollegene')).toBe('kolleg');
  });

  it('leaves numbers alone', () => {
    expect(stem('2019')).toBe('2019');
  });
});
