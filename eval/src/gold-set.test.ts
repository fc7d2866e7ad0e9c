import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { isKildesvarError } from '@kildesvar/core/errors';
import { absenceChecksSchema, absenceViolations } from './absence-checks';
import { findQuote, goldSplitSeed, loadGoldSet, splitOf, splitWithSeed, type GoldItem } from './gold-set';
import { itemAt } from '@kildesvar/core';

const seedsDirectory = fileURLToPath(new URL('../../seeds/', import.meta.url));
const seedFiles = readdirSync(seedsDirectory)
  .filter((name) => name.endsWith('.txt'))
  .sort();
const seedText = new Map(seedFiles.map((file) => [file, readFileSync(join(seedsDirectory, file), 'utf8')]));

const items = loadGoldSet();
const answerable = items.filter((item): item is Extract<GoldItem, { answerable: true }> => item.answerable);
const share = (predicate: (item: GoldItem) => boolean): number => items.filter(predicate).length / items.length;

const temporaryDirectory = mkdtempSync(join(tmpdir(), 'kildesvar-gold-'));
afterAll(() => rmSync(temporaryDirectory, { recursive: true, force: true }));
const writeTemporary = (name: string, content: string): string => {
  const path = join(temporaryDirectory, name);
  writeFileSync(path, content);
  return path;
};

const validLine = JSON.stringify({
  id: 'q001',
  question: 'Når skal alle kommuner være tilknyttet Norsk Helsenett?',
  answer: 'I løpet av 2011.',
  file: '000_c85f62f7152710bc.txt',
  quote: 'I løpet av 2011 skal alle kommuner være tilknyttet Norsk Helse- nett',
  alsoIn: [],
  kind: 'deadline',
  language: 'nb',
  answerable: true,
});

describe('findQuote', () => {
  const text = 'Første linje.\nKS vil ut-\n\nvikle norm for (lokale)   samarbeidsavtaler.\nSlutt.';

  it('matches a quote across line breaks and returns offsets into the original text', () => {
    const span = findQuote(text, 'KS vil ut- vikle norm for (lokale) samarbeidsavtaler.');
    expect(span).not.toBeNull();
    expect(span && text.slice(span.start, span.end)).toBe('KS vil ut-\n\nvikle norm for (lokale)   samarbeidsavtaler.');
  });

  it('does not let a missing space or a removed line-end hyphen match', () => {
    expect(findQuote(text, 'KS vil utvikle norm')).toBeNull();
    expect(findQuote(text, 'Førstelinje.')).toBeNull();
  });

  it('treats regular-expression characters in the quote literally', () => {
    expect(findQuote('a (b) c.d', '(b) c.d')).toEqual({ start: 2, end: 9 });
    expect(findQuote('a xbx cxd', '(b) c.d')).toBeNull();
  });

  it('ignores leading and trailing whitespace in the quote and returns the first occurrence', () => {
    expect(findQuote('to to to', '  to  ')).toEqual({ start: 0, end: 2 });
  });

  it('returns null for a blank quote or an absent one', () => {
    expect(findQuote(text, '   ')).toBeNull();
    expect(findQuote(text, 'finnes ikke')).toBeNull();
  });
});

describe('splitOf', () => {
  it('splits by the seeded hash: another seed moves a good share of the questions to the other split', () => {
    const moved = items.filter((item) => splitWithSeed('another-seed', item.id) !== splitOf(item.id));
    expect(moved.length / items.length).toBeGreaterThan(0.3);
    expect(items.every((item) => splitWithSeed(goldSplitSeed, item.id) === splitOf(item.id))).toBe(true);
  });

  it('keeps pinned assignments, so the seed or hash cannot change silently', () => {
    expect(['q001', 'q002', 'q003', 'q064', 'q130'].map(splitOf)).toEqual(['test', 'tune', 'test', 'test', 'test']);
  });

  it('puts between 40 and 60 percent of the gold set in each split, with unanswerables in both', () => {
    const tune = items.filter((item) => splitOf(item.id) === 'tune');
    const test = items.filter((item) => splitOf(item.id) === 'test');
    expect(tune.length / items.length).toBeGreaterThanOrEqual(0.4);
    expect(test.length / items.length).toBeGreaterThanOrEqual(0.4);
    expect(tune.some((item) => !item.answerable)).toBe(true);
    expect(test.some((item) => !item.answerable)).toBe(true);
  });
});

