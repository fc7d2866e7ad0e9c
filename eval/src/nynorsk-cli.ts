/**
 * `npm run eval:nynorsk`: the bokmål gold questions put into nynorsk by Apertium and run through the eval's question
 * runner beside the originals. A robustness check, not a gate; writes nothing.
 *
 * @module
 */
import { loadAssistant } from '@kildesvar/core';
import { loadIngestConfig } from '@kildesvar/ingest';
import { loadGoldSet } from './gold-set';
import { apertiumNobNno, compareVariant, nynorskVariant, renderComparison } from './nynorsk-variant';
import { evaluateQuestions } from './run-eval';

const usage = `Usage: npm run eval:nynorsk
Puts every bokmål gold question (eval/data/questions.jsonl) into nynorsk with Apertium (apertium -u nob-nno, Debian
apertium-nno-nob), runs originals and variants through the same question runner as npm run eval, and prints per split
supported answers, false abstention, abstention on unanswerable and hybrid R@1 (original → nynorsk), then the questions
lost and gained in nynorsk. Not a gate; writes nothing. Builds the index if needed. Reads SEEDS_DIR, INDEX_DIR,
MODELS_DIR, EMBEDDER like npm start. Exit code 1 when apertium or the language pair is missing.`;

const main = async (): Promise<void> => {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(usage);
    return;
  }
  const { originals: bokmal, variants } = nynorskVariant(loadGoldSet(), apertiumNobNno);
  const assistant = await loadAssistant(loadIngestConfig());
  const texts = new Map<string, string>();
  for (const document of assistant.documents()) texts.set(document.file, (await assistant.document(document.file))?.text ?? '');
  const original = await evaluateQuestions(assistant, bokmal, texts);
  const variant = await evaluateQuestions(assistant, variants, texts);
  console.log(`Bokmål gold questions (${bokmal.length}) and their nynorsk versions by Apertium:\n`);
  console.log(renderComparison(compareVariant(original, variant)));
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
