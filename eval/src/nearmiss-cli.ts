/**
 * `npm run eval:nearmiss`: unanswerable near misses made from the answerable gold questions (nearmiss-variant.ts), asked
 * of the assistant beside their originals. A robustness check for abstention, not a gate; writes nothing unless --json.
 *
 * @module
 */
import { writeFileSync } from 'node:fs';
import { loadAssistant } from '@kildesvar/core';
import { KildesvarError } from '@kildesvar/core/errors';
import { loadIngestConfig } from '@kildesvar/ingest';
import { loadGoldSet } from './gold-set';
import { nearMissOutcome, renderNearMiss, type NearMissOutcome } from './nearmiss-report';
import { loadNearMissVariants } from './nearmiss-names';
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
  const variants = loadNearMissVariants(items, seeds);
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
