import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { itemAt } from '../collections/item-at';
import { FakeEmbedder } from '../embed/fake-embedder';
import { storeAnalysis } from '../retrieval/analysed-chunk';
import { quantizeSentenceVector } from '../embed/sentence-vectors';
import { indexChunk, indexedText } from '../retrieval/indexed-chunk';
import { prepareQuery } from '../retrieval/query';
import { Retriever, buildRetrievalIndexes } from '../retrieval/retriever';
import type { Chunk } from '../schemas';
import { blockChecksums } from './block-checksums';
import { retrievalFiles } from './index-directory';
import { onDemandIndexFiles, readRetrievalFiles, writeRetrievalFiles } from './retrieval-files';
import { checksumFiles, verifyFiles } from './verify-index';
import { ChunkVectorStore } from './vector-store';

/** Real sentences from the seeds, two chunks per document. */
const texts = [
  'I løpet av 2011 skal alle kommuner være tilknyttet Norsk Helsenett. De skal ha tatt i bruk elektronisk samhandling med helseforetak og fastleger.',
  'Kommunene skal ha som mål at all dokumentasjon i kommunal helse- og omsorgstjeneste skjer i elektronisk journalsystem i løpet av 2009.',
  'I løpet av 2008 skal alle kommuner og fylkeskommuner ha sørget for bredbånd med tilstrekkelig kapasitet. Det gjelder alle grunnskoler og videregående skoler.',
  'Ifølgje KS finn ein innan helse- og omsorgssektoren i kommunane også dei tilsette med den lågaste digitale kompetansen.',
];
const chunks: Chunk[] = texts.map((text, index) => ({
  id: `chunk-${index}`,
  file: `00${index % 2}_test.txt`,
  start: index * 200,
  end: index * 200 + text.length,
  title: index % 2 ? 'eKommune 2012' : 'Digitalt løft',
  heading: index === 2 ? 'Bredbånd' : '',
  text,
  alsoIn: [],
}));
const yearsOf = (file: string): [number, number] => (file.startsWith('000') ? [2008, 2011] : [2009, 2009]);

