import type { SearchResult } from '@kildesvar/core/schemas';
import { nb, type Messages } from '../i18n/messages-nb';
import type { AssistantTurn } from './chat-turn';
import { excerpt } from './excerpt';

export type YearOf = (file: string) => number | undefined;

/** «Title (year) – heading»: how a source is named in copied and exported text. */
export const sourceName = (source: SearchResult, yearOf: YearOf): string => {
  const year = source.year ?? yearOf(source.file);
  const title = year === undefined ? source.title : `${source.title} (${year})`;
  return source.heading.trim() === '' ? title : `${title} – ${source.heading.trim()}`;
};

/** The sources an answer shows: its citations, or for an abstention the passages that may be related. */
export const shownSources = (turn: AssistantTurn): SearchResult[] => (turn.abstained ? turn.related : turn.citations);

/**
 * An answer as plain text for the clipboard: the question, the answer with its [n] markers, then
 * its sources in citation order (or, for an abstention, the passages that may be related).
 */
export const formatCopyText = (turn: AssistantTurn, options: { question?: string; yearOf: YearOf; messages?: Messages }): string => {
  const messages = options.messages ?? nb;
  const lines: string[] = [];
  if (options.question !== undefined) lines.push(`${messages.markdownQuestion}: ${options.question.trim()}`, '');
  lines.push(turn.content.trim());
  if (turn.abstained && turn.reason.trim() !== '') lines.push('', `${messages.markdownReason}: ${turn.reason.trim()}`);
  const sources = shownSources(turn);
  if (sources.length > 0) {
    lines.push('', `${turn.abstained ? messages.related : messages.sources}:`);
    sources.forEach((source, index) => {
      lines.push(`[${index + 1}] ${sourceName(source, options.yearOf)}`, `    «${excerpt(source.text, 300)}»`);
    });
  }
  return lines.join('\n');
};
