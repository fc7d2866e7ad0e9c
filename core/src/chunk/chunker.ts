import { RecursiveCharacterTextSplitter } from '@langchain/textsplitters';
import type { SentenceSpan } from '../text/sentences';
import { applyHeading, headingLevel, headingText, type HeadingState } from './headings';
import { itemAt } from '../collections/item-at';

/**
 * Structure-aware chunking of one cleaned document: headings start chunks, paragraphs and
 * list items are kept whole where they fit, chunks grow to at least `minChars` before a
 * heading may end them and never pass `maxChars`. Folded (duplicate) sentences are left out,
 * and a chunk never spans across them, so every chunk is one contiguous span.
 */
export interface ChunkerSettings {
  minChars: number;
  maxChars: number;
  /** Target size of the pieces an over-long paragraph is cut into. */
  splitChars: number;
}

export const CHUNKER_VERSION = 'structure-v4';
export const defaultChunkerSettings: ChunkerSettings = { minChars: 500, maxChars: 1100, splitChars: 800 };

export interface ChunkerInput {
  file: string;
  text: string;
  sentences: SentenceSpan[];
  folded: boolean[];
}

export interface DraftChunk {
  file: string;
  heading: string;
  start: number;
  end: number;
  text: string;
  /** Indices of the sentences this chunk holds (whole or in part). */
  sentences: number[];
}

interface Block {
  start: number;
  end: number;
  sentences: number[];
  heading: string;
  isHeading: boolean;
}

const paragraphSpans = (text: string): SentenceSpan[] => {
  const spans: SentenceSpan[] = [];
  const separator = /\n{2,}/g;
  let start = 0;
  for (let match = separator.exec(text); match; match = separator.exec(text)) {
    if (match.index > start) spans.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
};

/** Cuts a document into blocks: runs of kept sentences inside one paragraph, with the heading in force. */
const toBlocks = (input: ChunkerInput): Block[] => {
  const blocks: Block[] = [];
  let state: HeadingState = { section: '', sub: '' };
  let sentenceIndex = 0;
  for (const paragraph of paragraphSpans(input.text)) {
    const level = headingLevel(input.text.slice(paragraph.start, paragraph.end));
    // A heading inside a folded (duplicate) passage belongs to that passage, not to what follows it.
    const firstSentence = input.sentences.findIndex((sentence) => sentence.start >= paragraph.start);
    const headingKept = firstSentence >= 0 && !input.folded[firstSentence];
    if (level && headingKept) state = applyHeading(state, input.text.slice(paragraph.start, paragraph.end), level);
    let current: Block | null = null;
    for (let sentence = input.sentences[sentenceIndex]; sentence && sentence.start < paragraph.end; sentence = input.sentences[sentenceIndex]) {
      if (input.folded[sentenceIndex]) {
        if (current) blocks.push(current);
        current = null;
      } else if (current) {
        current.end = sentence.end;
        current.sentences.push(sentenceIndex);
      } else {
        current = { start: sentence.start, end: sentence.end, sentences: [sentenceIndex], heading: headingText(state), isHeading: level !== null };
      }
      sentenceIndex += 1;
    }
    if (current) blocks.push(current);
  }
  return blocks;
};

const splitLongBlock = async (input: ChunkerInput, block: Block, settings: ChunkerSettings): Promise<Block[]> => {
  const pieces: Block[] = [];
  let current: Block | null = null;
  for (const index of block.sentences) {
    const sentence = itemAt(input.sentences, index);
    if (sentence.end - sentence.start > settings.maxChars) {
      if (current) pieces.push(current);
      current = null;
      pieces.push(...(await splitLongSentence(input.text, sentence, index, block, settings)));
      continue;
    }
    if (current && sentence.end - current.start > settings.splitChars) {
      pieces.push(current);
      current = null;
    }
    if (current) {
      current.end = sentence.end;
      current.sentences.push(index);
    } else current = { ...block, start: sentence.start, end: sentence.end, sentences: [index] };
  }
  if (current) pieces.push(current);
  return pieces;
};

/** A single sentence longer than a chunk (a run-on PDF line): LangChain's splitter cuts it at word boundaries. */
const splitLongSentence = async (text: string, sentence: SentenceSpan, index: number, block: Block, settings: ChunkerSettings): Promise<Block[]> => {
  const splitter = new RecursiveCharacterTextSplitter({
    chunkSize: settings.splitChars,
    chunkOverlap: 0,
    separators: ['; ', ', ', ' ', ''],
    keepSeparator: true,
  });
  const pieces = await splitter.splitText(text.slice(sentence.start, sentence.end));
  const blocks: Block[] = [];
  let cursor = sentence.start;
  for (const piece of pieces) {
    const found = text.indexOf(piece, cursor);
    const start = found >= 0 && found < sentence.end ? found : cursor;
    const end = Math.min(sentence.end, start + piece.length);
    blocks.push({ ...block, start, end, sentences: [index] });
    cursor = end;
  }
  const lastBlock = blocks.at(-1);
  if (lastBlock) lastBlock.end = sentence.end;
  return blocks;
};

export const chunkDocument = async (input: ChunkerInput, settings: ChunkerSettings = defaultChunkerSettings): Promise<DraftChunk[]> => {
  const blocks: Block[] = [];
  for (const block of toBlocks(input)) {
    if (block.end - block.start > settings.maxChars) blocks.push(...(await splitLongBlock(input, block, settings)));
    else blocks.push(block);
  }
  const chunks: DraftChunk[] = [];
  let current: Block | null = null;
  const flush = (): void => {
    if (!current) return;
    chunks.push({
      file: input.file,
      heading: current.heading,
      start: current.start,
      end: current.end,
      text: input.text.slice(current.start, current.end),
      sentences: [...new Set(current.sentences)],
    });
    current = null;
  };
  for (const block of blocks) {
    if (current) {
      const last = itemAt(current.sentences, current.sentences.length - 1);
      const contiguous = itemAt(block.sentences, 0) <= last + 1;
      const fits = block.end - current.start <= settings.maxChars;
      const headingBreak = block.isHeading && current.end - current.start >= settings.minChars;
      if (!contiguous || headingBreak || !fits) flush();
    }
    if (current) {
      current.end = block.end;
      current.sentences.push(...block.sentences);
    } else current = { ...block, sentences: [...block.sentences] };
  }
  flush();
  return chunks;
};
