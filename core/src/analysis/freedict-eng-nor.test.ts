import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FREEDICT_ENG_NOR_PATH,
  decodeDictdNumber,
  loadFreedictEngNor,
  MAX_READ_TRANSLATIONS_PER_HEADWORD,
  MAX_TRANSLATIONS_PER_HEADWORD,
  parseFreedict,
  parseFreedictEntry,
  withoutPlaceholders,
  wordClassOfEntry,
} from './freedict-eng-nor';
import { itemAt } from '../collections/item-at';

const DICTD_BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const encode = (value: number): string => {
  let encoded = '';
  do {
    encoded = DICTD_BASE64[value % 64] + encoded;
    value = Math.floor(value / 64);
  } while (value > 0);
  return encoded;
};

/** Entries copied from Debian's freedict-eng-nor 2022.11.18. */
const ENTRIES: Array<[string, string]> = [
  ['goal', 'goal //ɡoʊl// <n>\nmål 2.\npoint(s) scored\n 3.\n(sport) act of placing the object into the goal\n'],
  [
    'network',
    'network //ˈnɛt.wɜːk// <n>\n1. nettverk 2.\ndirectory of people\n 3.\ninterconnected group or system\n2. nett\nfabric or structure of fibrous elements\n',
  ],
  ['the', 'the //ðə// <article>\n-en\narticle\n'],
  ['security', 'security //səˈkjʊɹ.ɪˌti// <n>\nsikkerhet, gjeldsbrev, obligasjon, sikkerhetstjeneste\n'],
  ['blonde', 'blonde //blɒnd// <n>\nblondine, lys(håret)\nfair-haired woman\n'],
  ['share', 'share //ʃɛə// //ʃɛəɹ// <n>\naksje\nfinancial instrument\n'],
  ['share', 'share //ʃɛə// //ʃɛəɹ// <v>\ndele 2.\nto divide and distribute\n 3.\nto give\n'],
];

const buildDictd = () => {
  let offset = 0;
  const index: string[] = [];
  const chunks: Buffer[] = [];
  for (const [headword, entry] of ENTRIES) {
    const bytes = Buffer.from(entry, 'utf8');
    index.push(`${headword}\t${encode(offset)}\t${encode(bytes.length)}`);
    chunks.push(bytes);
    offset += bytes.length;
  }
  return { index: `${index.join('\n')}\n`, data: Buffer.concat(chunks) };
};

