import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  wordnetTimeNouns,
  parseIndexLemmas,
  parseMultiwordVerbs,
  parseVerbSynonyms,
  parseWordnetExceptions,
  parseWordSenses,
  type EnglishExceptions,
  type MultiwordSenses,
} from '@kildesvar/core';

/** Where Debian's `wordnet-base` installs WordNet 3.0. */
export const DEFAULT_WORDNET_PATH = '/usr/share/wordnet';

export const wordnetPackageHint = 'install the Debian package wordnet-base (`sudo apt-get install wordnet-base`) and run `npm run ingest -- --force`';

const files = ['verb.exc', 'noun.exc', 'adj.exc', 'index.verb', 'data.verb', 'index.noun', 'index.adj', 'data.noun', 'data.adj', 'index.adv'];

export type WordnetLoadResult =
  | {
      exceptions: EnglishExceptions;
      multiwordVerbs: MultiwordSenses;
      verbSynonyms: MultiwordSenses;
      /** Single-word nouns, verbs and adjectives with their most frequent senses' synonyms, one map per word class. */
      wordSenses: readonly MultiwordSenses[];
      /** The lemmas WordNet files as adverbs. */
      adverbs: ReadonlySet<string>;
      reason?: undefined;
    }
  | { exceptions: null; reason: string };

/** WordNet's exception lists, multiword verbs and verb-only synonyms, or `{ exceptions: null, reason }` when the package is missing, for the caller to log. */
export const loadWordnet = (directory = DEFAULT_WORDNET_PATH): WordnetLoadResult => {
  const missing = files.map((file) => path.join(directory, file)).find((file) => !existsSync(file));
  if (missing) return { exceptions: null, reason: `${missing} is missing` };
  const read = (file: string): string => readFileSync(path.join(directory, file), 'latin1');
  try {
    const indexVerb = read('index.verb');
    const dataVerb = read('data.verb');
    const indexNoun = read('index.noun');
    const indexAdjective = read('index.adj');
    const nounsAndAdjectives = new Set([...parseIndexLemmas(indexNoun), ...parseIndexLemmas(indexAdjective)]);
    return {
      exceptions: parseWordnetExceptions(['verb.exc', 'noun.exc', 'adj.exc'].map(read)),
      multiwordVerbs: parseMultiwordVerbs(indexVerb, dataVerb),
      verbSynonyms: parseVerbSynonyms(indexVerb, dataVerb, nounsAndAdjectives),
      wordSenses: [parseWordSenses(indexNoun, read('data.noun')), parseWordSenses(indexVerb, dataVerb), parseWordSenses(indexAdjective, read('data.adj'))],
      adverbs: parseIndexLemmas(read('index.adv')),
    };
  } catch (error) {
    return { exceptions: null, reason: `${directory} could not be read as WordNet: ${error instanceof Error ? error.message : String(error)}` };
  }
};

/** The English nouns whose most frequent sense WordNet files under `noun.time` («year», «day»), or null without WordNet. */
export const loadTimeNouns = (directory = DEFAULT_WORDNET_PATH): Set<string> | null => {
  const [index, data] = ['index.noun', 'data.noun'].map((file) => path.join(directory, file));
  if (!index || !data || !existsSync(index) || !existsSync(data)) return null;
  return wordnetTimeNouns(readFileSync(index, 'latin1'), readFileSync(data, 'latin1'));
};
