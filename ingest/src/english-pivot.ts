import { ltProc } from './lt-proc';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bilingualLemmas, lemmaOfAnalysis, loadFreedict, pivotCandidates, taggedAnalyses, type PivotCandidates, type PivotSources } from '@kildesvar/core';

const dictd = '/usr/share/dictd';
const apertiumSwedish = '/usr/share/apertium/apertium-swe-nor';
const swedishAnalyser = `${apertiumSwedish}/swe-nob.automorf.bin`;
const swedishToBokmaal = `${apertiumSwedish}/swe-nob.autobil.bin`;

/** The Debian packages the pivot dictionary reads (see PivotSources). */
export const pivotPackages = ['dict-freedict-eng-swe', 'dict-freedict-eng-deu', 'dict-freedict-deu-swe', 'dict-freedict-swe-nor', 'apertium-swe-nor'];
export const pivotPackagesHint = `install Debian's ${pivotPackages.join(', ')} (\`sudo apt-get install ${pivotPackages.join(' ')}\`) and run \`npm run ingest -- --force\``;

/** Cap on translations read per headword and hop: the pivot counts routes, so it reads more senses than the direct dictionary keeps. */
const readings = {
  englishToSwedish: { name: 'freedict-eng-swe', maxTranslations: 8, annotations: 'strip' },
  englishToGerman: { name: 'freedict-eng-deu', maxTranslations: 24, annotations: 'strip', placeholders: 'strip' },
  germanToSwedish: { name: 'freedict-deu-swe', maxTranslations: 6, annotations: 'strip', placeholders: 'strip' },
  swedishToNorwegian: { name: 'freedict-swe-nor', maxTranslations: 6, annotations: 'strip' },
} as const;

/** Swedish lemma → bokmål lemmas by Apertium's Swedish–bokmål dictionary, over the lemma readings of `words`. */
const apertiumSwedishToBokmaal = async (words: string[]): Promise<Map<string, string[]>> => {
  const single = words.filter((word) => /^\p{L}+$/u.test(word));
  const analysed = await ltProc(['-w', swedishAnalyser], single);
  const lemmaReadings = [...new Set(analysed.flatMap((line, index) => taggedAnalyses(line).filter((analysis) => lemmaOfAnalysis(analysis) === single[index])))];
  return bilingualLemmas(
    await ltProc(
      ['-b', swedishToBokmaal],
      lemmaReadings.map((analysis) => `^${analysis}$`),
    ),
  );
};

export type PivotLoadResult = { sources: PivotSources; reason?: undefined } | { sources: null; reason: string };

/**
 * Reads the dictionaries of the English → Swedish/German → Norwegian pivot (pivot-dictionary.ts):
 * FreeDict eng-swe, eng-deu, deu-swe and swe-nor, with Apertium's Swedish–bokmål dictionary run by
 * lttoolbox's `lt-proc` over the Swedish words they reach. Null with a reason when one is missing.
 */
export const loadPivotSources = async (): Promise<PivotLoadResult> => {
  const loaded: Partial<Record<keyof typeof readings, ReadonlyMap<string, readonly string[]>>> = {};
  for (const [key, reading] of Object.entries(readings) as Array<[keyof typeof readings, (typeof readings)[keyof typeof readings]]>) {
    const result = loadFreedict(`${dictd}/${reading.name}`, reading);
    if (!result.dictionary) return { sources: null, reason: result.reason };
    loaded[key] = result.dictionary.entries;
  }
  const { englishToSwedish, englishToGerman, germanToSwedish, swedishToNorwegian } = loaded;
  if (!englishToSwedish || !englishToGerman || !germanToSwedish || !swedishToNorwegian) {
    return { sources: null, reason: 'a pivot dictionary is empty' };
  }
  if (!existsSync(swedishAnalyser) || !existsSync(swedishToBokmaal)) return { sources: null, reason: `${swedishToBokmaal} is missing` };
  const swedishWords = new Set<string>();
  for (const translations of [...englishToSwedish.values(), ...germanToSwedish.values()]) for (const word of translations) swedishWords.add(word.toLowerCase());
  const swedishToBokmaalLemmas = new Map<string, readonly string[]>(swedishToNorwegian);
  try {
    for (const [swedish, bokmaal] of await apertiumSwedishToBokmaal([...swedishWords].sort())) {
      swedishToBokmaalLemmas.set(swedish, [...new Set([...(swedishToBokmaalLemmas.get(swedish) ?? []), ...bokmaal])]);
    }
  } catch (error) {
    return { sources: null, reason: `lt-proc failed on Swedish: ${error instanceof Error ? error.message : String(error)}` };
  }
  return {
    sources: {
      chains: [
        { name: 'eng-swe', hops: [englishToSwedish, swedishToBokmaalLemmas], routePerWord: false },
        { name: 'eng-deu-swe', hops: [englishToGerman, germanToSwedish, swedishToBokmaalLemmas], routePerWord: true },
      ],
    },
  };
};

/** Raised whenever the candidates are built differently, so a cached table is not reused. */
const candidatesBuild = 8;

const sourceFiles = (): string[] => [
  ...Object.values(readings).flatMap((reading) => [`${dictd}/${reading.name}.index`, `${dictd}/${reading.name}.dict.dz`]),
  swedishAnalyser,
  swedishToBokmaal,
];

const candidatesKey = (): string => {
  const hash = createHash('sha256').update(`pivot.${candidatesBuild}`);
  for (const file of sourceFiles()) {
    const stat = existsSync(file) ? statSync(file) : null;
    hash.update(`${file}:${stat?.size ?? 0}:${stat?.mtimeMs ?? 0}`);
  }
  return hash.digest('hex').slice(0, 24);
};

/** The candidates by enough routes, and those by one route or more (for `withUncertainEntries`). */
interface CachedCandidates {
  candidates: PivotCandidates;
  weak: PivotCandidates;
}

type CandidateRecord = Record<string, Array<[string, number]>>;

const readCached = (file: string): CachedCandidates | null => {
  try {
    const cached = JSON.parse(readFileSync(file, 'utf8')) as { candidates: CandidateRecord; weak: CandidateRecord };
    return { candidates: new Map(Object.entries(cached.candidates)), weak: new Map(Object.entries(cached.weak)) };
  } catch {
    return null;
  }
};

const writeCached = (file: string, cached: CachedCandidates): void => {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify({ candidates: Object.fromEntries(cached.candidates), weak: Object.fromEntries(cached.weak) }));
  renameSync(temporary, file);
};

export type PivotCandidatesResult = (CachedCandidates & { cached: boolean; reason?: undefined }) | { candidates: null; reason: string };

/**
 * The pivot's candidate translations (pivotCandidates over loadPivotSources), by enough routes and by one. They depend only on the
 * Debian files, so they are cached in `cacheDir` under a key of those files' sizes and times: reading
 * the large English–German dictionary takes tens of seconds.
 */
export const loadPivotCandidates = async (cacheDir?: string): Promise<PivotCandidatesResult> => {
  const cacheFile = cacheDir ? path.join(cacheDir, `english-pivot-${candidatesKey()}.json`) : null;
  const cached = cacheFile ? readCached(cacheFile) : null;
  if (cached) return { ...cached, cached: true };
  const loaded = await loadPivotSources();
  if (!loaded.sources) return { candidates: null, reason: loaded.reason };
  const built = { candidates: pivotCandidates(loaded.sources), weak: pivotCandidates(loaded.sources, 1) };
  if (cacheFile) writeCached(cacheFile, built);
  return { ...built, cached: false };
};
