/**
 * A question asking what was achieved — whether a goal was reached, how many managed it — in bokmål, nynorsk or English
 * («Klarte skolene det?», «Ble målet nådd?», «Hvor mange fylker klarte kravene i 2007?», «did they reach it»): a past
 * form of a verb of achieving. A sentence that only sets the goal («I løpet av 2007 skal alle … oppfylle …», «KS vil …
 * utvikle …») does not answer it: it says what was to happen, not what happened. Regular expressions, as the other answer
 * kinds (`answer-type.ts`, `contact-address.ts`): no library reads these few forms.
 */
const achievementAsked =
  /(?<!\p{L})(?:klarte|klarde|klarade|nådd|nådde|nåddes|oppnådd|oppnådde|oppnåddes|lyktes|lukkast|innfridd|innfridde|reached|achieved|managed|succeeded)(?!\p{L})|(?<!\p{L})(?:did|actually)(?:\s+\p{L}+){0,2}\s+(?:reach|achieve|manage|succeed|meet)(?!\p{L})/iu;

/** Words that set a goal or a plan: modal verbs of duty, intention or advice, and the nouns of a target. */
const goalWords =
  /(?<!\p{L})(?:skal|skulle|bør|burde|vil|må|should|shall|will|must|mål|målet|måla|målsetting\p{L}*|målsetjing\p{L}*|ambisjon\p{L}*|targets?|goals?|aims?)(?!\p{L})/iu;

/** Words that report a result: what was reached, done or managed (the asked verbs, and past forms that state an outcome). */
const resultWords =
  /(?<!\p{L})(?:klarte|klarde|nådd|nådde|oppnådd|oppnådde|lyktes|lukkast|innfridd|innfridde|gjennomført|gjennomførte|reached|achieved|managed|succeeded|completed)(?!\p{L})/iu;

/**
 * An adverb of reality («faktisk», «virkelig», «verkeleg», «i realiteten», «actually», «really», «in fact») after a past or perfect
 * auxiliary («Ble det faktisk slik …?», «Har kommunene faktisk tatt det i bruk?», «hadde faktisk …», «did they really …»): the
 * question sets what happened against what was planned or said, whatever its verb, and asks what was achieved as a verb of
 * achieving does. Only after the closed class of past and perfect auxiliaries of an event or a result (not a copula: «Hva var
 * faktisk målet?» asks the goal, nor a present or modal: «Blir stemmen faktisk hørt?», «hvorfor må de faktisk …»).
 * Full eval vs base57: tune unanswerable follow-ups abstained +2 (c632#3, c727#2), nothing else changed; test unchanged.
 */
const realityAsked =
  /(?<!\p{L})(?:ble|blei|vart|har|hadde|fikk|fekk|did|has|have|had)\s+(?:[\p{L}\p{N}-]+\s+){0,6}?(?:faktisk|virkelig|verkeleg|i\s+realiteten|actually|really|in\s+fact)(?!\p{L})/iu;

export const asksForAchievement = (question: string): boolean => achievementAsked.test(question) || realityAsked.test(question);

/**
 * A yes/no question opened by a past auxiliary of an event or a result («Ble avtalen inngått?», «Vart ordninga innført?», «Hadde
 * fylket søkt?», «Fikk dei midlane?», «Did they sign it?»; the closed class, bokmål, nynorsk and English, after an opening
 * conjunction) that names no goal itself (`goalWords`: «Did the plan aim at …?», «Ble det satt et mål om …?» ask for the goal):
 * it asks whether the thing happened, which a plan's target for its year does not say.
 */
const happenedAsked = /^\P{L}*(?:(?:og|and|men|but|so)\s+)?(?:ble|blei|vart|hadde|fikk|fekk|did)(?!\p{L})/iu;

export const asksIfHappened = (question: string): boolean => happenedAsked.test(question) && !goalWords.test(question);

/**
 * A question asking when a thing happened: a question word of time («når», «kor tid», «when», «hvilket år», «kva år», «what
 * year», «which year», «in what year») right before a past verb — a past auxiliary of an event (the closed class «ble», «blei»,
 * «vart», «kom», «hadde», «fikk», «fekk», «did») or a finite verb of the weak past (-et, -te, -de, -dde: «startet», «møttes» is
 * read by `finiteVerb`) — naming no goal (`goalWords`: «Når skulle …» asks the plan's time). Not English «was»/«were», which are
 * also the copula («When was the deadline …?» asks for a set time, as Norwegian «var» does). A plan's target for its year («I
 * løpet av 2007 skal alle … være part i Norge digitalt») gives when it was to happen, not when it did.
 */
const whenPast =
  /^\P{L}*(?:(?:og|and|men|but|so)\s+)?(?:når|kor\s+tid|when|(?:i\s+|in\s+)?(?:hvilket|kva|which|what)\s+år|(?:in\s+)?(?:what|which)\s+year)\s+(\p{L}+)/iu;
const pastAuxiliary = /^(?:ble|blei|vart|kom|hadde|fikk|fekk|did)$/iu;
const weakPast = /(?:et|te|de|dde|ets|tes|des)$/iu;
export const asksWhenHappened = (question: string, finiteVerb?: (word: string) => boolean | null): boolean => {
  const verb = whenPast.exec(question)?.[1];
  if (verb === undefined || goalWords.test(question)) return false;
  return pastAuxiliary.test(verb) || (weakPast.test(verb) && (finiteVerb?.(verb.toLowerCase()) ?? false));
};

/** A sentence that reports a result. */
export const reportsResult = (sentence: string): boolean => resultWords.test(sentence);

/** A sentence that sets a goal or plan and reports no result. */
export const setsGoalOnly = (sentence: string): boolean => goalWords.test(sentence) && !resultWords.test(sentence);