const directory = mkdtempSync(path.join(tmpdir(), 'kildesvar-retrieval-files-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('stored retrieval files', () => {
  const analysed = chunks.map((chunk) => indexChunk(chunk, yearsOf(chunk.file), indexedText(chunk)));
  // Sentence vectors as ingest stores them with the corpus embedder (the last chunk's sentences have none, as with a model embedder).
  for (const [chunkIndex, chunk] of analysed.slice(0, -1).entries())
    for (const [index, sentence] of chunk.sentences.entries())
      sentence.vector = quantizeSentenceVector([Math.cos(chunkIndex + index), Math.sin(chunkIndex + index), 0]);
  const indexes = buildRetrievalIndexes(analysed);
  writeRetrievalFiles(directory, analysed, indexes);
  // Read as the loader reads a build: through verified files, the analysed chunks on demand.
  const verified = (folder: string) => verifyFiles(folder, checksumFiles(folder, onDemandIndexFiles), { onDemand: onDemandIndexFiles });
  const stored = readRetrievalFiles(verified(directory), chunks, yearsOf);

  it('give back every chunk with the same sentences, terms and heading terms, without analysing', () => {
    stored.chunks.forEach((chunk, index) => {
      const fresh = itemAt(analysed, index);
      expect(chunk.sentences.map((sentence) => [sentence.start, sentence.end, sentence.text])).toEqual(
        fresh.sentences.map((sentence) => [sentence.start, sentence.end, sentence.text]),
      );
      expect(chunk.sentences.map((sentence) => sentence.terms)).toEqual(fresh.sentences.map((sentence) => sentence.terms));
      expect(chunk.sentences.map((sentence) => (sentence.vector ? [...sentence.vector] : null))).toEqual(
        fresh.sentences.map((sentence) => (sentence.vector ? [...sentence.vector] : null)),
      );
      expect(chunk.terms).toEqual(fresh.terms);
      expect(chunk.headingTerms).toEqual(fresh.headingTerms);
      expect([chunk.year, chunk.years, chunk.indexedText]).toEqual([fresh.year, fresh.years, fresh.indexedText]);
    });
  });

  it('store the same analysis again when read back (a database generation is written from a file index so)', () => {
    stored.chunks.forEach((chunk, index) => {
      expect(storeAnalysis(chunk)).toEqual(storeAnalysis(itemAt(analysed, index)));
    });
  });

  it('rank exactly as a retriever built from scratch, with the same term weights', async () => {
    const embedder = new FakeEmbedder(32);
    const vectors = await ChunkVectorStore.build(
      embedder,
      chunks.map((chunk) => chunk.id),
      await embedder.embedDocuments(analysed.map((chunk) => chunk.indexedText)),
    );
    const fresh = Retriever.create(analysed, embedder, vectors);
    const loaded = Retriever.fromIndexes(stored.chunks, stored.indexes, embedder, vectors);
    for (const question of ['Når skal kommunene være tilknyttet helsenettet?', 'bredbånd til skolene', 'digital kompetanse hos de ansatte']) {
      const prepared = prepareQuery(question, null, fresh.vocabulary());
      for (const mode of ['hybrid', 'lexical'] as const) {
        const expected = await fresh.retrieve(prepared, { k: 4, mode });
        const actual = await loaded.retrieve(prepared, { k: 4, mode });
        expect(actual.map((hit) => [hit.chunk.id, hit.score, hit.bestSentence])).toEqual(expected.map((hit) => [hit.chunk.id, hit.score, hit.bestSentence]));
      }
      for (const stem of prepared.terms.stems) expect(loaded.weightOf(stem)).toBe(fresh.weightOf(stem));
    }
    expect(loaded.vocabulary()).toEqual(fresh.vocabulary());
  });

  it('refuses stored indexes whose counts do not match the chunks, naming the file and the command', () => {
    expect(() => readRetrievalFiles(verified(directory), chunks.slice(1), yearsOf)).toThrow(
      expect.objectContaining({ code: 'index_corrupt', message: expect.stringMatching(/lexical-chunks\.bin.*npm run ingest -- --force/) }),
    );
  });

  it('refuses an analysed-chunks file written for another number of chunks, naming it', () => {
    const other = mkdtempSync(path.join(tmpdir(), 'kildesvar-retrieval-other-'));
    writeRetrievalFiles(other, analysed.slice(1), indexes);
    expect(() => readRetrievalFiles(verified(other), chunks, yearsOf)).toThrow(
      expect.objectContaining({ code: 'index_corrupt', message: expect.stringContaining(retrievalFiles.analysed) }),
    );
    rmSync(other, { recursive: true, force: true });
  });

  it('names the missing file and what to run when one is absent', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'kildesvar-retrieval-empty-'));
    writeFileSync(path.join(empty, 'unrelated'), '');
    expect(() => readRetrievalFiles(verified(empty), chunks, yearsOf)).toThrow(
      expect.objectContaining({ code: 'index_corrupt', message: expect.stringMatching(/lexical-chunks\.bin.*npm run ingest -- --force/) }),
    );
    rmSync(empty, { recursive: true, force: true });
  });

  const changedCopy = (name: string, blockBytes?: number) => {
    const changed = mkdtempSync(path.join(tmpdir(), 'kildesvar-retrieval-changed-'));
    writeRetrievalFiles(changed, analysed, indexes);
    const sums = checksumFiles(changed);
    const file = path.join(changed, name);
    const bytes = readFileSync(file);
    const sum = sums[name];
    if (!sum) throw new Error(`${name} not written`);
    const blocked = blockBytes ? { ...sums, [name]: { ...sum, blocks: blockChecksums(bytes, blockBytes) } } : sums;
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 3) ^ 0x20, bytes.length - 3);
    writeFileSync(file, bytes);
    return { changed, sums: blocked, size: bytes.length };
  };
  const changedError = (name: string) =>
    expect.objectContaining({ code: 'index_corrupt', message: expect.stringMatching(new RegExp(`${name.replace('.', '\\.')}.*SHA-256`)) });

  it.each([retrievalFiles.analysed, retrievalFiles.chunkLexical, retrievalFiles.sentenceLexical])(
    'refuses %s when its bytes changed after it was written, before decoding it (hashed whole without block checksums)',
    (name) => {
      const { changed, sums } = changedCopy(name);
      expect(() => verifyFiles(changed, sums, { onDemand: onDemandIndexFiles })).toThrow(changedError(name));
      rmSync(changed, { recursive: true, force: true });
    },
  );

  it.each([retrievalFiles.analysed, retrievalFiles.chunkLexical, retrievalFiles.sentenceLexical])(
    'with block checksums, opens %s without hashing it and refuses the changed block when it is first read, the others not',
    (name) => {
      const { changed, sums, size } = changedCopy(name, 64);
      const file = verifyFiles(changed, sums, { onDemand: onDemandIndexFiles }).onDemand(name);
      expect(file.readInto(Buffer.alloc(16), 0).length).toBe(16);
      expect(() => file.readInto(Buffer.alloc(4), size - 4)).toThrow(changedError(name));
      expect(() => file.readInto(Buffer.alloc(size), 0)).toThrow(changedError(name));
      file.close();
      rmSync(changed, { recursive: true, force: true });
    },
  );

  it('with block checksums, loads a changed analysed-chunks.bin and refuses the changed chunk when the second stage reads it', () => {
    const { changed, sums } = changedCopy(retrievalFiles.analysed, 64);
    const reread = readRetrievalFiles(verifyFiles(changed, sums, { onDemand: onDemandIndexFiles }), chunks, yearsOf);
    expect(itemAt(reread.chunks, 0).terms).toEqual(itemAt(analysed, 0).terms);
    expect(() => itemAt(reread.chunks, chunks.length - 1).sentences).toThrow(changedError(retrievalFiles.analysed));
    rmSync(changed, { recursive: true, force: true });
  });
});
