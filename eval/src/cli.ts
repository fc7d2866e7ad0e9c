/**
 * `npm run eval`: the full evaluation report (single questions and conversations) to eval/results/latest.{json,md}.
 *
 * @module
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadAssistant } from '@kildesvar/core';
import { loadIngestConfig } from '@kildesvar/ingest';
import { loadConversationSet } from './conversation-set';
import { loadGoldSet } from './gold-set';
import { buildReport, renderHeadline, renderMarkdown } from './report';
import { evaluateConversations } from './run-conversations';
import { evaluateQuestions } from './run-eval';

const usage = `Usage: npm run eval [-- --search-only]
Builds the index if needed, runs the gold questions (eval/data/questions.jsonl) in every retrieval mode and against
the plain BM25 baseline, plays the gold conversations (eval/data/conversations.jsonl), prints the retrieval tables
and writes eval/results/latest.{md,json}. Reads SEEDS_DIR, INDEX_DIR, MODELS_DIR, EMBEDDER like npm start.
  --search-only  rank only: the single questions' searches (every mode and the baseline), no chat answers and no
                 conversations; writes eval/results/search-only.{md,json} in latest.json's shape (each answer recorded
                 as not asked: abstained, no text), leaving latest.{md,json} as they were.`;

const main = async (): Promise<void> => {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(usage);
    return;
  }
  const config = loadIngestConfig();
  const assistant = await loadAssistant(config);
  const items = loadGoldSet();
  const searchOnly = process.argv.includes('--search-only');
  const conversations = searchOnly ? [] : loadConversationSet();
  const originals = new Map<string, string>();
  for (const document of assistant.documents()) originals.set(document.file, (await assistant.document(document.file))?.text ?? '');
  const outcomes = await evaluateQuestions(assistant, items, originals, { searchOnly });
  const turns = await evaluateConversations(assistant, conversations, originals);
  const report = buildReport(outcomes, turns);
  const directory = path.join('eval', 'results');
  mkdirSync(directory, { recursive: true });
  const name = searchOnly ? 'search-only' : 'latest';
  writeFileSync(path.join(directory, `${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
  const markdown = renderMarkdown(report);
  writeFileSync(path.join(directory, `${name}.md`), markdown);
  console.log(markdown.split('## Answers by kind')[0]);
  console.log(renderHeadline(report));
  console.log(`\nFull report: ${path.join(directory, `${name}.md`)} and ${name}.json`);
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
