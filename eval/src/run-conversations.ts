import type { Assistant } from '@kildesvar/core';
import type { ChatMessage, ChatResponse } from '@kildesvar/core/schemas';
import { conversationSplitOf, type Conversation, type TurnKind } from './conversation-set';
import type { GoldSplit } from './gold-set';
import { goldSpans, secondGoldSpans } from './relevance';
import { answerShares, type AnswerShares } from './metrics';
import { scoreAnswer, type ScoredAnswer } from './run-eval';

/**
 * Plays each gold conversation through `assistant.chat(messages)`, turn by turn, with the assistant's OWN earlier answers as
 * the assistant messages (never the gold answers), and scores every turn: abstained, and supported (answered and a citation
 * holds a gold quote).
 */
export interface TurnOutcome {
  conversation: string;
  split: GoldSplit;
  /** 0-based index of the turn in its conversation. */
  turn: number;
  kind: TurnKind;
  language: string;
  question: string;
  answerable: boolean;
  /** The response's optional `interpretedQuestion` (how the follow-up was read), null when it has none. */
  interpretedQuestion: string | null;
  answer: ScoredAnswer;
  /**
   * The same question asked again on its own, with no history: issue 11 wants a topic change answered as if asked fresh, and
   * a first turn is asked with no history anyway (a difference there is state leaking between requests). A true follow-up
   * read as it is read fresh (`freshInterpretedQuestion`) was read without its context.
   */
  fresh?: ScoredAnswer;
  /** How the question asked fresh was read (its `interpretedQuestion`), null when it has none; only beside `fresh`. */
  freshInterpretedQuestion?: string | null;
  latencyMs: number;
}

/** The contract's limit on one message; a longer answer of our own is cut rather than rejected. */
const maxMessageChars = 20_000;

const interpretedQuestionOf = (response: ChatResponse): string | null => {
  const interpreted = (response as { interpretedQuestion?: unknown }).interpretedQuestion;
  return typeof interpreted === 'string' && interpreted.trim() !== '' ? interpreted : null;
};

export interface ConversationRunOptions {
  /** Also ask every turn with no history (`TurnOutcome.fresh`); the gate, which reads no such check, leaves it out. Default true. */
  askFresh?: boolean;
}

export const evaluateConversations = async (
  assistant: Pick<Assistant, 'chat'>,
  conversations: Conversation[],
  originals: ReadonlyMap<string, string>,
  options: ConversationRunOptions = {},
): Promise<TurnOutcome[]> => {
  const askFresh = options.askFresh ?? true;
  const outcomes: TurnOutcome[] = [];
  for (const conversation of conversations) {
    const messages: ChatMessage[] = [];
    for (const [index, turn] of conversation.turns.entries()) {
      messages.push({ role: 'user', content: turn.question });
      const started = performance.now();
      const response = await assistant.chat([...messages]);
      const latencyMs = performance.now() - started;
      messages.push({ role: 'assistant', content: response.answer.slice(0, maxMessageChars) });
      const gold = [...goldSpans(turn, originals), ...secondGoldSpans(turn, originals)];
      const freshResponse = askFresh ? await assistant.chat([{ role: 'user', content: turn.question }]) : undefined;
      const fresh = freshResponse ? { fresh: scoreAnswer(freshResponse, gold), freshInterpretedQuestion: interpretedQuestionOf(freshResponse) } : {};
      outcomes.push({
        conversation: conversation.id,
        split: conversationSplitOf(conversation.id),
        turn: index,
        kind: turn.kind,
        language: turn.language,
        question: turn.question,
        answerable: turn.answerable,
        interpretedQuestion: interpretedQuestionOf(response),
        answer: scoreAnswer(response, gold),
        ...fresh,
        latencyMs,
      });
    }
  }
  return outcomes;
};

/** The answer shares of a set of conversation turns, and how many turns there were. */
export interface TurnMetrics extends AnswerShares {
  turns: number;
}

export const summarizeTurns = (turns: TurnOutcome[]): TurnMetrics => ({
  turns: turns.length,
  ...answerShares(turns.map((turn) => ({ answerable: turn.answerable, abstained: turn.answer.abstained, citationSupported: turn.answer.citationSupported }))),
});

/** Follow-ups are every turn after the first. */
export const isFollowUp = (turn: TurnOutcome): boolean => turn.turn > 0;

/**
 * Turns against the same question asked with no history: how many got the identical answer text, how many the same outcome
 * (supported, abstained or neither), and how many were right (answerable: supported; unanswerable: abstained) each way.
 */
export interface FreshCheck {
  turns: number;
  /** Read as it was read fresh (the same interpreted question): for a follow-up that leans on context, read without it. */
  readAsFresh: number;
  identical: number;
  sameAsFresh: number;
  supportedInConversation: number;
  supportedFresh: number;
  rightInConversation: number;
  rightFresh: number;
}

const outcomeOf = (answer: ScoredAnswer): string => (answer.supported ? 'supported' : answer.abstained ? 'abstained' : 'unsupported');

const isRight = (turn: TurnOutcome, answer: ScoredAnswer): boolean => (turn.answerable ? answer.supported : answer.abstained);

