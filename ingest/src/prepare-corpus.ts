import {
  chunkDocument,
  cleanDocument,
  deduplicate,
  chunkId,
  splitSentences,
  toOriginalSpan,
  type CatalogEntry,
  type Chunk,
  type CleanedText,
  type IndexBuildSettings,
  type DedupStats,
  type Lexicon,
  type SentenceSpan,
  type Span,
} from '@kildesvar/core';
import { itemAt } from '@kildesvar/core';

/**
 * From original seed texts to deduplicated, structure-aware chunks whose start/end point into
 * the originals: clean (with offset map) → sentences → deduplicate → chunk → alsoIn.
 */
export interface SeedDocument {
  entry: CatalogEntry;
  original: string;
}

export interface PreparedDocument {
  file: string;
  original: string;
  cleaned: CleanedText;
  sentences: SentenceSpan[];
  folded: boolean[];
}

export interface PreparedCorpus {
  documents: PreparedDocument[];
  chunks: Chunk[];
  dedup: DedupStats;
  cleanedChars: number;
  originalChars: number;
}

export type PrepareSettings = IndexBuildSettings;

export { chunkId };

export const cleanSeeds = (seeds: SeedDocument[], lexicon: Lexicon): PreparedDocument[] =>
  seeds.map(({ entry, original }) => {
    const cleaned = cleanDocument(original, lexicon);
    return { file: entry.file, original, cleaned, sentences: splitSentences(cleaned.text), folded: [] };
  });

/** How many characters the cleaner repaired inside a sentence: the cleanest copy of a passage wins. */
const artefacts = (document: PreparedDocument, sentence: SentenceSpan): number => {
  const span = toOriginalSpan(document.cleaned, sentence.start, sentence.end);
  const original = document.original.slice(span.start, span.end);
  return Math.abs(original.length - (sentence.end - sentence.start)) + (original.match(/-\s*\n/g)?.length ?? 0) * 10;
};

export const prepareCorpus = async (seeds: SeedDocument[], documents: PreparedDocument[], settings: PrepareSettings): Promise<PreparedCorpus> => {
  const dedup = deduplicate(
    documents.map((document) => ({
      file: document.file,
      sentences: document.sentences.map((sentence) => ({
        text: document.cleaned.text.slice(sentence.start, sentence.end),
        artefacts: artefacts(document, sentence),
      })),
    })),
    settings.dedup,
  );
  documents.forEach((document, index) => {
    document.folded = itemAt(dedup.folded, index);
  });

  const titleOf = new Map(seeds.map(({ entry }) => [entry.file, entry.title]));
  const drafts = await Promise.all(
    documents.map((document) =>
      chunkDocument({ file: document.file, text: document.cleaned.text, sentences: document.sentences, folded: document.folded }, settings.chunker),
    ),
  );

  // Which chunk holds each kept sentence, to hang folded copies on as alsoIn.
  const chunkOfSentence = documents.map((document) => new Array<number>(document.sentences.length).fill(-1));
  const chunks: Chunk[] = [];
  drafts.forEach((documentDrafts, documentIndex) => {
    const document = itemAt(documents, documentIndex);
    const chunkOf = itemAt(chunkOfSentence, documentIndex);
    for (const draft of documentDrafts) {
      const span = toOriginalSpan(document.cleaned, draft.start, draft.end);
      for (const sentence of draft.sentences) if (itemAt(chunkOf, sentence) < 0) chunkOf[sentence] = chunks.length;
      chunks.push({
        id: chunkId(draft.file, span.start, span.end, draft.text),
        file: draft.file,
        title: titleOf.get(draft.file) ?? draft.file,
        heading: draft.heading,
        start: span.start,
        end: span.end,
        text: draft.text,
        alsoIn: [],
      });
    }
  });

  // Each run of folded sentences becomes one alsoIn span per chunk that holds their canonicals.
  documents.forEach((document, documentIndex) => {
    let run: { chunk: number; start: number; end: number } | null = null;
    const close = (): void => {
      if (!run) return;
      const span = toOriginalSpan(document.cleaned, run.start, run.end);
      addAlsoIn(itemAt(chunks, run.chunk), { file: document.file, start: span.start, end: span.end });
      run = null;
    };
    document.sentences.forEach((sentence, sentenceIndex) => {
      if (!document.folded[sentenceIndex]) {
        close();
        return;
      }
      const canonical = itemAt(itemAt(dedup.canonicalOf, documentIndex), sentenceIndex);
      const chunk = canonical ? itemAt(itemAt(chunkOfSentence, canonical.document), canonical.sentence) : -1;
      if (chunk < 0) throw new RangeError(`dedup folded a sentence whose canonical copy is in no chunk (${document.file} @${sentence.start})`);
      if (run && run.chunk === chunk) run.end = sentence.end;
      else {
        close();
        run = { chunk, start: sentence.start, end: sentence.end };
      }
    });
    close();
  });

  // A copy too short to fold (`foldMinChars`: «I løpet av 2007 skal alle kommuner og fylkeskommuner være part i Norge
  // digitalt», a goal repeated in a plan's summary and in its chapter) stays in its chunk, and so does its canonical: each
  // is recorded as an alsoIn span of the other's chunk, so a citation of either copy names both places the words stand.
  // Within a document only: a copy in another document lends its chunk that document's title (`copiesOf` in
  // retrieval-build.ts), which a sentence kept in both places does not need.
  documents.forEach((document, documentIndex) => {
    const chunkOf = itemAt(chunkOfSentence, documentIndex);
    document.sentences.forEach((sentence, sentenceIndex) => {
      const canonical = itemAt(itemAt(dedup.canonicalOf, documentIndex), sentenceIndex);
      if (document.folded[sentenceIndex] || !canonical || canonical.document !== documentIndex) return;
      const copyChunk = itemAt(chunkOf, sentenceIndex);
      const canonicalChunk = itemAt(chunkOf, canonical.sentence);
      if (copyChunk < 0 || canonicalChunk < 0 || copyChunk === canonicalChunk) return;
      const original = itemAt(document.sentences, canonical.sentence);
      addAlsoIn(itemAt(chunks, canonicalChunk), { file: document.file, ...toOriginalSpan(document.cleaned, sentence.start, sentence.end) });
      addAlsoIn(itemAt(chunks, copyChunk), { file: document.file, ...toOriginalSpan(document.cleaned, original.start, original.end) });
    });
  });

  return {
    documents,
    chunks,
    dedup: dedup.stats,
    cleanedChars: documents.reduce((sum, document) => sum + document.cleaned.text.length, 0),
    originalChars: documents.reduce((sum, document) => sum + document.original.length, 0),
  };
};

const addAlsoIn = (chunk: Chunk, span: Span): void => {
  const previous = chunk.alsoIn[chunk.alsoIn.length - 1];
  if (previous && previous.file === span.file && span.start >= previous.start && span.start - previous.end < 40)
    previous.end = Math.max(previous.end, span.end);
  else chunk.alsoIn.push(span);
};
