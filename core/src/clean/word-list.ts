import { readFileSync } from 'node:fs';

/**
 * Optional Norwegian word lists. Debian's `wnorwegian` installs /usr/share/dict/bokmaal and
 * /usr/share/dict/nynorsk (ISO-8859-1); hunspell `.dic` files (`word/FLAGS`, a count on the
 * first line) are read too. Missing or unreadable files are reported, never fatal.
 */
export const DEFAULT_WORD_LIST_PATHS: readonly string[] = ['/usr/share/dict/bokmaal', '/usr/share/dict/nynorsk'];

export interface WordListLoad {
  words: string[];
  found: string[];
  missing: string[];
}

const decode = (bytes: Buffer): string => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return bytes.toString('latin1');
  }
};

export const parseWordList = (content: string): string[] => {
  const words: string[] = [];
  content.split(/\r?\n/).forEach((line, index) => {
    const word = (line.split('/')[0] ?? '').trim();
    if (!word || (index === 0 && /^\d+$/.test(word))) return;
    words.push(word.normalize('NFC'));
  });
  return words;
};

export const loadWordList = (paths: readonly string[] = DEFAULT_WORD_LIST_PATHS): WordListLoad => {
  const words: string[] = [];
  const found: string[] = [];
  const missing: string[] = [];
  for (const path of paths) {
    let content: string;
    try {
      content = decode(readFileSync(path));
    } catch {
      missing.push(path);
      continue;
    }
    for (const word of parseWordList(content)) words.push(word);
    found.push(path);
  }
  return { words, found, missing };
};
