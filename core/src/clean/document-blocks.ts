import { headingLevel } from '../chunk/headings';
import type { DocumentBlock } from '../schemas';
import type { CleanedText } from './mapped-text';

const runMap = (cleaned: CleanedText, start: number, end: number): number[] => {
  const map: number[] = [];
  for (let index = start; index < end; index += 1) {
    const original = cleaned.offsets[index] ?? 0;
    if (index === start || original !== (cleaned.offsets[index - 1] ?? 0) + 1) map.push(index - start, original);
  }
  return map;
};

const blockKind = (text: string): Pick<DocumentBlock, 'kind' | 'level'> => {
  if (text.startsWith('- ')) return { kind: 'list' };
  const level = headingLevel(text);
  return level === null ? { kind: 'paragraph' } : { kind: 'heading', level };
};

/**
 * A cleaned document cut into what a reader sees: headings, paragraphs and lists (items on their
 * own lines, each starting with "- "). Every block keeps the original span it came from and a
 * compact map back to the original, so a span of the original (a citation, a quoted sentence)
 * can be highlighted in the cleaned text: `map` holds pairs [offset in `text`, original offset],
 * one pair where a run of consecutive characters starts.
 */
export const documentBlocks = (cleaned: CleanedText): DocumentBlock[] => {
  const blocks: DocumentBlock[] = [];
  const separator = /\n{2,}/g;
  let start = 0;
  const push = (end: number) => {
    if (end <= start) return;
    const text = cleaned.text.slice(start, end);
    blocks.push({
      ...blockKind(text),
      text,
      start: cleaned.offsets[start] ?? 0,
      end: (cleaned.offsets[end - 1] ?? 0) + 1,
      map: runMap(cleaned, start, end),
    });
  };
  for (let match = separator.exec(cleaned.text); match; match = separator.exec(cleaned.text)) {
    push(match.index);
    start = match.index + match[0].length;
  }
  push(cleaned.text.length);
  return blocks;
};
