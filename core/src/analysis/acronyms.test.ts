import { describe, expect, it } from 'vitest';
import { clippedDirectorates, collectAcronyms, initialsAcronyms, longFormBefore, mineAcronyms, writtenAsAcronym } from './acronyms';

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

  it('marks an acronym the texts write far more often than its long form, and only such a one', () => {
    const often = `KS – kommunesektorens organisasjon (KS). ${'KS mener dette. '.repeat(30)}`;
    const pairs = collectAcronyms([{ text: often, source: 'a.txt' }]);
    expect(pairs.find((pair) => pair.short === 'ks')?.writtenShort).toBe(true);
    const balanced = collectAcronyms([{ text: `${'Norsk helsenett SF (NHN). '.repeat(3)}${'NHN drifter nettet. '.repeat(8)}`, source: 'a.txt' }]);
    expect(balanced.find((pair) => pair.short === 'nhn')?.writtenShort).toBeUndefined();
  });

  it('counts written forms as whole words, across line breaks', () => {
    expect(writtenAsAcronym(['ks mener. '.repeat(25)], 'ks', 'kommunesektorens organisasjon')).toBe(true);
    // «ks» inside «kskole» is no «KS»; nine times is too few to say how the texts name it.
    expect(writtenAsAcronym(['kskole '.repeat(20)], 'ks', 'kommunesektorens organisasjon')).toBe(false);
    expect(writtenAsAcronym(['ks. '.repeat(9)], 'ks', 'kommunesektorens organisasjon')).toBe(false);
    // «IKT» written 21 times as often as its long form is still searched by it too.
    expect(
      writtenAsAcronym([`${'ikt '.repeat(42)}${'informasjons- og kommunikasjonsteknologi '.repeat(2)}`], 'ikt', 'informasjons- og kommunikasjonsteknologi'),
    ).toBe(false);
    expect(
      writtenAsAcronym([`${'ikt '.repeat(20)}${'informasjons- og\n kommunikasjonsteknologi '.repeat(3)}`], 'ikt', 'informasjons- og kommunikasjonsteknologi'),
    ).toBe(false);
  });

  it('gives «RHF» the «regionale helseforetak» a question spells out', () => {
    const longs = collectAcronyms([])
      .filter((pair) => pair.short === 'rhf')
      .map((pair) => pair.long);
    expect(longs).toEqual(['regionale helseforetak', 'regionalt helseforetak']);
  });

  it('gives «IT» the «IKT» the texts write for the same field', () => {
    expect(
      collectAcronyms([])
        .filter((pair) => pair.short === 'it')
        .map((pair) => pair.long),
    ).toContain('ikt');
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

describe('initialsAcronyms', () => {
  const parts: Record<string, string[]> = { hjemmeoppfølging: ['hjemme', 'oppfølging'], helseopplysninger: ['helse', 'opplysning'] };
  const partsOf = (word: string) => parts[word] ?? [];
  const finiteVerbs = new Set(['gir', 'deler']);
  const text = [
    'Vi innfører digital hjemmeoppfølging i kommunene.',
    'Kommunene ser på digital hjemmeoppfølging.',
    'Innføringsløp for DHO og kjernejournal.',
    'Vi ser på deling av helseopplysninger. Det gjelder deling av helseopplysninger.',
  ].join('\n');

  it('links an acronym the document never spells out to the recurring phrase whose words or compound parts spell it most closely', () => {
    // «digital hjemme|oppfølging» spells D H O with a compound's parts; «deling av helse|opplysninger» needs a skipped «av» too.
    expect(initialsAcronyms([{ text, source: 'x.txt' }], new Set(), partsOf, finiteVerbs)).toEqual([
      { short: 'DHO', long: 'digital hjemmeoppfølging', source: 'initials:x.txt' },
    ]);
    // Without the decompounding nothing spells it.
    expect(initialsAcronyms([{ text, source: 'x.txt' }], new Set(), () => [], finiteVerbs)).toEqual([]);
  });

  it('links nothing when the closest phrases are two, the phrase is written once, or the acronym is defined', () => {
    const two = `${text}\nEt digitalt hjemmeoppsett er nytt. Et digitalt hjemmeoppsett er nytt igjen.`;
    parts.hjemmeoppsett = ['hjemme', 'oppsett'];
    expect(initialsAcronyms([{ text: two, source: 'x.txt' }], new Set(), partsOf, finiteVerbs)).toEqual([]);
    const once = 'Vi innfører digital hjemmeoppfølging.\nInnføringsløp for DHO.';
    expect(initialsAcronyms([{ text: once, source: 'x.txt' }], new Set(), partsOf, finiteVerbs)).toEqual([]);
    expect(initialsAcronyms([{ text, source: 'x.txt' }], new Set(['dho']), partsOf, finiteVerbs)).toEqual([]);
  });

  it('reads a document given as chunks as one, a repeated heading once', () => {
    const chunks = [
      { text: 'Om digital hjemmeoppfølging\nVi innfører DHO.', source: 'x.txt' },
      { text: 'Om digital hjemmeoppfølging\nDHO krever samarbeid.', source: 'x.txt' },
    ];
    expect(initialsAcronyms(chunks, new Set(), partsOf, finiteVerbs)).toEqual([]);
    chunks.push({ text: 'Kommunene tar i bruk digital hjemmeoppfølging.', source: 'x.txt' });
    expect(initialsAcronyms(chunks, new Set(), partsOf, finiteVerbs)).toEqual([{ short: 'DHO', long: 'digital hjemmeoppfølging', source: 'initials:x.txt' }]);
  });
});
