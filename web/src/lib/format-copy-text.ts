import type { SearchResult } from '@kildesvar/core/schemas';
import type { AssistantTurn } from './chat-turn';
import { excerpt } from './excerpt';

type YearOf = (file: string) => number | undefined;

const sourceLine = (source: SearchResult, number: number, yearOf: YearOf): string => {
  const year = source.year ?? yearOf(source.file);
  const title = year === undefined ? source.title : `${source.title} (${year})`;
  const heading = source.heading.trim() === '' ? '' : ` – ${source.heading.trim()}`;
  return [`[${number}] ${title}${heading}`, `    «${excerpt(source.text, 300)}»`, `    ${source.file}, tegn ${source.start}–${source.end}`].join('\n');
};

/**
 * An answer as plain text for the clipboard: the question, the answer with its [n] markers, then
 * its sources in citation order (or, for an abstention, the passages that may be related).
 */
export const formatCopyText = (turn: AssistantTurn, options: { question?: string; yearOf: YearOf }): string => {
  const lines: string[] = [];
  if (options.question !== undefined) lines.push(`Spørsmål: ${options.question.trim()}`, '');
  lines.push(turn.content.trim());
  if (turn.abstained && turn.reason.trim() !== '') lines.push('', `Begrunnelse: ${turn.reason.trim()}`);
  const sources = turn.abstained ? turn.related : turn.citations;
  if (sources.length > 0) {
    lines.push('', turn.abstained ? 'Kanskje relatert:' : 'Kilder:');
    sources.forEach((source, index) => lines.push(sourceLine(source, index + 1, options.yearOf)));
  }
  return lines.join('\n');
};
