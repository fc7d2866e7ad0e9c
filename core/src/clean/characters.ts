import { rewrite, type CleanedText } from './mapped-text';

const spaces = '\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000';
const invisible = '\\u00AD\\u200B-\\u200D\\u2060\\uFEFF\\u0000-\\u0008\\u000B\\u000E-\\u001F\\u007F';
const characterPattern = new RegExp(`\\r\\n?|\\f|[\\u2028\\u2029]|[${spaces}]|[${invisible}]|[\\u2010\\u2011]`, 'g');

const replaceCharacter = (character: string): string => {
  if (character.startsWith('\r') || character === '\f' || character === '\u2028' || character === '\u2029') return '\n';
  if (character === '\u2010' || character === '\u2011') return '-';
  if (new RegExp(`[${spaces}]`).test(character)) return ' ';
  return '';
};

/** A base character followed by combining marks, the only sequences NFC can change. */
const combiningSequence = /\P{M}\p{M}+/gu;

/**
 * Character-level repairs that need no context: Unicode NFC, no-break / narrow / thin spaces to
 * plain spaces, soft hyphens and zero-width characters removed, non-breaking hyphens to "-",
 * Windows and old Mac line ends to "\n". Tabs are kept: line structure still reads them.
 */
export const normalizeCharacters = (source: CleanedText): CleanedText => {
  const composed = rewrite(source, combiningSequence, (match) => match[0].normalize('NFC'));
  return rewrite(composed, characterPattern, (match) => replaceCharacter(match[0]));
};
