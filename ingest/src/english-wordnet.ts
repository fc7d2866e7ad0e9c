import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseMultiwordVerbs, parseWordnetExceptions, type EnglishExceptions, type MultiwordSenses } from '@kildesvar/core';

/** Where Debian's `wordnet-base` installs WordNet 3.0. */
export const DEFAULT_WORDNET_PATH = '/usr/share/wordnet';

export const wordnetPackageHint = 'install the Debian package wordnet-base (`sudo apt-get install wordnet-base`) and run `npm run ingest -- --force`';

const files = ['verb.exc', 'noun.exc', 'adj.exc', 'index.verb', 'data.verb'];

export type WordnetLoadResult = { exceptions: EnglishExceptions; multiwordVerbs: MultiwordSenses; reason?: undefined } | { exceptions: null; reason: string };

/** WordNet's exception lists and multiword verbs, or `{ exceptions: null, reason }` when the package is missing, for the caller to log. */
export const loadWordnet = (directory = DEFAULT_WORDNET_PATH): WordnetLoadResult => {
  const missing = files.map((file) => path.join(directory, file)).find((file) => !existsSync(file));
  if (missing) return { exceptions: null, reason: `${missing} is missing` };
  const read = (file: string): string => readFileSync(path.join(directory, file), 'latin1');
  try {
    return {
      exceptions: parseWordnetExceptions(['verb.exc', 'noun.exc', 'adj.exc'].map(read)),
      multiwordVerbs: parseMultiwordVerbs(read('index.verb'), read('data.verb')),
    };
  } catch (error) {
    return { exceptions: null, reason: `${directory} could not be read as WordNet: ${error instanceof Error ? error.message : String(error)}` };
  }
};
