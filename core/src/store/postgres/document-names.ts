import type { Pool } from 'pg';
import { KildesvarError } from '../../errors';
import { copyOut } from './copy-out';
import { CopyBinaryReader } from './posting-transfer';

/**
 * The names of one generation's lexical documents, by number: each chunk's id (chunk numbers run
 * 0 … n − 1) and each sentence's chunk and position, so that the hits the API sums from posting
 * rows, and the chunk numbers of the dense lists, are named without asking the database (at 100×
 * a first-time search asked it twice, once for the lexical hits and once for the nearest vectors).
 * Small beside the field lengths the API keeps anyway: the ids as one string (17 bytes a chunk
 * with its 16-character id), 8 bytes a chunk of offsets, 2 bytes a sentence (its position) — at
 * 100× (31,877 chunks, 186,894 sentences) ~1.2 MiB, read once per generation by one binary COPY.
 */
export class DocumentNames {
  constructor(
    /** Every chunk id in chunk-number order, each followed by a newline. */
    private readonly joined: string,
    /** Where chunk n's id starts in `joined`; one more entry than chunks. */
    private readonly starts: Uint32Array,
    /** Chunk n's first sentence number (its sentences are numbered one after another); one more entry than chunks. */
    private readonly firstSentences: Int32Array,
    /** Each sentence's position in its chunk, by sentence number. */
    private readonly sentencePositions: Uint16Array | Int32Array,
  ) {}

  get chunkCount(): number {
    return this.starts.length - 1;
  }

  get sentenceCount(): number {
    return this.sentencePositions.length;
  }

  /** The id of chunk `chunkNo`, undefined when the generation has no such chunk. */
  chunkId(chunkNo: number): string | undefined {
    if (!Number.isInteger(chunkNo) || chunkNo < 0 || chunkNo >= this.chunkCount) return undefined;
    return this.joined.slice(this.starts[chunkNo] as number, (this.starts[chunkNo + 1] as number) - 1);
  }

  /** The chunk number of sentence `sentenceNo` (a valid one): the last chunk whose first sentence is not after it. */
  private chunkOf(sentenceNo: number): number {
    let low = 0;
    let high = this.chunkCount - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.firstSentences[middle] as number) <= sentenceNo) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  /** The id of sentence `sentenceNo` (`<chunk id>#<position>`, as the in-memory index names it), undefined when unknown. */
  sentenceId(sentenceNo: number): string | undefined {
    if (!Number.isInteger(sentenceNo) || sentenceNo < 0 || sentenceNo >= this.sentenceCount) return undefined;
    const chunk = this.chunkId(this.chunkOf(sentenceNo));
    return chunk === undefined ? undefined : `${chunk}#${this.sentencePositions[sentenceNo]}`;
  }
}

const corrupt = (generation: number, what: string) =>
  new KildesvarError('index_corrupt', `Generation ${generation}'s ${what}; run \`STORE=postgres npm run ingest -- --force\` to rebuild it.`);

/** Big-endian 32-bit integers (PostgreSQL's binary form) as numbers. */
const int32s = (bytes: Uint8Array): Int32Array => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const values = new Int32Array(Math.floor(bytes.length / 4));
  for (let index = 0; index < values.length; index += 1) values[index] = view.getInt32(index * 4);
  return values;
};

/** The fields `readDocumentNames` reads, in PostgreSQL's binary form (null for SQL's NULL). */
export interface DocumentNameFields {
  /** int4: chunks in the generation. */
  chunks: Uint8Array | null;
  /** int4: the largest chunk number. */
  lastChunk: Uint8Array | null;
  /** The chunk ids in chunk-number order, each followed by a newline, UTF-8. */
  ids: Uint8Array | null;
  /** int4: sentences in the generation. */
  sentences: Uint8Array | null;
  /** int4: the largest sentence number. */
  lastSentence: Uint8Array | null;
  /** bool: every chunk's sentence numbers run without gaps. */
  contiguous: Uint8Array | null;
  /** int4 pairs in chunk-number order: each chunk with sentences, and its first sentence number. */
  firsts: Uint8Array | null;
  /** int4 per sentence in sentence-number order: its position in its chunk. */
  positions: Uint8Array | null;
}

