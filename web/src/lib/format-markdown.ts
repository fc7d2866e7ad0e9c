import type { Messages } from '../i18n/messages-nb';
import type { ChatTurn } from './chat-turn';
import { excerpt } from './excerpt';
import { shownSources, sourceName, type YearOf } from './format-copy-text';
import { differsFromQuestion, isUncertain } from './answer-signals';

/** Markdown's own characters in running text, escaped so a question cannot become markup. */
const escapeInline = (text: string): string => text.replace(/([\\`*_{}<>#|])/g, '\\$1');

/**
 * The conversation as a Markdown document: each question a heading, its answer with the [n]
 * markers, and a numbered list of the sources (title, year, heading, the passage's opening).
 */
export const conversationMarkdown = (turns: readonly ChatTurn[], options: { messages: Messages; yearOf: YearOf; link?: string }): string => {
  const { messages } = options;
  const lines: string[] = [`# ${messages.markdownTitle}`, ''];
  let question = '';
  for (const turn of turns) {
    if (turn.role === 'user') {
      question = turn.content;
      lines.push(`## ${messages.markdownQuestion}: ${escapeInline(turn.content.replace(/\s+/g, ' ').trim())}`, '');
      continue;
    }
    if (turn.interpretedQuestion !== undefined && differsFromQuestion(turn.interpretedQuestion, question)) {
      lines.push(`*${messages.interpretedAs} ${escapeInline(turn.interpretedQuestion)}*`, '');
    }
    if (turn.abstained) lines.push(`**${messages.abstentionTitle}.**`, '');
    else if (isUncertain(turn)) lines.push(`**${messages.uncertain}.**`, '');
    lines.push(turn.content.trim(), '');
    if (turn.abstained && turn.reason.trim() !== '') lines.push(`${messages.markdownReason}: ${turn.reason.trim()}`, '');
    const sources = shownSources(turn);
    if (sources.length > 0) {
      lines.push(`### ${turn.abstained ? messages.related : messages.sources}`, '');
      sources.forEach((source, index) => {
        lines.push(`${index + 1}. **${escapeInline(sourceName(source, options.yearOf))}**`, `   > ${escapeInline(excerpt(source.text, 300))}`);
      });
      lines.push('');
    }
  }
  if (options.link !== undefined) lines.push('---', '', `${messages.markdownLink}: <${options.link}>`, '');
  return lines.join('\n');
};
