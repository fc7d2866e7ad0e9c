import path from 'node:path';
import {
  analyze,
  buildLexicon,
  ChunkVectorStore,
  indexedText,
  loadFreedictEngNor,
  loadWordList,
  pruneDictionary,
  MAX_TRANSLATIONS_PER_HEADWORD,
  withCorpusLemmaEntries,
  withFirstPartEntries,
  withGradedEntries,
  buildPivotDictionary,
  preferVerbsOfActionNouns,
  withPivotEntries,
  withUncertainEntries,
  withUncertainNeighbours,
  withWordnetEntries,
  withSynonymEntries,
  englishLemmas,
  REQUEST_WORDS,
  occursInVocabulary,
  periodicAdjectives,
  periodicCandidates,
  defaultIndexBuildSettings,
  describeStaleness,
  indexStaleness,
  readSeeds,
  serializeDictionary,
  trainCorpusEmbedder,
  WordKnowledge,
  chooseEmbedder,
  loadE5Embedder,
  type Embedder,
  type EmbedderChoice,
  type ModelSource,
  type BuildManifest,
} from '@kildesvar/core';
import { KildesvarError } from '@kildesvar/core/errors';
import { cleanSeeds, prepareCorpus } from './prepare-corpus';
import { silentProgress, type ProgressReporter } from './progress';
import { buildLanguageResources } from './language-resources';
import { loadPivotCandidates, pivotPackagesHint } from './english-pivot';
import { loadTimeNouns, loadWordnet, wordnetPackageHint } from './english-wordnet';
import { buildRetrieval } from './retrieval-build';
import { activeManifest, writeDatabaseGeneration } from './database-target';
import type { Pool } from 'pg';
import { withIngestLock } from './lock';
import { intactManifest } from './intact-build';
import { describeBuild, writeIndexBuild } from './index-build';

export interface IngestOptions extends ModelSource {
  seedsDir: string;
  indexDir: string;
  force: boolean;
  embedder: EmbedderChoice;
  progress?: ProgressReporter;
  /** Write a new generation into PostgreSQL (`STORE=postgres`) instead of the index folder. */
  database?: Pool;
}

export interface IngestSummary {
  skipped: boolean;
  reason: string;
  manifest: BuildManifest;
}

const timed = async <T>(stageSeconds: Record<string, number>, name: string, work: () => Promise<T> | T): Promise<T> => {
  const started = performance.now();
  const result = await work();
  stageSeconds[name] = Number(((performance.now() - started) / 1000).toFixed(3));
  return result;
};

/**
 * Builds the index unless it is up to date and intact. Finding it up to date reads only complete,
 * immutable builds and needs no lock; a build takes the ingest lock (one at a time per index
 * folder) and checks again inside it, in case another ingest just finished. With STORE=postgres
 * the generation's transaction is what makes a build atomic, and no lock file is taken.
 */
export const runIngest = async (options: IngestOptions): Promise<IngestSummary> => {
  const unchanged = await buildIndex({ ...options, progress: silentProgress }, { checkOnly: true });
  if (unchanged) return unchanged;
  const build = async () => {
    const summary = await buildIndex(options, { checkOnly: false });
    if (!summary) throw new KildesvarError('internal', 'The ingest ended without a build or a reason to skip it.');
    return summary;
  };
  return options.database ? build() : withIngestLock(options.indexDir, build);
};