describe('FreeDict English–Norwegian', () => {
  it('decodes dictd base-64 numbers', () => {
    expect(decodeDictdNumber('B')).toBe(1);
    expect(decodeDictdNumber('BAF')).toBe(64 * 64 + 5);
  });

  it('takes the translation lines of an entry and leaves glosses, sense numbers and parentheses out', () => {
    expect(parseFreedictEntry(itemAt(ENTRIES, 1)[1])).toEqual(['nettverk', 'nett']);
    expect(parseFreedictEntry(itemAt(ENTRIES, 0)[1])).toEqual(['mål']);
    expect(parseFreedictEntry(itemAt(ENTRIES, 4)[1])).toEqual(['blondine', 'lys']);
  });

  it('strips grammar tags and subject labels when asked (FreeDict eng-deu), and rejects such translations by default', () => {
    const entry = 'solution /səlˈuːʃən/\nLösung <fem> [math.], Lösungsweg <masc>\n      "find a solution"  - eine Lösung finden\n';
    expect(parseFreedictEntry(entry, 'strip')).toEqual(['Lösung', 'Lösungsweg']);
    expect(parseFreedictEntry(entry)).toEqual([]);
  });

  it('reads valency placeholders away when asked (FreeDict eng-deu: «develop sth» → «develop», «etw. entwickeln» → «entwickeln»)', () => {
    expect(withoutPlaceholders('set sth up')).toBe('set up');
    expect(withoutPlaceholders('jdm. etw. besorgen')).toBe('besorgen');
    expect(withoutPlaceholders('sich entwickeln')).toBe('entwickeln');
    const entry = 'develop sth /dɪvˈɛləp/ <v>\netw. ausarbeiten, etw. entwickeln <v, trans>\n';
    expect(parseFreedictEntry(entry, 'strip', 'strip')).toEqual(['ausarbeiten', 'entwickeln']);
    expect(parseFreedictEntry(entry, 'strip')).toEqual(['etw. ausarbeiten', 'etw. entwickeln']);
    const bytes = Buffer.from(entry, 'utf8');
    const index = `develop sth\tA\t${encode(bytes.length)}\n`;
    expect(parseFreedict(index, bytes, { name: 'eng-deu', maxTranslations: 5, annotations: 'strip', placeholders: 'strip' }).entries.get('develop')).toEqual([
      'ausarbeiten',
      'entwickeln',
    ]);
    expect(parseFreedict(index, bytes, { name: 'eng-deu', maxTranslations: 5, annotations: 'strip' }).entries.has('develop')).toBe(false);
  });

  it('reads more translations per headword than the stored dictionary keeps (pruning chooses among them), and skips suffix-only ones', () => {
    const { index, data } = buildDictd();
    const dictionary = parseFreedict(index, data);
    // All four: pruning keeps the first three the corpus uses, and «sikkerhetstjeneste» may be one of them.
    expect(dictionary.entries.get('security')).toEqual(['sikkerhet', 'gjeldsbrev', 'obligasjon', 'sikkerhetstjeneste']);
    expect(MAX_READ_TRANSLATIONS_PER_HEADWORD).toBeGreaterThan(MAX_TRANSLATIONS_PER_HEADWORD);
    expect(parseFreedict(index, data, { maxTranslations: MAX_TRANSLATIONS_PER_HEADWORD }).entries.get('security')).toEqual([
      'sikkerhet',
      'gjeldsbrev',
      'obligasjon',
    ]);
    expect(dictionary.entries.has('the')).toBe(false);
  });

  it('loads gzipped dictd files from a path', () => {
    const { index, data } = buildDictd();
    const directory = mkdtempSync(path.join(tmpdir(), 'freedict-'));
    writeFileSync(path.join(directory, 'test.index'), index);
    writeFileSync(path.join(directory, 'test.dict.dz'), gzipSync(data));
    const result = loadFreedictEngNor(path.join(directory, 'test'));
    expect(result.dictionary?.entries.get('goal')).toEqual(['mål']);
  });

  it('returns null with the missing file named when the dictionary is not installed', () => {
    const result = loadFreedictEngNor('/nonexistent/freedict-eng-nor');
    expect(result.dictionary).toBeNull();
    expect(result.reason).toContain('/nonexistent/freedict-eng-nor.index is missing');
  });

  it.skipIf(!existsSync(`${DEFAULT_FREEDICT_ENG_NOR_PATH}.index`))('reads the installed Debian dictionary into thousands of headwords', () => {
    const { dictionary } = loadFreedictEngNor();
    expect(dictionary?.entries.size).toBeGreaterThan(5000);
    expect(dictionary?.entries.get('broadband')).toEqual(['bredbånd']);
    expect(dictionary?.entries.get('patient')).toEqual(['pasient']);
  });
});

describe('word classes', () => {
  it('reads the tag on the headword line', () => {
    expect(wordClassOfEntry('plan //plæn// /[plɛən]/ <v>\nplanlegge\n')).toBe('verb');
    expect(wordClassOfEntry('round //ˈɹaʊnd// <adj>\nrund\n')).toBe('adjective');
    expect(wordClassOfEntry('the //ðə// <article>\n-en\n')).toBeNull();
  });

  it('keeps the word class of each translation of a headword with entries of several classes', () => {
    const { index, data } = buildDictd();
    const classes = parseFreedict(index, data).wordClasses?.get('share');
    expect(classes?.get('aksje')).toEqual(new Set(['noun']));
    expect(classes?.get('dele')).toEqual(new Set(['verb']));
  });
});
