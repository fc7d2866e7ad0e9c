import { analyze, type WordKnowledge } from '../analysis';
import { searchStemsOf, timeFrameOf } from '../answer/answer-type';
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
 * «How many times …», «Hvor mange ganger …», «Kor mange gonger …»: the counted word says only that occurrences are counted,
 * the question's frame as «hvor mange» is; the texts give the count without it («over 2000 besøk i fjor»).
 */
const timesCounted = /(?<!\p{L})(?:(?:hvor|kor)\s+mange\s+(?:ganger|gonger)|how\s+many\s+times)(?!\p{L})/iu;

/**
 * The source a question closes with («…, ifølge KS sitt innspill til Helsereformutvalget?», «… ifølge tiltakslista?», «…,
 * according to the KS analysis?»): a phrase of at most five words after «ifølge»/«according to» that runs to the question
 * mark or a comma, after at least three words of the question, and names a document: names (a word with a capital or a
 * digit: «KS», «eKommune 2009») and at most one common noun, held together by determiners, possessives and prepositions. It
 * says whose text answers, not what is newly asked: the answering sentence does not name its own document. Not a phrase of
 * more common words («Hva gir den ifølge KS større fleksibilitet?»), which holds what is asked. Full eval vs base46: tune +2
 * (c081#2, c344#5: a yes/no follow-up's new name and a when-follow-up's new word were the source's), test +0 −0 (no answer
 * text changed).
 */
