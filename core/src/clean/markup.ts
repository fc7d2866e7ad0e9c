import { rewrite, type CleanedText } from './mapped-text';

const emphasis = /(?<=^|[\s(«"“])\*{1,3}(?=[^\s*])|(?<=[^\s*])\*{1,3}(?=$|[\s.,;:!?)»"”])/gm;

/**
 * Markdown emphasis left over from a word-processor export (001: `1. ***I løpet av …***`,
 * `Kap. 4: **Infrastruktur**`, `*ehandel.no*`): runs of one to three asterisks that open before
 * a word or close after one. An asterisk between spaces (a footnote star, a multiplication) stays.
 */
export const stripEmphasis = (source: CleanedText): { text: CleanedText; removed: number } => {
  let removed = 0;
  const text = rewrite(source, emphasis, () => {
    removed += 1;
    return '';
  });
  return { text, removed };
};
