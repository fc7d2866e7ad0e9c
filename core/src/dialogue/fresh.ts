import { analyze, type WordKnowledge } from '../analysis';
import { matchStrength } from '../retrieval/evidence';
import { termSetOf } from '../retrieval/indexed-chunk';
import type { Turn } from './dialogue-state';
import type { ResolvedQuestion } from './follow-up';

/**
 * «Hva heter …?», «Kva heiter …?», «What is it called?»: the naming verb is the question's frame, which asks for a name (as «hvem»
 * asks for an agent), not a word of what is newly asked about: the texts give the name without it («… (ELIN-t)»).
 */
const asksForName = /^\s*(?:(?:og|and)\s+)?(?:hva|kva|what)(?![\p{L}\p{N}])/iu;
const namingStems = new Set(analyze('heter het heiter heitte kalles kallast called named'));

/**
 * What a follow-up newly asks about: its own words (`resolved.fresh`, new to the last turn by stem) that the conversation's
 * last turns (as bounded: `dialogueBounds`) do not hold in any form either — not as a lemma («fikk» ~ «fått»), a compound part or an acronym's other spelling.
 * A quote for such a question must carry one of them (compose's `freshApart`).
 */
export const freshWords = (resolved: ResolvedQuestion, turns: readonly Turn[], knowledge?: WordKnowledge): string[] => {
  const naming = asksForName.test(resolved.prepared.original);
  const fresh = (resolved.fresh ?? []).filter((stem) => !(naming && namingStems.has(stem)));
  if (turns.length === 0 || fresh.length === 0) return [];
  const heard = termSetOf(turns.map((turn) => `${turn.question} ${turn.answer}`).join(' '), knowledge);
  const { stems, words } = resolved.prepared.terms;
  return fresh.filter((stem) => matchStrength(stem, words?.[stems.indexOf(stem)], heard) < 0.5);
};

/**
 * Whether a quote carries every word a follow-up newly asks about (`resolved.fresh`, as `freshWords` left them), each at least
 * half matched — what a fresh question's quote must carry of its own words. An ellipsis read again as pointing back
 * («og skolene?» after a cost question, its frame refused) is answered on its own words and the last turn's topic; a quote
 * that carries only the topic answers the last question again, not the fragment. A follow-up with no new word passes.
 */
export const carriesFresh = (resolved: ResolvedQuestion, quote: string, knowledge?: WordKnowledge): boolean => {
  const fresh = resolved.fresh ?? [];
  if (fresh.length === 0) return true;
  const said = termSetOf(quote, knowledge);
  const { stems, words } = resolved.prepared.terms;
  return fresh.every((stem) => matchStrength(stem, words?.[stems.indexOf(stem)], said) >= 0.5);
};
