import { describe, expect, it } from 'vitest';
import { quantizeSentenceVector } from '../embed/sentence-vectors';
import type { Chunk } from '../schemas';
import { analysedChunk, storeAnalysis } from './analysed-chunk';
import { indexChunk, indexedText } from './indexed-chunk';

const text = 'I løpet av 2011 skal alle kommuner være tilknyttet Norsk Helsenett. De skal ha tatt i bruk elektronisk samhandling med helseforetak.';
const chunk: Chunk = { id: 'chunk-0', file: '000_test.txt', start: 0, end: text.length, title: 'eKommune 2012', heading: 'Samhandling', text, alsoIn: [] };

describe('a chunk read back from its stored analysis', () => {
  // The first sentence also stands in another document (a folded copy): its terms carry that title's words (`titles`).
  const fresh = indexChunk(chunk, [2011, 2011], indexedText(chunk), undefined, [
    { title: 'IKT i helse og omsorg', text: 'I løpet av 2011 skal alle kommuner være tilknyttet Norsk Helsenett.' },
  ]);
  for (const [index, sentence] of fresh.sentences.entries()) if (index === 0) sentence.vector = quantizeSentenceVector([0.6, 0.8, 0]);
  // Through JSON, as the database store and the analysed-chunks file hand it over.
  const stored = JSON.parse(JSON.stringify(storeAnalysis(fresh)));

  it("has each sentence's span, text, vector and terms", () => {
    const read = analysedChunk(chunk, [2011, 2011], stored);
    expect(read.sentences).toHaveLength(2);
    expect(read.sentences.map((sentence) => [sentence.start, sentence.end, sentence.text])).toEqual(
      fresh.sentences.map((sentence) => [sentence.start, sentence.end, sentence.text]),
    );
    expect(read.sentences.map((sentence) => (sentence.vector ? [...sentence.vector] : null))).toEqual([[76, 102, 0], null]);
    expect(read.sentences.map((sentence) => sentence.terms)).toEqual(fresh.sentences.map((sentence) => sentence.terms));
    expect(read.sentences.map((sentence) => sentence.terms.titles?.size ?? 0)).toEqual([3, 0]);
    expect(storeAnalysis(read)).toEqual(stored);
  });

  it("gives a sentence's terms as the same object each time (the strength caches are keyed by it)", () => {
    const [sentence] = analysedChunk(chunk, [2011, 2011], stored).sentences;
    expect(sentence?.terms.stems.size).toBeGreaterThan(3);
    expect(sentence?.terms).toBe(sentence?.terms);
  });
});
