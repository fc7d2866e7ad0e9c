import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadAssistant } from '@kildesvar/core';
import { loadIngestConfig } from '../../ingest/src/config';
import { loadGoldSet } from './gold-set';
import { buildReport, renderMarkdown } from './report';
import { evaluateQuestions } from './run-eval';

/** `npm run eval`: the full evaluation report to eval/results/latest.{json,md}. */
const main = async (): Promise<void> => {
  const config = loadIngestConfig();
  const assistant = await loadAssistant(config);
  const items = loadGoldSet();
  const originals = new Map(assistant.documents().map((document) => [document.file, assistant.document(document.file)?.text ?? '']));
  const report = buildReport(await evaluateQuestions(assistant, items, originals));
  const directory = path.join('eval', 'results');
  mkdirSync(directory, { recursive: true });
  writeFileSync(path.join(directory, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  const markdown = renderMarkdown(report);
  writeFileSync(path.join(directory, 'latest.md'), markdown);
  console.log(markdown.split('## Latency')[0]);
  console.log(`Full report: ${path.join(directory, 'latest.md')} and latest.json`);
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
