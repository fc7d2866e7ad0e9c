import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../schemas';
import { titleReferenceOf, titleWordsOf } from './document-titles';

const entry = (file: string, title: string): CatalogEntry => ({ file, title, publisher: 'KS', year: 2009, language: 'nb', description: '' });
const titled = titleWordsOf(
  [entry('a.txt', 'eKommune 2009 – det digitale spranget'), entry('b.txt', 'Digital kompetanse i helse og omsorg'), entry('c.txt', 'KS sitt innspill')],
  new Map([['c.txt', new Set(['ks'])]]),
);
const words = (question: string) => [...question.matchAll(/\p{L}[\p{L}\p{N}'’-]*/gu)].map((match) => match[0]);

describe('document titles', () => {
  it("keeps as a title's own the words no other title writes and no document has as author", () => {
    expect([...(titled.get('a.txt')?.own ?? [])].sort()).toEqual(['ekommun', 'sprang']);
    expect(titled.get('a.txt')?.words.has('2009')).toBe(true);
    expect([...(titled.get('c.txt')?.own ?? [])]).toEqual(['innspill']);
  });

  it('reads a name with an own title word as that document, with the title words after it, unless a year names another edition', () => {
    const asked = words('Hva sier planen i eKommune digitale om kart?');
    const keysAt = (index: number) =>
      [({ eKommune: 'ekommun', digitale: 'digital', kart: 'kart' } as Record<string, string>)[asked[index] ?? ''] ?? ''].filter(Boolean);
    const found = titleReferenceOf(
      asked,
      keysAt,
      { titled },
      false,
      () => false,
      () => undefined,
    );
    expect([...found]).toEqual([['a.txt', new Set([4, 5])]]);
    expect(
      titleReferenceOf(
        asked,
        keysAt,
        { titled },
        false,
        () => false,
        () => '2012',
      ).size,
    ).toBe(0);
    // A common title word in lower case names nothing.
    expect(
      titleReferenceOf(
        ['Hva', 'digitale'],
        () => ['digital'],
        { titled },
        false,
        () => false,
        () => undefined,
      ).size,
    ).toBe(0);
  });
});
