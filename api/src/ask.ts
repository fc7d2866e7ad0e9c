/**
 * `npm run ask -- "spørsmål" [--follow-up "…"]… [--interactive] [--json]`: answers from the terminal, with numbered
 * citations; a conversation when follow-ups are given, each answered with the earlier questions and answers as history.
 *
 * @module
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { loadAssistant, type Assistant } from '@kildesvar/core';
import { isKildesvarError } from '@kildesvar/core/errors';
import { MAX_MESSAGES, MAX_QUESTION_CHARS, type ChatMessage, type ChatResponse, type SearchFilter, type SearchResult } from '@kildesvar/core/schemas';
import { loadConfig } from './config';

const usage = `Usage: npm run ask -- "spørsmål" [--follow-up "oppfølging"]… [--json] [--file <seed file>]…
       npm run ask -- --interactive ["første spørsmål"] [--json] [--file <seed file>]…

Answers a question from the documents, with numbered citations (file, heading, excerpt).
--follow-up "…"   ask a follow-up after the first question (repeatable, answered in order); each turn is sent
                  with the earlier questions and the assistant's own answers, as the web chat does.
--interactive     a conversation on stdin: one question per line, answered in turn, until EOF (Ctrl-D).
                  A question given as argument is asked first.
When the assistant read a follow-up as a different question, it prints «Tolket som: …» above the answer.
--json            prints the same JSON as POST /api/chat (one question: pretty-printed; a conversation: one
                  JSON object per line and turn).
--file <seed>     restricts every answer to the named documents (repeatable).
Run \`npm run ingest\` first if there is no index.`;

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

/** The response's optional `interpretedQuestion`, when it differs from what was typed (ignoring case and spacing). */
export const interpretedDifferently = (response: ChatResponse, typed: string): string | null => {
  const interpreted = (response as { interpretedQuestion?: unknown }).interpretedQuestion;
  if (typeof interpreted !== 'string' || interpreted.trim() === '') return null;
  const flat = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
  return flat(interpreted) === flat(typed) ? null : interpreted.trim();
};

/**
 * The messages for the next question: the history (earlier questions and the assistant's own answers) and the question,
 * kept within the contract's bounds (at most MAX_MESSAGES messages, starting with a user message; each at most 20,000 characters).
 */
export const nextMessages = (history: ChatMessage[], question: string): ChatMessage[] => {
  const messages = [...history, { role: 'user' as const, content: question }].map((message) => ({ ...message, content: message.content.slice(0, 20_000) }));
  let start = Math.max(0, messages.length - MAX_MESSAGES);
  while (start < messages.length - 1 && messages[start]?.role !== 'user') start += 1;
  return messages.slice(start);
};

/** One conversation in the terminal: each question answered with the history so far. */
class Conversation {
  private history: ChatMessage[] = [];
  private turns = 0;

  constructor(
    private readonly assistant: Assistant,
    private readonly filter: SearchFilter | undefined,
    private readonly json: boolean,
    private readonly multiTurn: boolean,
  ) {}

  async ask(question: string): Promise<void> {
    if (question.length > MAX_QUESTION_CHARS) throw new Error(`The question is longer than ${MAX_QUESTION_CHARS} characters.`);
    const messages = nextMessages(this.history, question);
    const response = await this.assistant.chat(messages, this.filter);
    this.history = [...messages, { role: 'assistant', content: response.answer }];
    this.turns += 1;
    if (this.json) {
      console.log(this.multiTurn ? JSON.stringify(response) : JSON.stringify(response, null, 2));
      return;
    }
    const originals = new Map<string, string>();
    for (const citation of response.citations) originals.set(citation.file, (await this.assistant.document(citation.file))?.text ?? '');
    const lines: string[] = [];
    if (this.multiTurn) lines.push(`${this.turns > 1 ? '\n' : ''}› ${question}`);
    const interpreted = interpretedDifferently(response, question);
    if (interpreted) lines.push(`Tolket som: ${interpreted}`);
    if (lines.length > 0) lines.push('');
    console.log([...lines, formatAnswer(response, originals)].join('\n'));
  }
}

const main = async (): Promise<void> => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      file: { type: 'string', multiple: true },
      'follow-up': { type: 'string', multiple: true },
      interactive: { type: 'boolean', short: 'i', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const question = positionals.join(' ').trim();
  const followUps = (values['follow-up'] ?? []).map((followUp) => followUp.trim());
  if (values.help || (!question && !values.interactive) || (!question && followUps.length > 0)) {
    console.log(usage);
    if (!values.help) process.exitCode = 2;
    return;
  }
  if (followUps.some((followUp) => followUp === '')) throw new Error('A --follow-up question is empty.');
  const tooLong = [question, ...followUps].find((text) => text.length > MAX_QUESTION_CHARS);
  if (tooLong !== undefined) throw new Error(`The question is longer than ${MAX_QUESTION_CHARS} characters.`);
  const config = loadConfig();
  const assistant = await loadAssistant({ ...config, embedder: config.embedder });
  const known = new Set(assistant.documents().map((document) => document.file));
  const unknown = (values.file ?? []).filter((file) => !known.has(file));
  if (unknown.length) throw new Error(`Unknown document: ${unknown.join(', ')}`);
  const filter = values.file?.length ? { file: values.file } : undefined;
  const conversation = new Conversation(assistant, filter, values.json, values.interactive || followUps.length > 0);
  for (const text of [question, ...followUps].filter((text) => text !== '')) await conversation.ask(text);
  if (!values.interactive) return;

  const prompt = process.stdin.isTTY === true;
  const lines = createInterface({ input: process.stdin, output: prompt ? process.stdout : undefined, terminal: prompt });
  if (prompt) {
    lines.setPrompt('> ');
    lines.prompt();
  }
  for await (const line of lines) {
    const text = line.trim();
    if (text !== '') {
      try {
        await conversation.ask(text);
      } catch (error) {
        // One bad line (too long, say) should not end the conversation.
        console.error(isKildesvarError(error) || error instanceof Error ? error.message : String(error));
      }
    }
    if (prompt) lines.prompt();
  }
};

main().catch((error: unknown) => {
  console.error(isKildesvarError(error) || error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
