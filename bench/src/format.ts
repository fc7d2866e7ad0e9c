import type { Spread } from './statistics';

/** Number formatting for the Markdown report. */
export const fixed = (value: number | null | undefined, digits = 1): string =>
  value === null || value === undefined || Number.isNaN(value) ? '–' : Number.isFinite(value) ? value.toFixed(digits) : '∞';

/** "median (min–max)", or just the value when there was one run. */
export const spreadText = (value: Spread | undefined, digits = 1, scale = 1): string => {
  if (!value || value.runs.length === 0) return '–';
  const median = fixed(value.median * scale, digits);
  return value.runs.length === 1 ? median : `${median} (${fixed(value.min * scale, digits)}–${fixed(value.max * scale, digits)})`;
};

export const mebibytes = (bytes: number | null | undefined): string => (bytes === null || bytes === undefined ? '–' : fixed(bytes / 2 ** 20, 1));

export const percent = (share: number): string => `${(share * 100).toFixed(1)} %`;

/** A Markdown table from a header row and body rows. */
export const table = (header: string[], rows: string[][]): string =>
  [
    `| ${header.join(' | ')} |`,
    `|${header.map((_, index) => (index === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
