import type { CatalogEntry, Chunk } from '../schemas';
import { FakeEmbedder } from '../embed/fake-embedder';
import { indexChunk, indexedText } from '../retrieval/indexed-chunk';
import { Retriever } from '../retrieval/retriever';
import { ChunkVectorStore } from '../store/vector-store';
import { createIndexAssistant } from './index-assistant';

/**
 * A small in-memory corpus for unit tests of the retriever and the assistant: three short
 * documents, one chunk per paragraph, a FakeEmbedder and an in-memory HNSW store. No index on
 * disk, no model, no ingest.
 */
export const smallCorpusTexts: Readonly<Record<string, string>> = {
  'helse.txt':
    'Norsk Helsenett\n\nI løpet av 2011 skal alle kommuner være tilknyttet Norsk Helsenett. Tilknytningen gir sikker elektronisk samhandling mellom fastleger, sykehus og kommuner.\n\n' +
    'Elektronisk pasientjournal\n\nKommunene skal ha elektronisk pasientjournal i pleie- og omsorgstjenesten innen 2010.',
  'skole.txt':
    'Skole og bredbånd\n\nI løpet av 2008 skal alle grunnskoler og videregående skoler ha bredbånd med tilstrekkelig kapasitet. Elevene skal bruke digitale verktøy i alle fag.',
  'post.txt':
    'Digital post\n\nInnbyggerne skal få brev fra det offentlige i en digital postkasse. Papirbrev sendes bare til dem som reserverer seg mot digital post.',
};

export const smallCorpusCatalog: CatalogEntry[] = [
  { file: 'helse.txt', title: 'eHelse i kommunene', publisher: 'KS', year: 2008, language: 'nb' },
  { file: 'skole.txt', title: 'IKT i skolen', publisher: 'KS', year: 2006, language: 'nb' },
  { file: 'post.txt', title: 'Digital post til innbyggerne', publisher: 'Difi', year: 2014, language: 'nb' },
];

/** One chunk per paragraph that is not a heading line, with its heading and its span in the original text. */
const chunksOf = (file: string, title: string, text: string): Chunk[] => {
  const chunks: Chunk[] = [];
  let heading = '';
  let start = 0;
  for (const paragraph of text.split('\n\n')) {
    const end = start + paragraph.length;
    if (!paragraph.includes('.')) heading = paragraph;
    else chunks.push({ id: `${file}:${start}`, file, title, heading, text: paragraph, start, end, alsoIn: [] });
    start = end + 2;
  }
  return chunks;
};

export const buildSmallCorpus = async () => {
  const embedder = new FakeEmbedder(64);
  const chunks = smallCorpusCatalog.flatMap((entry) =>
    chunksOf(entry.file, entry.title, smallCorpusTexts[entry.file] ?? '').map((chunk) => indexChunk(chunk, [entry.year, entry.year], indexedText(chunk))),
  );
  const vectors = await ChunkVectorStore.build(
    embedder,
    chunks.map((chunk) => chunk.id),
    await embedder.embedDocuments(chunks.map((chunk) => chunk.indexedText)),
  );
  const retriever = Retriever.create(chunks, embedder, vectors);
  const originals = new Map(Object.entries(smallCorpusTexts));
  const assistant = createIndexAssistant({ catalog: smallCorpusCatalog, originals, retriever, english: null, embedder });
  return { chunks, retriever, assistant, originals };
};