const closingSource = /(?:ifølge|ifølgje|i følge|i følgje|according to)\s+((?:[\p{L}\p{N}'’@-]+\s*){1,5}?)(?=\s*(?:[,?!.]|$))/iu;
const minWordsBeforeSource = 3;
const sourceGlue = /^(?:sitt|si|sin|sine|den|det|dette|denne|disse|dei|de|til|fra|frå|for|i|om|av|og|the|this|that|its|their|of|to|from|on|in|and)$/iu;
const closingSourceOf = (question: string): string | undefined => {
  const match = closingSource.exec(question);
  if (!match) return undefined;
  const before = question.slice(0, match.index).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  const phrase = match[1] ?? '';
  const common = phrase.split(/\s+/u).filter((word) => word !== '' && !/[\p{Lu}\p{N}]/u.test(word) && !sourceGlue.test(word.replace(/['’]s?$/u, '')));
  return before >= minWordsBeforeSource && common.length <= 1 ? phrase : undefined;
};

/**
 * The stems of the words that frame a follow-up rather than name what it newly asks about: those asking for a time
 * («Hvilket år …», «By which year …», «Kva dato …»), which ask for a year or a date as «når» does, the counted word of
 * «how many times», and the source the question closes with (`closingSourceOf`). An English question gives the Norwegian
 * stems its frame's words were translated to («year» → «år»).
 */
const frameStemsOf = (question: string, sources?: readonly { source: string; stems: readonly string[] }[]): Set<string> => {
  const frame = [timeFrameOf(question), timesCounted.exec(question)?.[0], closingSourceOf(question)]
    .filter((words) => words !== null && words !== undefined)
    .join(' ');
  return new Set(searchStemsOf(frame.toLowerCase(), sources));
};

/**
 * «people», «folk», «personer»: a generic human subject or counted thing («how often do people visit it?», «hvor mange
 * personer deltok?») names no one, as «man» does; the texts say who by the role («innbyggerne», «deltakere», «brukere»).
 */
const genericPeople = new Set(analyze('folk person personer menneske mennesker people persons'));
/**
 * The modal auxiliaries, bokmål, nynorsk and English (a closed class): «og når måtte alle ha tatt stilling til det?» asks what
 * had to be done by when; the modal frames the time asked, the texts state it with another («skal … ha vurdert»).
 */
const modalStems = new Set(analyze('måtte måtta burde skulle skulla kunne kunna ville vilja must should could would might shall'));
/**
 * The adverbs of place that stand before a phrase of place (a closed class, bokmål and nynorsk): «og kontorene ute i
 * kommunene da?», «dei som sit oppe i departementet», «borte på skolen»; the phrase after it says where (its noun is the word
 * asked with), the adverb only that it is away there, which the texts leave unsaid («… lokale … kontorene … på plass»).
 */
const placeAdverbStems = new Set(analyze('ute inne oppe nede borte fremme framme'));

/**
 * The light verbs of bokmål and nynorsk (a closed class): «få», «komme», «gå», «ta», «gi», «gjøre», «sette», «legge», in every
 * form. Before a particle or a preposition they carry little meaning of their own: the phrase says what happens («kom i gang»
 * — started, «kom ut» — was published, «ta i bruk» — adopt, «få til» — achieve), and the texts say it with another verb («ble
 * etablert», «ble lansert»). Without one they mean what they say («da planen kom», «gikk planen bra?»); «få» excepted (`receiving`).
 */
const lightVerbStems = new Set(
  analyze(
    'få får fikk fått fekk komme kommer kom kommet kome kjem gå går gikk gått gjekk ta tar tok tatt tek teke gi gir ga gav gitt gje gjev gjeve ' +
      'gjøre gjør gjorde gjort gjere gjer sette setter satte setje legge legger lagt leggje',
  ),
);
/**
 * «få» in every form, the lightest of them: «get», «receive», «be allowed», «manage» by what follows. «Kor mange får tenester
 * heime?» asks how many have them, which the texts say without it («… 173 147 har helsetjenester i hjemmet»). A light verb
 * wherever it stands.
 */
const receiving = new Set(analyze('få får fikk fått fekk'));
/** The particles and prepositions a light verb's phrase opens with (a closed class, bokmål and nynorsk). */
const phraseOpeners = new Set('i ut inn opp ned fram frem på til med over bort av om tilbake igjen sammen saman unna heim hjem'.split(' '));
/** The pronouns that may stand between a light verb and its particle («satte den i gang», «tok det i bruk»). */
const objectPronouns = new Set('den det de dei dem seg han ho hun henne oss meg deg dykk dere'.split(' '));

/**
 * The stems of a Norwegian question's light verbs that open a phrase with a particle or a preposition right after them (or after
 * an object pronoun): «og når kom den i gang?» → «kom». Not an English question's: a translated «få» stands for a verb of its
 * own meaning («received»).
 */
export const lightVerbsInPhrase = (question: string): Set<string> => {
  const words = (question.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => ({ word, stem: analyze(word)[0] ?? '' }));
  const found = new Set<string>();
  words.forEach(({ stem }, index) => {
    if (!lightVerbStems.has(stem)) return;
    const next = words[index + 1]?.word ?? '';
    const after = words[index + 2]?.word ?? '';
    if (phraseOpeners.has(next) || (objectPronouns.has(next) && phraseOpeners.has(after)) || receiving.has(stem)) found.add(stem);
  });
  return found;
};

/**
 * What a follow-up newly asks about: its own words (`resolved.fresh`, new to the last turn by stem) that the conversation's
 * last turns (as bounded: `dialogueBounds`) do not hold in any form either — not as a lemma («fikk» ~ «fått»), a compound part or an acronym's other spelling.
 * A quote for such a question must carry one of them (compose's `freshApart`).
 */
export const freshWords = (resolved: ResolvedQuestion, turns: readonly Turn[], knowledge?: WordKnowledge): string[] => {
  const naming = asksForName.test(resolved.prepared.original);
  const { original, language, sources } = resolved.prepared;
  const frame = frameStemsOf(original, language === 'en' ? sources : undefined);
  const light = language === 'en' ? new Set<string>() : lightVerbsInPhrase(original);
  const fresh = (resolved.fresh ?? []).filter(
    (stem) =>
      !(naming && namingStems.has(stem)) &&
      !frame.has(stem) &&
      !genericPeople.has(stem) &&
      !modalStems.has(stem) &&
      !placeAdverbStems.has(stem) &&
      !light.has(stem),
  );
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

/**
 * Whether the other reading's answer (`otherReading`) of a follow-up refused as first read is kept: the answer must carry what
 * the follow-up newly asks about (`carriesFresh`, on the first reading's new words). An ellipsis read again as pointing back is
 * answered on its own words and the last turn's topic; a reference read again on its own words (a question on a new
 * thing, asked after turns on another, that names nothing of theirs) skips the follow-up's own checks that its quote carry its new words
 * (compose's `freshApart` and the like), and its answer may be on the conversation's topic only. A question first read as
 * self-contained keeps its other reading's answer.
 */
export const keepsOtherAnswer = (first: ResolvedQuestion, answer: string, knowledge?: WordKnowledge): boolean =>
  (first.kind !== 'ellipsis' && first.kind !== 'reference') || carriesFresh(first, answer, knowledge);
