/**
 * `npm run eval:typed -- --typing lowercase|typo`: the Norwegian gold questions as people type them (see
 * typed-variant.ts), run through the eval's question runner beside the originals. A robustness check, not a gate; writes nothing.
 *
 * @module
 */
import { loadAssistant } from '@kildesvar/core';
import { loadIngestConfig } from '@kildesvar/ingest';
import { loadGoldSet } from './gold-set';
import { compareVariant, renderComparison } from './nynorsk-variant';
import { evaluateQuestions } from './run-eval';
import { typedVariant, type Typing } from './typed-variant';

const usage = `Usage: npm run eval:typed -- --typing lowercase|typo
Types every bokmål and nynorsk gold question (eval/data/questions.jsonl) as people do — in lowercase without the final
question mark (lowercase), or with two neighbouring letters swapped in the middle of its longest lowercase word (typo) —,
runs originals and variants through the same question runner as npm run eval, and prints per split supported answers,
false abstention, abstention on unanswerable and hybrid R@1 (original → typed), then the questions lost and gained.
Not a gate; writes nothing. Builds the index if needed. Reads SEEDS_DIR, INDEX_DIR, MODELS_DIR, EMBEDDER like npm start.`;

const main = async (): Promise<void> => {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage);
    return;
  }
  const typing = args[args.indexOf('--typing') + 1];
  if (!args.includes('--typing') || (typing !== 'lowercase' && typing !== 'typo')) {
    console.error(`Give --typing lowercase or --typing typo.\n\n${usage}`);
    process.exitCode = 2;
    return;
  }
  const { originals, variants } = typedVariant(loadGoldSet(), typing satisfies Typing);
  const assistant = await loadAssistant(loadIngestConfig());
  const texts = new Map<string, string>();
  for (const document of assistant.documents()) texts.set(document.file, (await assistant.document(document.file))?.text ?? '');
  const original = await evaluateQuestions(assistant, originals, texts);
  const variant = await evaluateQuestions(assistant, variants, texts);
  console.log(`Bokmål and nynorsk gold questions (${originals.length}), as typed (${typing}):\n`);
  console.log(
    renderComparison(compareVariant(original, variant), { arrow: `original → ${typing}`, variant: `typed (${typing})`, from: 'as written', to: 'as typed' }),
  );
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
