import { analyze } from '../analysis';
import type { CatalogEntry } from '../schemas';
import type { DocumentKinds } from './document-kinds';

/** Each document's title words, and those that are its own: no other title writes them and no document has them as author. */
export const titleWordsOf = (
  catalog: readonly CatalogEntry[],
  authors: ReadonlyMap<string, ReadonlySet<string>>,
): Map<string, { words: ReadonlySet<string>; own: ReadonlySet<string> }> => {
  const words = new Map(catalog.map((entry) => [entry.file, new Set(analyze(entry.title ?? ''))]));
  const owners = new Set([...authors.values()].flatMap((keys) => [...keys]));
  const titled = new Map<string, { words: ReadonlySet<string>; own: ReadonlySet<string> }>();
  for (const [file, stems] of words) {
    const others = [...words].filter(([other]) => other !== file).flatMap(([, set]) => [...set]);
    const own = [...stems].filter((stem) => !/^\d+$/u.test(stem) && !owners.has(stem) && !others.includes(stem));
    titled.set(file, { words: stems, own: new Set(own) });
  }
  return titled;
};

/** A word written as a name: a capital then a small letter («Helsereformutvalget», «Én»), or a small letter then a capital («eKommune»). */
const nameLike = /^(?:\p{Lu}\p{Ll}|\p{Ll}+\p{Lu})/u;

/**
 * The words of a question that name a document by its title, and that document: a word written as a name, not the question's
 * first, one of whose stems only that document's title writes («ifølge KS' innspill til Helsereformutvalget», «ifølge
 * eKommune 2009», «eKommune-planen», «brevet om Én digital offentlig sektor»), with the title words that follow it («Én
 * digital offentlig sektor», «eKommune 2009»); in English a name or a phrase translated whole («the health reform committee»
 * → «helsereformutvalg»). A year right after it that the title does not write names another edition («eKommune 2012»), not
 * this document. Common words a title writes («digital», «offentlig sektor») name no document by themselves.
 */
export const titleReferenceOf = (
  words: readonly string[],
  keysAt: (index: number) => readonly string[],
  kinds: Pick<DocumentKinds, 'titled'>,
  english: boolean,
  /** Whether the word at an index stands in an English phrase translated whole. */
  phraseAt: (index: number) => boolean,
  /** The year written right after the word at an index («eKommune 2009»), if any. */
  yearAfter: (index: number) => string | undefined,
): Map<string, Set<number>> => {
  const named = new Map<string, Set<number>>();
  const taken = new Set<number>();
  for (let index = 1; index < words.length; index += 1) {
    if (taken.has(index)) continue;
    const keys = keysAt(index);
    // An English phrase names a title when it is translated whole into one word («the health reform committee»).
    if (!nameLike.test(words[index] ?? '') && !(english && phraseAt(index) && keys.length === 1)) continue;
    const found = [...kinds.titled].find(([, title]) => keys.some((key) => title.own.has(key)));
    if (!found) continue;
    const [file, title] = found;
    let end = index + 1;
    while (end < words.length && keysAt(end).some((key) => title.words.has(key))) end += 1;
    // «eKommune 2012»: a year after the name that the title does not write is another edition's.
    const year = yearAfter(end - 1);
    if (year !== undefined && !title.words.has(year)) continue;
    const indices = named.get(file) ?? new Set<number>();
    for (let at = index; at < end; at += 1) {
      indices.add(at);
      taken.add(at);
    }
    named.set(file, indices);
  }
  return named;
};
