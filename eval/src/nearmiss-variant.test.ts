import { describe, expect, it } from 'vitest';
import { absenceViolations } from './absence-checks';
import type { GoldItem } from './gold-set';
import { CheckedCorpus, matchPrefix, nearMissVariants, type NameKind } from './nearmiss-variant';

const filler = (words: number): string => Array.from({ length: words }, () => 'lorem').join(' ');

// Two seeds: the answer about Stavanger's datasets in 2019, and, far from that frame, other years and another city.
const seeds = new Map([
  ['000_0000000000000000.txt', `I 2019 har Stavanger kommune lagt ut 40 datasett i Felles datakatalog. ${filler(200)} I 2015 og 2021 skjedde annet i Bergen.`],
  ['001_0000000000000001.txt', `Trondheim kommune har mange innbyggere. ${filler(200)} Datasett fra 2017 i Stavanger kommune.`],
]);

const kinds = new Map<string, NameKind>([
  ['Stavanger', 'top'],
  ['Trondheim', 'top'],
  ['Bergen', 'top'],
  ['Danmark', 'top'],
]);

const item: GoldItem = {
  id: 'q001',
  question: 'Hvor mange datasett hadde Stavanger lagt ut i Felles datakatalog i 2019?',
  answer: '40.',
  file: '000_0000000000000000.txt',
  quote: 'I 2019 har Stavanger kommune lagt ut 40 datasett i Felles datakatalog.',
  alsoIn: [],
  kind: 'number',
  language: 'nb',
  answerable: true,
};

const resources = {
  corpus: new CheckedCorpus(seeds),
  kindOf: (word: string) => kinds.get(word),
  corpusNames: ['Trondheim', 'Bergen', 'Stavanger'],
  listedPlaces: ['Danmark'],
};

describe('nearMissVariants', () => {
  const variants = nearMissVariants([item], resources);

  it('replaces the year by another year of the texts that never stands near the frame, not one that does', () => {
    const year = variants.find((variant) => variant.transform === 'year');
    expect(year?.from).toBe('2019');
    // 2017 stands beside «datasett» and «Stavanger» in the second seed: never chosen.
    expect(['2015', '2021']).toContain(year?.to);
    expect(year?.item.question).toContain(year?.to ?? '');
    expect(year?.item.answerable).toBe(false);
  });

  it('replaces a place by another place of the texts that never stands near the frame', () => {
    const name = variants.find((variant) => variant.transform === 'name');
    expect(name?.from).toBe('Stavanger');
    expect(['Trondheim', 'Bergen']).toContain(name?.to);
    expect(name?.item.question).not.toContain('Stavanger');
  });

  it('makes variants that pass the gold set absence checks, in the original split, the same way every time', () => {
    expect(absenceViolations(Object.fromEntries(variants.map((variant) => [variant.id, variant.check])), seeds)).toEqual([]);
    expect(variants.every((variant) => variant.split === 'test')).toBe(true);
    expect(nearMissVariants([item], resources).map((variant) => variant.item.question)).toEqual(variants.map((variant) => variant.item.question));
  });

  it('never chooses a name that stands within 600 characters of the gold quote, even apart from the frame words', () => {
    const quote = `I 2019 har Stavanger kommune lagt ut 40 datasett, ${filler(40)} og mer kommer.`;
    const long = { ...item, quote };
    // Bergen stands 90 words after the quote's end: more than 600 characters from «datasett» and «lagt», near the quote.
    const besideQuote = new Map(seeds);
    besideQuote.set('000_0000000000000000.txt', `${quote} ${filler(90)} Bergen er en by. ${filler(200)} I 2015 og 2021 skjedde annet.`);
    const names = nearMissVariants([long], { ...resources, corpus: new CheckedCorpus(besideQuote) }).filter((variant) => variant.transform === 'name');
    expect(names.map((variant) => variant.to)).toEqual(['Trondheim']);
  });

  it('makes no year variant of a period, and none where every other year stands near the frame', () => {
    const period = { ...item, question: 'Hvor mange datasett hadde Stavanger lagt ut i Felles datakatalog i 2019–2021?' };
    expect(nearMissVariants([period], resources).some((variant) => variant.transform === 'year')).toBe(false);
    const crowded = new CheckedCorpus(new Map([['000_0000000000000000.txt', `${item.quote} I 2015 og 2021 og 2017 datasett.`]]));
    expect(nearMissVariants([item], { ...resources, corpus: crowded }).some((variant) => variant.transform === 'year')).toBe(false);
  });
});

describe('matchPrefix', () => {
  it('keeps all but the last three letters, at least four', () => {
    expect(matchPrefix('kommunene')).toBe('kommun');
    expect(matchPrefix('Datasett')).toBe('datas');
    expect(matchPrefix('over')).toBe('over');
  });
});