describe('loadGoldSet', () => {
  it('names the line number when a line is not JSON', () => {
    const path = writeTemporary('broken-json.jsonl', `${validLine}\n\n{"id": "q002",\n`);
    expect(() => loadGoldSet(path)).toThrow(/:3: invalid JSON/);
  });

  it('names the line and the field when a line breaks the schema', () => {
    const path = writeTemporary('bad-kind.jsonl', `${validLine}\n${validLine.replace('"q001"', '"q002"').replace('"deadline"', '"trivia"')}\n`);
    expect(() => loadGoldSet(path)).toThrow(/:2: kind/);
  });

  it('rejects an unanswerable item that still carries a quote', () => {
    const line = JSON.stringify({ ...JSON.parse(validLine), answerable: false, kind: 'unanswerable' });
    expect(() => loadGoldSet(writeTemporary('unanswerable-quote.jsonl', `${line}\n`))).toThrow(/:1: /);
  });

  it('accepts ids past q999 and rejects ids with fewer than three digits', () => {
    const late = validLine.replace('"q001"', '"q1000"');
    expect(loadGoldSet(writeTemporary('four-digit-id.jsonl', `${late}\n`))[0]?.id).toBe('q1000');
    const short = validLine.replace('"q001"', '"q01"');
    expect(() => loadGoldSet(writeTemporary('short-id.jsonl', `${short}\n`))).toThrow(/:1: id/);
  });

  it('rejects a repeated id and says where it was first used', () => {
    const path = writeTemporary('duplicate.jsonl', `${validLine}\n${validLine}\n`);
    expect(() => loadGoldSet(path)).toThrow(/:2: id q001 already used on line 1/);
  });

  it('accepts classes and a secondQuote on a two-part item, and rejects a secondQuote without the two-part class', () => {
    const base = JSON.parse(validLine) as Record<string, unknown>;
    const secondQuote = { file: '000_c85f62f7152710bc.txt', quote: 'Norsk Helsenett vil etter hvert tilby både kompetanse' };
    const twoPart = JSON.stringify({ ...base, classes: ['two-part', 'acronym'], secondQuote });
    expect(loadGoldSet(writeTemporary('two-part.jsonl', `${twoPart}\n`))[0]).toMatchObject({ classes: ['two-part', 'acronym'], secondQuote });
    const unclassed = JSON.stringify({ ...base, classes: ['acronym'], secondQuote });
    expect(() => loadGoldSet(writeTemporary('second-without-class.jsonl', `${unclassed}\n`))).toThrow(/:1: secondQuote/);
    const unknownClass = JSON.stringify({ ...base, classes: ['spelling'] });
    expect(() => loadGoldSet(writeTemporary('bad-class.jsonl', `${unknownClass}\n`))).toThrow(/:1: classes/);
  });

  it('throws a not_found KildesvarError for a missing file', () => {
    try {
      loadGoldSet(join(temporaryDirectory, 'missing.jsonl'));
      expect.unreachable();
    } catch (error) {
      expect(isKildesvarError(error) && error.code).toBe('not_found');
    }
  });
});

