/**
 * The near-miss variants of the gold questions with the resources they need (nearmiss-variant.ts makes them): the seed texts,
 * the kind of every capitalised word by Apertium's bokmål analyser (Debian apertium-nno-nob), and places from Debian's word
 * list. Shared by `npm run eval:nearmiss` and `npm run fit:answerability` (which learns from the tune split's variants).
 *
 * @module
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { KildesvarError } from '@kildesvar/core/errors';
import type { GoldItem } from './gold-set';
import { CheckedCorpus, nearMissVariants, type NameKind, type NearMissVariant } from './nearmiss-variant';

const analyser = '/usr/share/apertium/apertium-nno-nob/nob-nno.automorf.bin';
const wordList = '/usr/share/dict/bokmaal';

const wordnetIndexes = ['/usr/share/wordnet/index.noun', '/usr/share/wordnet/index.adj', '/usr/share/wordnet/index.verb'];

/** Every word Debian's WordNet indexes (English, lowercase). */
const englishWords = (): Set<string> =>
  new Set(
    wordnetIndexes
      .filter((file) => existsSync(file))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .map((line) => line.slice(0, line.indexOf(' '))),
      ),
  );

const analyse = (words: readonly string[]): Map<string, string[]> => {
  if (!existsSync(analyser))
    throw new KildesvarError('config_invalid', `Apertium's bokmål analyser is missing (${analyser}): run \`sudo apt-get install -y apertium-nno-nob\`.`);
  const result = spawnSync('lt-proc', ['-w', analyser], { input: `${words.join('\n')}\n`, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.error || result.status !== 0)
    throw new KildesvarError('config_invalid', `lt-proc failed (${result.error?.message ?? result.stderr.trim()}): is Debian lttoolbox installed?`);
  return new Map([...result.stdout.matchAll(/\^([^/$]+)\/([^$]*)\$/gu)].map(([, surface = '', analysis = '']) => [surface, analysis.split('/')]));
};

/**
 * The kind of every capitalised word that Apertium's bokmål analyser reads, as itself and not as a genitive, as a place or an
 * organisation, and not also as a person's name («Hagen», «Bergen») or a verb (`asked`). A replacement (`replacing`) is not
 * an acronym whose lowercase form is a common noun («GPS», «SMS») nor an organisation English writes as a word («Public»,
 * «Research»: Debian's WordNet) either — things, not bodies.
 */
const nameKinds = (words: readonly string[]): { asked: Map<string, NameKind>; replacing: Map<string, NameKind> } => {
  const analysed = analyse(words);
  const lowercase = analyse(words.filter((word) => /^[\p{Lu}\p{N}-]+$/u.test(word)).map((word) => word.toLowerCase()));
  const english = englishWords();
  const asked = new Map<string, NameKind>();
  const replacing = new Map<string, NameKind>();
  for (const [surface, readings] of analysed) {
    if (readings.some((reading) => /<np><(?:cog|ant)>|<vblex>/u.test(reading))) continue;
    const as = (kind: NameKind) => readings.some((reading) => reading.startsWith(`${surface}<np><${kind}>`) && !reading.includes('<gen>'));
    const kind = as('top') ? 'top' : as('org') ? 'org' : undefined;
    if (!kind) continue;
    asked.set(surface, kind);
    if ((lowercase.get(surface.toLowerCase()) ?? []).some((reading) => reading.includes('<n>'))) continue;
    if (kind === 'org' && english.has(surface.toLowerCase())) continue;
    replacing.set(surface, kind);
  }
  return { asked, replacing };
};

const capitalised = (text: string): string[] => [...new Set(text.match(/(?<![\p{L}\p{N}-])\p{Lu}[\p{L}-]*\p{L}/gu) ?? [])];

/** The near-miss variants of `items` (every split; each carries its original's), checked against the seed texts `seeds`. */
export const loadNearMissVariants = (items: readonly GoldItem[], seeds: ReadonlyMap<string, string>): NearMissVariant[] => {
  const corpusWords = capitalised([...seeds.values()].join('\n'));
  const listed = existsSync(wordList)
    ? readFileSync(wordList, 'latin1')
        .normalize('NFC')
        .split('\n')
        .filter((word) => /^\p{Lu}\p{Ll}+$/u.test(word))
    : [];
  const questionWords = items.flatMap((item) => capitalised(item.question));
  const kinds = nameKinds([...new Set([...corpusWords, ...listed, ...questionWords, ...questionWords.map((word) => word.replace(/s$/u, ''))])]);
  return nearMissVariants(items, {
    corpus: new CheckedCorpus(seeds),
    kindOf: (word) => kinds.asked.get(word),
    corpusNames: corpusWords.filter((word) => kinds.replacing.has(word)),
    listedPlaces: listed.filter((word) => kinds.replacing.get(word) === 'top'),
  });
};
