import { answerTypeOf, type AnswerType } from '../answer/answer-type';

/**
 * The kind of thing a fragment asks for by its own head noun: «Og målet for elevene med frist 2008?» asks for a goal, «og
 * fristen for planen?» for a time, «and the price per signature?» for a sum. Such a noun is no name to put in the last
 * question's frame: it is a frame of its own. A goal, a reason and a purpose are kinds `answerTypeOf` does not read; they are
 * named here so a fragment asking for one is known to ask something else than a sum, a count, a time or a who.
 */
export type OwnKind = AnswerType | 'goal' | 'reason' | 'purpose';

/**
 * The nouns that name what is asked for, definite or bare (bokmål, nynorsk, English): a closed class of the nouns a question
 * asks by («Hva er målet/fristen/prisen/antallet/navnet/årsaken/formålet …»). Hand-written: no Norwegian resource packaged
 * for Debian classes nouns by the kind of answer they ask for.
 */
const askingNouns: Array<[OwnKind, RegExp]> = [
  ['goal', /^(?:mål|målet|måla|målene|målsetting|målsettingen|målsetjing|målsetjinga|ambisjon|ambisjonen|goal|goals|target|targets|aim)$/u],
  ['time', /^(?:frist|fristen|fristar|fristane|fristene|dato|datoen|tidspunkt|tidspunktet|deadline|date)$/u],
  ['amount', /^(?:pris|prisen|kostnad|kostnaden|kostnadene|kostnadane|budsjett|budsjettet|sum|summen|beløp|beløpet|price|cost|costs|budget|amount)$/u],
  ['count', /^(?:antall|antallet|tal|talet|tall|tallet|andel|andelen|prosent|prosenten|number|share|figure|percentage|proportion)$/u],
  ['who', /^(?:navn|navnet|namn|namnet|name)$/u],
  ['reason', /^(?:årsak|årsaken|grunn|grunnen|reason|cause)$/u],
  ['purpose', /^(?:formål|formålet|føremål|føremålet|hensikt|hensikten|purpose)$/u],
];

/** What opens a fragment before its head noun: a conjunction, «what about», an article. */
const fragmentOpening = /^\s*(?:(?:og|and|men|but|enn|so)\s+)?(?:(?:hva|kva|what|how)\s+(?:med|about)\s+)?(?:(?:the|a|an)\s+)?/iu;

/** The kind asked by the noun a fragment opens with, or null when it opens with anything else (a name, a preposition, a year). */
export const kindAskedByFragment = (fragment: string): OwnKind | null => {
  const head = fragment
    .replace(fragmentOpening, '')
    .match(/^[\p{L}]+/u)?.[0]
    ?.toLowerCase();
  if (!head) return null;
  return askingNouns.find(([, noun]) => noun.test(head))?.[0] ?? null;
};

/**
 * A fragment that brings a frame of its own: its head noun asks for another kind of thing than the last question's frame
 * («Og målet for elevene med frist 2008?» after «Hvor mye koster det å oppgradere linjen?»). Read in that frame it asked for a
 * sum of the goal («Hvor mye koster … – målet for elevene …?»), and the missing-sum rule refused the goal's sentence. Only
 * when the last question asks a kind `answerTypeOf` reads: a frame that asks none («Hva skjer med …», «Hvorfor …») has none
 * to clash with; nor a time frame and a goal, which is set with its time.
 */
export const bringsOwnFrame = (fragment: string, lastQuestion: string): boolean => {
  const own = kindAskedByFragment(fragment);
  const frame = answerTypeOf(lastQuestion);
  // A goal is set with its time («I løpet av 2008 skal alle elever …»): a time frame fits a goal fragment («og målet for
  // kommunane?» after «Når kjem gevinstane …?» asks when, of the goal).
  return own !== null && frame !== null && own !== frame && !(own === 'goal' && frame === 'time');
};