/** The names from their fields, checked: numbers without gaps, one id a chunk, each chunk's sentences numbered one after another. */
export const documentNamesFrom = (generation: number, fields: DocumentNameFields): DocumentNames => {
  const number = (bytes: Uint8Array | null): number | null => (bytes && bytes.length === 4 ? (int32s(bytes)[0] as number) : null);
  const chunks = number(fields.chunks) ?? 0;
  const sentences = number(fields.sentences) ?? 0;
  if (chunks > 0 && number(fields.lastChunk) !== chunks - 1) throw corrupt(generation, 'chunk numbers do not run from 0 without gaps');
  if (sentences > 0 && number(fields.lastSentence) !== sentences - 1) throw corrupt(generation, 'sentence numbers do not run from 0 without gaps');
  if (sentences > 0 && fields.contiguous?.[0] !== 1) throw corrupt(generation, 'sentences are not numbered chunk by chunk');
  const joined = fields.ids ? Buffer.from(fields.ids.buffer, fields.ids.byteOffset, fields.ids.byteLength).toString('utf8') : '';
  const starts = new Uint32Array(chunks + 1);
  let chunk = 0;
  for (let at = joined.indexOf('\n'); at >= 0; at = joined.indexOf('\n', at + 1)) {
    chunk += 1;
    if (chunk > chunks) break;
    starts[chunk] = at + 1;
  }
  if (chunk !== chunks || (chunks > 0 && starts[chunks] !== joined.length)) throw corrupt(generation, 'chunk ids hold line breaks');
  const positions = int32s(fields.positions ?? new Uint8Array(0));
  if (positions.length !== sentences) throw corrupt(generation, 'sentences could not be read');
  // Ingest numbers sentences by id (`<chunk id>#<position>`), so each chunk's sentences follow one another, in chunk order.
  const pairs = int32s(fields.firsts ?? new Uint8Array(0));
  const firstSentences = new Int32Array(chunks + 1).fill(sentences);
  for (let index = 0, previousOwner = -1, previous = -1; index + 1 < pairs.length; index += 2) {
    const owner = pairs[index] as number;
    const first = pairs[index + 1] as number;
    if (owner < 0 || owner >= chunks) throw corrupt(generation, 'sentences name chunks it does not hold');
    if (owner <= previousOwner || first <= previous) throw corrupt(generation, 'sentences are not numbered chunk by chunk');
    previousOwner = owner;
    previous = first;
    firstSentences[owner] = first;
  }
  // A chunk without sentences starts where the next one does.
  for (let index = chunks - 1; index >= 0; index -= 1)
    if ((firstSentences[index] as number) > (firstSentences[index + 1] as number)) firstSentences[index] = firstSentences[index + 1] as number;
  const small = positions.every((position) => position >= 0 && position < 2 ** 16);
  return new DocumentNames(joined, starts, firstSentences, small ? Uint16Array.from(positions) : positions);
};

/**
 * Reads a generation's document names by one binary COPY of one row: the chunk ids joined in
 * chunk-number order, each chunk's first sentence number, and the sentences' positions in
 * sentence-number order (so ~250,000 sentences come as a few fields of bytes, not as rows or hex
 * text: at 100× ~1.5 MB on the wire, each field copied once into a buffer of its own).
 */
export const readDocumentNames = async (pool: Pool, generation: number): Promise<DocumentNames> => {
  if (!Number.isSafeInteger(generation)) throw new KildesvarError('internal', `Generation ${generation} is not an integer.`);
  let row: Array<Uint8Array | null> | undefined;
  const reader = new CopyBinaryReader(undefined, (tuple) => {
    row = tuple;
  });
  await copyOut(
    pool,
    `COPY (SELECT c.chunks, c.last_chunk, c.ids, s.sentences, s.last_sentence, f.contiguous, f.firsts, s.positions
     FROM (SELECT count(*)::int4 AS chunks, max(chunk_no) AS last_chunk, convert_to(string_agg(id || E'\\n', '' ORDER BY chunk_no), 'UTF8') AS ids
           FROM kildesvar_chunks WHERE generation = ${generation}) c,
          (SELECT count(*)::int4 AS sentences, max(sentence_no) AS last_sentence,
                  string_agg(int4send(position), ''::bytea ORDER BY sentence_no) AS positions
           FROM kildesvar_sentences WHERE generation = ${generation}) s,
          (SELECT bool_and(last - first + 1 = n) AS contiguous, string_agg(int4send(chunk_no) || int4send(first), ''::bytea ORDER BY chunk_no) AS firsts
           FROM (SELECT chunk_no, min(sentence_no) AS first, max(sentence_no) AS last, count(*) AS n
                 FROM kildesvar_sentences WHERE generation = ${generation} GROUP BY chunk_no) x) f) TO STDOUT (FORMAT binary)`,
    (piece) => reader.push(piece),
  );
  reader.end();
  if (!row) throw corrupt(generation, 'document names could not be read');
  const [chunks = null, lastChunk = null, ids = null, sentences = null, lastSentence = null, contiguous = null, firsts = null, positions = null] = row;
  return documentNamesFrom(generation, { chunks, lastChunk, ids, sentences, lastSentence, contiguous, firsts, positions });
};