const buildIndex = async (options: IngestOptions, mode: { checkOnly: boolean }): Promise<IngestSummary | null> => {
  const progress = options.progress ?? silentProgress;
  const stageSeconds: Record<string, number> = {};
  const seeds = await timed(stageSeconds, 'read', () => readSeeds(options.seedsDir));
  const choice = chooseEmbedder(options.embedder, options);
  progress.log(`Embedder: ${choice.kind} (${choice.reason})`);

  const previous = options.database ? await activeManifest(options.database) : intactManifest(options.indexDir, progress.log);
  const staleness = previous && indexStaleness(previous, seeds, choice.kind);
  if (previous && !staleness && !options.force) return { skipped: true, reason: 'nothing changed since the last build', manifest: previous };
  if (mode.checkOnly) return null;

  const wordList = loadWordList();
  if (wordList.missing.length > 0)
    progress.log(`Word list not found (${wordList.missing.join(', ')}): hyphen repair uses corpus evidence only. Install Debian's wnorwegian for more.`);
  const documents = await timed(stageSeconds, 'clean', () => {
    const bar = progress.stage('clean', seeds.entries.length);
    const lexicon = buildLexicon(
      seeds.entries.map((seed) => seed.original),
      wordList.words,
    );
    const cleaned = cleanSeeds(seeds.entries, lexicon);
    bar.tick(seeds.entries.length);
    bar.done();
    return cleaned;
  });
  const corpus = await timed(stageSeconds, 'dedup+chunk', async () => {
    const bar = progress.stage('dedup+chunk', documents.length);
    const prepared = await prepareCorpus(seeds.entries, documents, defaultIndexBuildSettings);
    bar.tick(documents.length);
    bar.done();
    return prepared;
  });

  const texts = corpus.chunks.map(indexedText);
  const { embedder, corpusEmbedder, vectors } = await timed(stageSeconds, 'embed', async () => {
    const bar = progress.stage('embed', texts.length);
    const trained = choice.kind === 'corpus' ? trainCorpusEmbedder(texts, { analyze }) : null;
    const model: Embedder = trained ?? (await loadE5Embedder(options));
    const embedded: number[][] = [];
    const batch = 32;
    for (let start = 0; start < texts.length; start += batch) {
      embedded.push(...(await model.embedDocuments(texts.slice(start, start + batch))));
      bar.tick(Math.min(batch, texts.length - start));
    }
    bar.done();
    return { embedder: model, corpusEmbedder: trained, vectors: embedded };
  });

  const built = await timed(stageSeconds, 'language', () =>
    buildLanguageResources({
      texts: corpus.chunks.map((chunk) => ({ text: `${chunk.title}\n${chunk.heading}\n${chunk.text}`, source: chunk.file })),
      log: (message) => progress.log(message),
      cacheDir: path.join(process.cwd(), 'node_modules', '.cache', 'kildesvar'),
    }),
  );

  const dictionary = loadFreedictEngNor();
  if (!dictionary.dictionary)
    progress.log(
      `English→Norwegian dictionary unavailable (${dictionary.reason}): English questions rely on the built-in glossary. Install Debian's dict-freedict-eng-nor for more.`,
    );
  // «hvert år» ~ «årlig»: periodic adjectives of the nouns WordNet files as nouns of time (see `periodic.ts`).
  const timeNouns = loadTimeNouns();
  const language =
    dictionary.dictionary && timeNouns
      ? { ...built, periodic: periodicAdjectives(periodicCandidates(Object.values(built.lemmas).flat()), dictionary.dictionary.entries, timeNouns) }
      : built;
  const pivot = await timed(stageSeconds, 'english', () => loadPivotCandidates(path.join(process.cwd(), 'node_modules', '.cache', 'kildesvar')));
  if (!pivot.candidates)
    progress.log(`English pivot dictionaries unavailable (${pivot.reason}): English words FreeDict eng-nor lacks stay untranslated; ${pivotPackagesHint}.`);

  const vocabulary = new Set(texts.flatMap((text) => analyze(text)));
  const knowledge = new WordKnowledge(language, vocabulary);
  const retrieval = await timed(stageSeconds, 'analyse', () => {
    const bar = progress.stage('analyse', 1);
    const built = buildRetrieval(
      corpus.chunks,
      seeds.entries.map((seed) => seed.entry),
      knowledge,
      corpusEmbedder ? (text) => corpusEmbedder.embedText(text) : undefined,
      new Map(seeds.entries.map((seed) => [seed.entry.file, seed.original])),
    );
    bar.tick();
    bar.done();
    return built;
  });

  const direct = dictionary.dictionary ? pruneDictionary(dictionary.dictionary, vocabulary, MAX_TRANSLATIONS_PER_HEADWORD) : null;
  const candidates = pivot.candidates ? preferVerbsOfActionNouns(pivot.candidates, direct) : null;
  const pivoted = candidates ? withPivotEntries(direct, buildPivotDictionary(candidates, vocabulary)) : direct;
  // A translation the corpus writes only inflected («eie» as «eies», «eide»), for the headwords still without one: by a form
  // the corpus writes that is read as that lemma alone (not «data», also a form of «datum»).
  const isCorpusLemma = (norwegian: string): boolean =>
    knowledge.stemmedFormsOf(norwegian).some(({ form, stem }) => vocabulary.has(stem) && knowledge.lemmasOf(form).length === 1);
  const lemmaFilled = pivoted
    ? withCorpusLemmaEntries(pivoted, { dictionary: dictionary.dictionary, pivot: candidates }, isCorpusLemma, MAX_TRANSLATIONS_PER_HEADWORD)
    : pivoted;
  const translated =
    lemmaFilled && dictionary.dictionary ? withFirstPartEntries(lemmaFilled, dictionary.dictionary, vocabulary, MAX_TRANSLATIONS_PER_HEADWORD) : lemmaFilled;
  const wordnet = loadWordnet();
  if (!wordnet.exceptions)
    progress.log(
      `WordNet unavailable (${wordnet.reason}): irregular English forms («made») and multiword verbs («set up») stay untranslated; ${wordnetPackageHint}.`,
    );
  const withWordnet =
    translated && wordnet.exceptions ? withWordnetEntries(translated, wordnet.exceptions, wordnet.multiwordVerbs, wordnet.verbSynonyms) : translated;
  // The forms the corpus writes of adjectives' translations, for comparatives no dictionary has («faster» → «raskere»).
  const graded =
    withWordnet && dictionary.dictionary ? withGradedEntries(withWordnet, dictionary.dictionary, (lemma) => knowledge.formsOf(lemma), vocabulary) : withWordnet;
  // Words a single pivot route reaches, for the English words still without a translation: a question's other words choose.
  const uncertain = graded && pivot.candidates ? withUncertainEntries(graded, pivot.weak, vocabulary) : graded;
  // Words neither reaches, through their WordNet synonyms a dictionary translates directly; a reporting verb («cite» beside «mention») none.
  const synonymFilled =
    uncertain && wordnet.exceptions
      ? withSynonymEntries(
          uncertain,
          wordnet.wordSenses,
          (norwegian) => occursInVocabulary(norwegian, vocabulary),
          wordnet.adverbs,
          englishLemmas,
          new Set(REQUEST_WORDS),
        )
      : uncertain;
  // The stems each of them stands beside in the passages, saved with the dictionary so every store chooses alike.
  const english = synonymFilled
    ? withUncertainNeighbours(
        synonymFilled,
        retrieval.chunks.map((chunk) => chunk.terms.stems),
      )
    : synonymFilled;
  const describe = () => describeBuild({ embedder, kind: choice.kind, seeds, corpus, english, stageSeconds });
  const database = options.database;
  const manifest: BuildManifest = database
    ? await timed(stageSeconds, 'database', () =>
        writeDatabaseGeneration(
          database,
          {
            manifest: describe(),
            seeds,
            chunks: retrieval.chunks,
            indexes: retrieval.indexes,
            vectors,
            embedderState: corpusEmbedder?.toState() ?? null,
            english: english ? serializeDictionary(english) : null,
            language,
          },
          progress,
        ),
      )
    : (
        await timed(stageSeconds, 'index', async () => {
          const store = await ChunkVectorStore.build(
            embedder,
            corpus.chunks.map((chunk) => chunk.id),
            vectors,
          );
          return writeIndexBuild(options.indexDir, { chunks: corpus.chunks, retrieval, corpusEmbedder, vectors: store, english, language }, describe, progress);
        })
      ).manifest;
  manifest.stageSeconds = stageSeconds;
  return { skipped: false, reason: !previous ? 'no index yet' : staleness ? describeStaleness(staleness, options.seedsDir) : 'forced rebuild', manifest };
};
