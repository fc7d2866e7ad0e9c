/**
 * `npm run eval:nearmiss`: unanswerable near misses made from the answerable gold questions (nearmiss-variant.ts), asked
 * of the assistant beside their originals. A robustness check for abstention, not a gate; writes nothing unless --json.
 *
 * @module
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadAssistant } from '@kildesvar/core';
import { KildesvarError } from '@kildesvar/core/errors';
import { loadIngestConfig } from '@kildesvar/ingest';
import { loadGoldSet } from './gold-set';
import { nearMissOutcome, renderNearMiss, type NearMissOutcome } from './nearmiss-report';
import { CheckedCorpus, nearMissVariants, type NameKind } from './nearmiss-variant';
import { goldSpans } from './relevance';
import { scoreAnswer } from './run-eval';

const usage = `Usage: npm run eval:nearmiss [-- --list] [--show] [--json FILE]
Makes unanswerable near misses of every answerable gold question (eval/data/questions.jsonl): the year it asks about
replaced by another year the texts write but never within 600 characters of the question's frame (year); a place or
organisation (Apertium's bokmål analyser, Debian apertium-nno-nob) replaced by another of the same kind from the texts,
or a place from the Debian word list (wnorwegian), that never stands near the frame (name). Each variant passes the gold
set's absence checks; the choice is seeded. Asks variants and originals of the same assistant as npm run eval and prints
per split and transform the abstention on the variants and the originals' false abstention. --list names the tune
split's answered variants (tune on those, not on test); --show prints the variants and their checks without asking;
--json writes every outcome. Builds the index if needed.`;

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

const main = async (): Promise<void> => {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage);
    return;
  }
  const jsonAt = args.indexOf('--json');
  const assistant = await loadAssistant(loadIngestConfig());
  const seeds = new Map<string, string>();
  for (const document of assistant.documents()) seeds.set(document.file, (await assistant.document(document.file))?.text ?? '');
  const items = loadGoldSet();
  const corpusWords = capitalised([...seeds.values()].join('\n'));
  const listed = existsSync(wordList)
    ? readFileSync(wordList, 'latin1')
        .normalize('NFC')
        .split('\n')
        .filter((word) => /^\p{Lu}\p{Ll}+$/u.test(word))
    : [];
  const questionWords = items.flatMap((item) => capitalised(item.question));
  const kinds = nameKinds([...new Set([...corpusWords, ...listed, ...questionWords, ...questionWords.map((word) => word.replace(/s$/u, ''))])]);
  const variants = nearMissVariants(items, {
    corpus: new CheckedCorpus(seeds),
    kindOf: (word) => kinds.asked.get(word),
    corpusNames: corpusWords.filter((word) => kinds.replacing.has(word)),
    listedPlaces: listed.filter((word) => kinds.replacing.get(word) === 'top'),
  });
  if (args.includes('--show')) {
    for (const variant of variants)
      console.log(`${variant.id} (${variant.split}) ${variant.from} → ${variant.to}: ${variant.item.question}  ${JSON.stringify(variant.check)}`);
    return;
  }
  const originals = new Map<string, { abstained: boolean; supported: boolean }>();
  const outcomes: NearMissOutcome[] = [];
  for (const variant of variants) {
    let original = originals.get(variant.original.id);
    if (!original) {
      const response = await assistant.chat([{ role: 'user', content: variant.original.question }]);
      const scored = scoreAnswer(response, goldSpans(variant.original, seeds));
      original = { abstained: scored.abstained, supported: scored.supported };
      originals.set(variant.original.id, original);
    }
    const response = await assistant.chat([{ role: 'user', content: variant.item.question }]);
    outcomes.push(nearMissOutcome(variant, response.abstained, original));
  }
  console.log(`Near misses of the answerable gold questions (${variants.length} variants of ${originals.size} questions, seed-chosen):\n`);
  console.log(renderNearMiss(outcomes, args.includes('--list') ? 'tune' : undefined));
  if (jsonAt >= 0) {
    const file = args[jsonAt + 1];
    if (!file) throw new KildesvarError('config_invalid', 'Give --json a file name.');
    writeFileSync(file, `${JSON.stringify(outcomes, null, 2)}\n`);
  }
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
