/** A piece of answer text: plain text, or one citation marker pointing at `citations[number - 1]`. */
export type AnswerPart = { kind: 'text'; text: string } | { kind: 'citation'; number: number };

const markerPattern = /\[(\d{1,3}(?:\s*,\s*\d{1,3})*)\]/g;

/**
 * Splits an answer into text and citation markers. `[2]` and `[1, 3]` become citations when every
 * number refers to one of the `citationCount` sources; anything else stays text as written.
 */
export const splitCitations = (answer: string, citationCount: number): AnswerPart[] => {
  const parts: AnswerPart[] = [];
  const pushText = (text: string) => {
    if (text === '') return;
    const last = parts[parts.length - 1];
    if (last?.kind === 'text') last.text += text;
    else parts.push({ kind: 'text', text });
  };
  let consumed = 0;
  for (const match of answer.matchAll(markerPattern)) {
    const numbers = (match[1] ?? '').split(',').map((value) => Number(value.trim()));
    const valid = numbers.every((number) => number >= 1 && number <= citationCount);
    pushText(answer.slice(consumed, match.index));
    if (valid) for (const number of numbers) parts.push({ kind: 'citation', number });
    else pushText(match[0]);
    consumed = match.index + match[0].length;
  }
  pushText(answer.slice(consumed));
  return parts;
};