export const checkAgainstFresh = (turns: TurnOutcome[]): FreshCheck => {
  const checked = turns.filter((turn): turn is TurnOutcome & { fresh: ScoredAnswer } => turn.fresh !== undefined);
  const count = (test: (turn: TurnOutcome & { fresh: ScoredAnswer }) => boolean) => checked.filter(test).length;
  return {
    turns: checked.length,
    readAsFresh: count((turn) => (turn.interpretedQuestion ?? turn.question) === (turn.freshInterpretedQuestion ?? turn.question)),
    identical: count((turn) => turn.answer.text === turn.fresh.text),
    sameAsFresh: count((turn) => outcomeOf(turn.answer) === outcomeOf(turn.fresh)),
    supportedInConversation: count((turn) => turn.answer.supported),
    supportedFresh: count((turn) => turn.fresh.supported),
    rightInConversation: count((turn) => isRight(turn, turn.answer)),
    rightFresh: count((turn) => isRight(turn, turn.fresh)),
  };
};

/** A follow-up that is neither a topic change nor self-contained: it needs the conversation to be read right. */
const leansOnContext = (turn: TurnOutcome): boolean => isFollowUp(turn) && turn.kind !== 'topic-change' && turn.kind !== 'self-contained';

export interface ConversationSummary {
  /** Topic changes, first turns and follow-ups that lean on context, each against the same question asked fresh. */
  asFresh: { topicChanges: FreshCheck; firstTurns: FreshCheck; contextual: FreshCheck };
  all: TurnMetrics;
  firstTurns: TurnMetrics;
  followUps: TurnMetrics;
  byKind: Record<string, TurnMetrics>;
  byLanguage: Record<string, TurnMetrics>;
}

const groupTurns = (turns: TurnOutcome[], key: (turn: TurnOutcome) => string): Record<string, TurnMetrics> => {
  const groups = new Map<string, TurnOutcome[]>();
  for (const turn of turns) groups.set(key(turn), [...(groups.get(key(turn)) ?? []), turn]);
  return Object.fromEntries([...groups.entries()].sort(([left], [right]) => left.localeCompare(right)).map(([name, group]) => [name, summarizeTurns(group)]));
};

export const summarizeConversations = (turns: TurnOutcome[]): ConversationSummary => ({
  asFresh: {
    topicChanges: checkAgainstFresh(turns.filter((turn) => turn.kind === 'topic-change')),
    firstTurns: checkAgainstFresh(turns.filter((turn) => !isFollowUp(turn))),
    contextual: checkAgainstFresh(turns.filter(leansOnContext)),
  },
  all: summarizeTurns(turns),
  firstTurns: summarizeTurns(turns.filter((turn) => !isFollowUp(turn))),
  followUps: summarizeTurns(turns.filter(isFollowUp)),
  byKind: groupTurns(turns, (turn) => turn.kind),
  byLanguage: groupTurns(turns, (turn) => turn.language),
});

const percent = (value: number) => (value * 100).toFixed(1);

/**
 * The turns against the same questions asked fresh, one line: «Topic changes answered as fresh: 32 of 41 identical (36 same
 * outcome, 30 read the same); supported fresh 26, in conversation 29; …». For the follow-ups that lean on context, «read the
 * same» counts those read as if there were no conversation: a follow-up misread as a topic change, unless it names all it needs.
 */
export const renderFreshLine = (summary: ConversationSummary): string => {
  const part = (name: string, check: FreshCheck) =>
    `${name} answered as fresh: ${check.identical} of ${check.turns} identical (${check.sameAsFresh} same outcome, ${check.readAsFresh} read the same); supported fresh ` +
    `${check.supportedFresh}, in conversation ${check.supportedInConversation}; right fresh ${check.rightFresh}, in conversation ${check.rightInConversation}`;
  const { topicChanges, firstTurns, contextual } = summary.asFresh;
  return `${[part('Topic changes', topicChanges), part('first turns', firstTurns), part('follow-ups that lean on context', contextual)].join('; ')}.`;
};

/** The per-kind table (plain text, for the gate's log and the CLI). */
export const renderTurnTable = (summary: ConversationSummary): string => {
  const row = (name: string, metrics: TurnMetrics) =>
    `${name.padEnd(15)} ${String(metrics.turns).padStart(4)} ${String(metrics.answerable).padStart(4)} ` +
    `${(metrics.answerable ? percent(metrics.supportedAnswers) : '–').padStart(9)} ` +
    `${(metrics.answerable ? percent(metrics.falseAbstentionRate) : '–').padStart(9)} ${String(metrics.unanswerable).padStart(4)} ` +
    `${(metrics.unanswerable ? percent(metrics.abstentionRate) : '–').padStart(9)}`;
  return [
    `${'kind'.padEnd(15)} ${'n'.padStart(4)} ${'ans'.padStart(4)} ${'support%'.padStart(9)} ${'falseAb%'.padStart(9)} ${'un'.padStart(4)} ` +
      `${'abstain%'.padStart(9)}`,
    ...Object.entries(summary.byKind).map(([kind, metrics]) => row(kind, metrics)),
    row('(follow-ups)', summary.followUps),
    row('(all turns)', summary.all),
  ].join('\n');
};
