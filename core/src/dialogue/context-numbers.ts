import type { Turn } from './dialogue-state';
import { namesOnly, type ResolvedQuestion } from './follow-up';

/**
 * The numbers a follow-up holds only from its context (read at a weight below 1, see `resolveQuestion`): the year the last
 * question asked about, a time the last answer stated («Hvor mye ble delt ut i november (om: kommuner tilskudd 2017)?»,
 * «kva tilrår rapporten (om: kostnadene 2022 …)?»). The follow-up asks something new of the same subject, whose answer need
 * not state the old year, so a passage that does not state it lacks nothing the asker asked for (the answerability model's
 * `numbersMissing` leaves them out). A number that stands in a name in the last turns' questions («eKommune 2012», «Samspill
 * 2.0») is not context but the subject's name: a passage without it may be about another edition, and it still counts.
 */
export const contextNumbers = (resolved: ResolvedQuestion, turns: readonly Turn[]): string[] => {
  if (resolved.kind !== 'ellipsis' && resolved.kind !== 'reference') return [];
  const { stems, weights, numbers } = resolved.prepared.terms;
  return [...new Set(numbers)].filter((number) => {
    const index = stems.indexOf(number);
    return index >= 0 && (weights?.[index] ?? 1) < 1 && !turns.some((turn) => namesOnly(turn.question, number));
  });
};
