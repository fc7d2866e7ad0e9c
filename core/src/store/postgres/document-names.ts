import type { Pool } from 'pg';
import { KildesvarError } from '../../errors';

/**
 * The names of one generation's lexical documents, by number: each chunk's id (chunk numbers run
 * 0 … n − 1) and each sentence's chunk and position, so that the hits the API sums from posting
 * rows, and the chunk numbers of the dense lists, are named without asking the database (at 100×
 * a first-time search asked it twice, once for the lexical hits and once for the nearest vectors).
 * Small beside the field lengths the API keeps anyway: the ids as one string (17 bytes a chunk
 * with its 16-character id), 8 bytes a chunk of offsets, 2 bytes a sentence (its position) — at
 * 100× (31,877 chunks, 241,160 sentences) ~1.3 MiB, read once per generation in one query.
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

/** Big-endian 32-bit integers (as `int4send` gives them) into an Int32Array. */
const int32s = (bytes: Buffer): Int32Array => {
  const values = new Int32Array(bytes.length / 4);
  for (let index = 0; index < values.length; index += 1) values[index] = bytes.readInt32BE(index * 4);
  return values;
};

/**
 * Reads a generation's document names in one query: the chunk ids joined in chunk-number order,
 * and the sentences' chunk numbers and positions as big-endian bytes in sentence-number order (so
 * ~250,000 sentences come as three values, not as rows). Checks that the numbers run without gaps.
 */
export const readDocumentNames = async (pool: Pick<Pool, 'query'>, generation: number): Promise<DocumentNames> => {
  const result = await pool.query<{
    chunks: string;
    last_chunk: number | null;
    ids: string | null;
    sentences: string;
    last_sentence: number | null;
    sentence_chunks: Buffer | null;
    positions: Buffer | null;
  }>(
    `SELECT c.chunks, c.last_chunk, c.ids, s.sentences, s.last_sentence, s.sentence_chunks, s.positions
     FROM (SELECT count(*) AS chunks, max(chunk_no) AS last_chunk, string_agg(id || E'\\n', '' ORDER BY chunk_no) AS ids
           FROM kildesvar_chunks WHERE generation = $1) c,
          (SELECT count(*) AS sentences, max(sentence_no) AS last_sentence,
                  string_agg(int4send(chunk_no), ''::bytea ORDER BY sentence_no) AS sentence_chunks,
                  string_agg(int4send(position), ''::bytea ORDER BY sentence_no) AS positions
           FROM kildesvar_sentences WHERE generation = $1) s`,
    [generation],
  );
  const row = result.rows[0];
  const chunks = Number(row?.chunks ?? 0);
  const sentences = Number(row?.sentences ?? 0);
  if (!row || (chunks > 0 && Number(row.last_chunk) !== chunks - 1)) throw corrupt(generation, 'chunk numbers do not run from 0 without gaps');
  if (sentences > 0 && Number(row.last_sentence) !== sentences - 1) throw corrupt(generation, 'sentence numbers do not run from 0 without gaps');
  const joined = row.ids ?? '';
  const starts = new Uint32Array(chunks + 1);
  let chunk = 0;
  for (let at = joined.indexOf('\n'); at >= 0; at = joined.indexOf('\n', at + 1)) {
    chunk += 1;
    if (chunk > chunks) break;
    starts[chunk] = at + 1;
  }
  if (chunk !== chunks || (chunks > 0 && starts[chunks] !== joined.length)) throw corrupt(generation, 'chunk ids hold line breaks');
  const sentenceChunks = int32s(row.sentence_chunks ?? Buffer.alloc(0));
  const positions = int32s(row.positions ?? Buffer.alloc(0));
  if (sentenceChunks.length !== sentences || positions.length !== sentences) throw corrupt(generation, 'sentences could not be read');
  // Ingest numbers sentences by id (`<chunk id>#<position>`), so each chunk's sentences follow one another.
  const firstSentences = new Int32Array(chunks + 1).fill(sentences);
  let previous = -1;
  for (let sentence = sentences - 1; sentence >= 0; sentence -= 1) {
    const owner = sentenceChunks[sentence] as number;
    if (owner < 0 || owner >= chunks) throw corrupt(generation, 'sentences name chunks it does not hold');
    if (previous >= 0 && owner > previous) throw corrupt(generation, 'sentences are not numbered chunk by chunk');
    previous = owner;
    firstSentences[owner] = sentence;
  }
  // A chunk without sentences starts where the next one does.
  for (let index = chunks - 1; index >= 0; index -= 1)
    if ((firstSentences[index] as number) > (firstSentences[index + 1] as number)) firstSentences[index] = firstSentences[index + 1] as number;
  const small = positions.every((position) => position >= 0 && position < 2 ** 16);
  return new DocumentNames(joined, starts, firstSentences, small ? Uint16Array.from(positions) : positions);
};
