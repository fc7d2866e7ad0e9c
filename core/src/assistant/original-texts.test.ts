import { describe, expect, it } from 'vitest';
import { createIndexAssistant } from './index-assistant';
import { fetchedOriginals, originalsInMemory } from './original-texts';
import { buildSmallCorpus, smallCorpusCatalog, smallCorpusTexts } from './small-corpus';

const texts = new Map([
  ['a.txt', 'aaaa'],
  ['b.txt', 'bbbbbb'],
  ['c.txt', 'cc'],
]);

/** Fetched originals over `texts`, recording each fetch's files. */
const fetching = (cacheChars: number) => {
  const fetches: string[][] = [];
  const originals = fetchedOriginals({
    chars: new Map([...texts].map(([file, text]) => [file, text.length])),
    fetch: async (files) => {
      fetches.push([...files]);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return new Map(files.flatMap((file) => (texts.has(file) ? [[file, texts.get(file) ?? '']] : [])));
    },
    cacheChars,
  });
  return { originals, fetches };
};

describe('originalsInMemory', () => {
  it('gives lengths and the asked texts, leaving unknown files out', async () => {
    const originals = originalsInMemory(texts);
    expect(originals.chars('b.txt')).toBe(6);
    expect(originals.chars('nope.txt')).toBeUndefined();
    expect([...(await originals.read(['c.txt', 'nope.txt']))]).toEqual([['c.txt', 'cc']]);
  });
});

describe('fetchedOriginals', () => {
  it('knows lengths without fetching and fetches the asked files once, in one fetch', async () => {
    const { originals, fetches } = fetching(100);
    expect(originals.chars('a.txt')).toBe(4);
    expect(fetches).toEqual([]);
    const read = await originals.read(['a.txt', 'b.txt', 'a.txt', 'nope.txt']);
    expect([...read]).toEqual([
      ['a.txt', 'aaaa'],
      ['b.txt', 'bbbbbb'],
    ]);
    expect(fetches).toEqual([['a.txt', 'b.txt']]);
    await originals.read(['b.txt', 'a.txt']);
    expect(fetches).toHaveLength(1);
  });

  it('joins a fetch already under way instead of fetching the same file again', async () => {
    const { originals, fetches } = fetching(100);
    const [first, second] = await Promise.all([originals.read(['a.txt', 'b.txt']), originals.read(['b.txt', 'c.txt'])]);
    expect(fetches).toEqual([['a.txt', 'b.txt'], ['c.txt']]);
    expect([...first.keys()]).toEqual(['a.txt', 'b.txt']);
    expect([...second.keys()].sort()).toEqual(['b.txt', 'c.txt']);
  });

  it('keeps at most cacheChars characters, dropping the least recently used text first', async () => {
    const { originals, fetches } = fetching(10);
    await originals.read(['a.txt']);
    await originals.read(['b.txt']);
    await originals.read(['a.txt']);
    await originals.read(['c.txt']);
    expect(fetches).toEqual([['a.txt'], ['b.txt'], ['c.txt']]);
    // 4 + 6 + 2 > 10: b.txt, the least recently used, went.
    await originals.read(['a.txt', 'c.txt']);
    expect(fetches).toHaveLength(3);
    await originals.read(['b.txt']);
    expect(fetches).toEqual([['a.txt'], ['b.txt'], ['c.txt'], ['b.txt']]);
  });

  it('lets an assistant answer and serve documents exactly as with the texts in memory, with nothing cached', async () => {
    const { assistant, retriever } = await buildSmallCorpus();
    const all = new Map(Object.entries(smallCorpusTexts));
    const fetchedFiles: string[] = [];
    const fetched = createIndexAssistant({
      catalog: smallCorpusCatalog,
      originals: fetchedOriginals({
        chars: new Map([...all].map(([file, text]) => [file, text.length])),
        fetch: async (files) => {
          fetchedFiles.push(...files);
          return new Map(files.map((file) => [file, all.get(file) ?? '']));
        },
        cacheChars: 0,
      }),
      retriever,
      english: null,
      embedder: { id: 'fake-hash-64', dimensions: 64 },
    });
    expect(fetched.documents()).toEqual(assistant.documents());
    expect(await fetched.document('post.txt')).toEqual(await assistant.document('post.txt'));
    const question = [{ role: 'user' as const, content: 'Når skal alle kommuner være tilknyttet Norsk Helsenett?' }];
    const answer = await fetched.chat(question);
    expect(answer).toEqual(await assistant.chat(question));
    expect(answer.citations[0]?.highlights?.length).toBeGreaterThan(0);
    expect(fetchedFiles).toContain('helse.txt');
  });
});
