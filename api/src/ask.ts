import { parseArgs } from 'node:util';
import { loadAssistant } from '@kildesvar/core';
import { isKildesvarError } from '@kildesvar/core/errors';
import { MAX_QUESTION_CHARS, type ChatResponse, type SearchResult } from '@kildesvar/core/schemas';
import { loadConfig } from './config';

/** `npm run ask -- "spørsmål" [--json]`: one answer from the terminal, with numbered citations. */
const usage = `Usage: npm run ask -- "spørsmål" [--json] [--file <seed file>]…

Answers one question from the documents, with numbered citations (file, heading, excerpt).
--json prints the same JSON as POST /api/chat. Run \`npm run ingest\` first if there is no index.`;

const shorten = (text: string, length = 160): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
};

/** The quoted sentence as it stands in the original when the answer quotes one, else the passage's start. */
const excerpt = (result: SearchResult, original: string | undefined): string => {
  const quoted = result.highlights?.[0];
  return shorten(quoted && original ? original.slice(quoted.start, quoted.end) : result.text);
};

export const formatAnswer = (response: ChatResponse, originals: ReadonlyMap<string, string> = new Map()): string => {
  const lines = [response.answer, ''];
  const sources = response.abstained ? response.related : response.citations;
  if (sources.length > 0) lines.push(response.abstained ? 'Mulig relevante passasjer:' : 'Kilder:');
  sources.forEach((source, index) => {
    const label = response.abstained ? '-' : `[${index + 1}]`;
    lines.push(`${label} ${source.title} (${source.file} ${source.start}–${source.end})${source.heading ? ` › ${source.heading}` : ''}`);
    lines.push(`    «${excerpt(source, originals.get(source.file))}»`);
    if (source.alsoIn.length > 0) lines.push(`    også i: ${source.alsoIn.map((span) => `${span.file} ${span.start}–${span.end}`).join(', ')}`);
  });
  return lines.join('\n');
};

const main = async (): Promise<void> => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, file: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h', default: false } },
  });
  const question = positionals.join(' ').trim();
  if (values.help || !question) {
    console.log(usage);
    if (!values.help) process.exitCode = 2;
    return;
  }
  if (question.length > MAX_QUESTION_CHARS) throw new Error(`The question is longer than ${MAX_QUESTION_CHARS} characters.`);
  const config = loadConfig();
  const assistant = await loadAssistant({ ...config, embedder: config.embedder });
  const known = new Set(assistant.documents().map((document) => document.file));
  const unknown = (values.file ?? []).filter((file) => !known.has(file));
  if (unknown.length) throw new Error(`Unknown document: ${unknown.join(', ')}`);
  const response = await assistant.chat([{ role: 'user', content: question }], values.file?.length ? { file: values.file } : undefined);
  const originals = new Map(response.citations.map((citation) => [citation.file, assistant.document(citation.file)?.text ?? '']));
  console.log(values.json ? JSON.stringify(response, null, 2) : formatAnswer(response, originals));
};

main().catch((error: unknown) => {
  console.error(isKildesvarError(error) || error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