describe('the gold set in eval/data/questions.jsonl', () => {
  it('finds every quote, alsoIn quote and secondQuote verbatim (whitespace-insensitive) in its seed file', () => {
    const missing = answerable.flatMap((item) =>
      [{ file: item.file, quote: item.quote }, ...item.alsoIn, ...(item.secondQuote ? [item.secondQuote] : [])]
        .filter((source) => findQuote(seedText.get(source.file) ?? '', source.quote) === null)
        .map((source) => `${item.id} → ${source.file}: ${source.quote.slice(0, 60)}`),
    );
    expect(missing).toEqual([]);
  });

  it('keeps every number of the gold answer inside its quote (or, for two-part questions, its secondQuote)', () => {
    const digitsOf = (text: string): string[] => text.match(/\d+/g) ?? [];
    const unsupported = answerable
      .filter((item) => digitsOf(item.answer).some((digits) => ![item.quote, item.secondQuote?.quote ?? ''].some((quote) => digitsOf(quote).includes(digits))))
      .map((item) => item.id);
    expect(unsupported).toEqual([]);
  });

  it('has at least 100 items with unique ids', () => {
    expect(items.length).toBeGreaterThanOrEqual(100);
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
  });

  it('asks no question twice (a repeated question counts one measurement twice; the eval keys rankings by question text)', () => {
    const repeated = items.filter((item, index) => items.findIndex((other) => other.question === item.question) !== index);
    expect(repeated.map((item) => item.id)).toEqual([]);
  });

  it('tags every question from q167 on with at least one failure class, and no earlier one', () => {
    const tagged = (item: GoldItem) => Number(item.id.slice(1)) >= 167;
    expect(items.filter((item) => tagged(item) && (item.classes ?? []).length === 0).map((item) => item.id)).toEqual([]);
    expect(items.filter((item) => !tagged(item) && item.classes !== undefined).map((item) => item.id)).toEqual([]);
  });

  it('has at least 60 class-tagged questions, 12 of them unanswerable, and two-part questions with a second quote', () => {
    const tagged = items.filter((item) => (item.classes ?? []).length > 0);
    expect(tagged.length).toBeGreaterThanOrEqual(60);
    expect(tagged.filter((item) => !item.answerable).length).toBeGreaterThanOrEqual(12);
    const twoPart = answerable.filter((item) => item.classes?.includes('two-part'));
    expect(twoPart.length).toBeGreaterThan(0);
    expect(twoPart.every((item) => item.secondQuote !== undefined)).toBe(true);
  });

  it('is at least 15 percent nynorsk and at least 5 percent English', () => {
    expect(share((item) => item.language === 'nn')).toBeGreaterThanOrEqual(0.15);
    expect(share((item) => item.language === 'en')).toBeGreaterThanOrEqual(0.05);
    expect(share((item) => item.language === 'nb')).toBeGreaterThan(0.5);
  });

  it('uses every kind, with at least 10 unanswerable questions', () => {
    const kinds = new Set(items.map((item) => item.kind));
    expect([...kinds].sort()).toEqual(['actor', 'chat', 'deadline', 'definition', 'list', 'multi-doc', 'number', 'paraphrase', 'unanswerable']);
    expect(items.filter((item) => !item.answerable).length).toBeGreaterThanOrEqual(10);
  });

  it('covers every seed file, each with at least 5 questions', () => {
    expect(seedFiles).toHaveLength(5);
    const thinlyCovered = seedFiles.filter((file) => answerable.filter((item) => item.file === file).length < 5);
    expect(thinlyCovered).toEqual([]);
  });

  it('writes chat questions in lower case without a question mark', () => {
    const offenders = items
      .filter((item) => item.kind === 'chat' && (item.question !== item.question.toLowerCase() || item.question.includes('?')))
      .map((item) => item.id);
    expect(offenders).toEqual([]);
  });

  it('writes paraphrase questions that share at most half their content words with the quote', () => {
    const contentWords = (text: string): string[] => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => word.length >= 4);
    const tooClose = answerable
      .filter((item) => item.kind === 'paraphrase')
      .filter((item) => {
        const questionWords = contentWords(item.question);
        const quoteWords = new Set(contentWords(item.quote));
        const shared = questionWords.filter((word) => quoteWords.has(word)).length;
        return shared / Math.max(1, questionWords.length) > 0.5;
      })
      .map((item) => item.id);
    expect(tooClose).toEqual([]);
  });
});

const unanswerableChecks = absenceChecksSchema.parse(
  JSON.parse(readFileSync(fileURLToPath(new URL('../data/unanswerable-checks.json', import.meta.url)), 'utf8')),
);

describe('the unanswerable questions', () => {
  it('each have a recorded absence check, and every check belongs to an unanswerable question', () => {
    const unanswerableIds = items
      .filter((item) => !item.answerable)
      .map((item) => item.id)
      .sort();
    expect(Object.keys(unanswerableChecks).sort()).toEqual(unanswerableIds);
  });

  it('ask about terms that occur in no seed file, and combinations that never stand within 600 characters of each other', () => {
    expect(absenceViolations(unanswerableChecks, seedText)).toEqual([]);
  });

  it('fails a check whose terms do stand in a seed, or together', () => {
    const [file, text] = itemAt([...seedText.entries()], 0);
    const words = text.split(/\s+/).filter((word) => /^[\p{L}]{5,}$/u.test(word));
    const [first, second] = [itemAt(words, 0), itemAt(words, 1)];
    const violations = absenceViolations({ x1: { absent: [first] }, x2: { notTogether: [[first, second]] } }, new Map([[file, text]]));
    expect(violations.some((line) => line.startsWith('x1: '))).toBe(true);
    expect(violations.some((line) => line.startsWith('x2: '))).toBe(true);
  });
});
