import { describe, expect, it } from 'vitest';
import { clippedDirectorates, collectAcronyms, longFormBefore, mineAcronyms } from './acronyms';

describe('mineAcronyms', () => {
  it('mines an acronym written with the head it shares with its long form, and keeps a coordinated part', () => {
    expect(mineAcronyms('EPJ er en del av et pleie- og omsorgssystem (PLO-system) som i tillegg', 'x')).toEqual([
      { short: 'PLO-system', long: 'pleie- og omsorgssystem', source: 'x' },
    ]);
    expect(mineAcronyms('et system (PLO-system) her', 'x')).toEqual([]);
  });

  it('finds «long form (ACRONYM)» definitions with the shortest long form that spells the acronym', () => {
    const pairs = mineAcronyms('Vi samarbeider med Norsk helsenett SF (NHN) og Statistisk sentralbyrå (SSB) om dette.', 'x.txt');
    expect(pairs).toEqual([
      { short: 'NHN', long: 'Norsk helsenett SF', source: 'x.txt' },
      { short: 'SSB', long: 'Statistisk sentralbyrå', source: 'x.txt' },
    ]);
  });

  it('rejects a long form that contains the acronym itself or a stray web-address token', () => {
    expect(longFormBefore(['kompetansenettverk', 'for', 'IT', 'i', 'utdanning'], 'ITU')).toBeNull();
    expect(mineAcronyms('Les mer på KS.no (KS)', 'x.txt')).toEqual([]);
  });

  it('keeps each pair once, lowercased, with the reviewed glossary after the texts', () => {
    const pairs = collectAcronyms([{ text: 'Norsk helsenett SF (NHN). Norsk helsenett SF (NHN).', source: 'a.txt' }]);
    expect(pairs.filter((pair) => pair.short === 'nhn')).toEqual([{ short: 'nhn', long: 'norsk helsenett sf', source: 'a.txt' }]);
    expect(pairs.some((pair) => pair.short === 'nav' && pair.source === 'glossary')).toBe(true);
  });
});

describe('clippedDirectorates', () => {
  it('derives the clipped names of the directorates a text names, and none two directorates would share', () => {
    const pairs = clippedDirectorates([
      { text: 'Utdanningsdirektoratet og Helsedirektoratet samarbeider med direktoratet.', source: 'a.txt' },
      { text: 'Digitaliseringsdirektoratet (og Helsedirektoratets rolle). Det gamle Husbankdirektorat.', source: 'b.txt' },
    ]);
    const longOf = (short: string) => pairs.filter((pair) => pair.short === short).map((pair) => pair.long);
    expect(longOf('udir')).toEqual(['utdanningsdirektoratet']);
    expect(longOf('digdir')).toEqual(['digitaliseringsdirektoratet']);
    expect(longOf('helsedir')).toEqual(['helsedirektoratet']);
    expect(longOf('hdir')).toEqual([]);
    expect(longOf('husbankdir')).toEqual(['husbankdirektoratet']);
    expect(pairs.find((pair) => pair.short === 'udir')?.source).toBe('a.txt');
    expect(pairs.some((pair) => pair.short === 'dir' || pair.long === 'direktoratet')).toBe(false);
  });
});
