/**
 * Robustness checks for how people type: every bokmål and nynorsk gold question typed in lowercase without its final
 * punctuation («hva mener legeforeningen om …»), or with one typo (two neighbouring letters swapped in the middle of its
 * longest lowercase word of six letters or more). Scored by the eval's question runner beside the originals, like
 * `npm run eval:nynorsk`; nothing is written to eval/data.
 *
 * @module
 */
import type { GoldItem } from './gold-set';

export type Typing = 'lowercase' | 'typo';

/** The question typed in lowercase, without a final «?», «.» or «!». */
export const lowercased = (question: string): string => question.toLowerCase().replace(/[?.!]+\s*$/u, '');

/** The question with two neighbouring letters swapped in the middle of its longest lowercase word of six letters or more. */
export const withTypo = (question: string): string => {
  const longest = [...(question.match(/\p{Ll}{6,}/gu) ?? [])].sort((left, right) => right.length - left.length)[0];
  if (!longest) return question;
  const middle = Math.floor(longest.length / 2);
  const swapped = `${longest.slice(0, middle - 1)}${longest.charAt(middle)}${longest.charAt(middle - 1)}${longest.slice(middle + 1)}`;
  return question.replace(longest, swapped);
};

/** The Norwegian items and their typed versions (same ids, so the same split). */
export const typedVariant = (items: readonly GoldItem[], typing: Typing): { originals: GoldItem[]; variants: GoldItem[] } => {
  const originals = items.filter((item) => item.language !== 'en');
  const type = typing === 'lowercase' ? lowercased : withTypo;
  return { originals, variants: originals.map((item) => ({ ...item, question: type(item.question) })) };
};
