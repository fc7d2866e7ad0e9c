/**
 * The evaluation report: JSON for machines, Markdown for people.
 *
 * @module
 */
import { renderFreshLine, renderTurnTable, summarizeConversations, type TurnMetrics, type TurnOutcome } from './run-conversations';
import {
  answerabilityCurve,
  groupBy,
  latency,
  summarize,
  systems,
  worstQuestions,
  type AnswerabilityPoint,
  type QuestionOutcome,
  type System,
} from './run-eval';

const percent = (value: number) => `${(value * 100).toFixed(1)}`;
const fixed = (value: number) => value.toFixed(3);

/** Items written before failure classes existed (q001–q166) carry none; they are grouped under this name. */
export const untaggedClass = '(untagged)';

export interface AnswerGroupRow {
  n: number;
  answerable: number;
  unanswerable: number;
  supportedAnswers: number;
  falseAbstentionRate: number;
  abstentionRate: number;
}

const answerRow = (group: QuestionOutcome[]): AnswerGroupRow => {
  const answers = summarize(group).answers;
  return {
    n: group.length,
    answerable: answers.answerable,
    unanswerable: answers.unanswerable,
    supportedAnswers: answers.supportedAnswers,
    falseAbstentionRate: answers.falseAbstentionRate,
    abstentionRate: answers.abstentionRate,
  };
};

/** Groups where an outcome may belong to several groups (classes). */
const groupByMany = (outcomes: QuestionOutcome[], keys: (outcome: QuestionOutcome) => string[]): Map<string, QuestionOutcome[]> => {
  const groups = new Map<string, QuestionOutcome[]>();
  for (const outcome of outcomes) for (const key of keys(outcome)) groups.set(key, [...(groups.get(key) ?? []), outcome]);
  return new Map([...groups.entries()].sort(([left], [right]) => left.localeCompare(right)));
};

const answerBreakdowns = (outcomes: QuestionOutcome[]) => {
  const rows = (groups: Map<string, QuestionOutcome[]>) => Object.fromEntries([...groups.entries()].map(([name, group]) => [name, answerRow(group)]));
  return {
    byKind: rows(groupBy(outcomes, (outcome) => outcome.kind)),
    byClass: rows(groupByMany(outcomes, (outcome) => (outcome.classes.length > 0 ? outcome.classes : [untaggedClass]))),
    byLanguage: rows(groupBy(outcomes, (outcome) => outcome.language)),
  };
};

type SplitName = 'test' | 'tune' | 'all';
const splitNames = ['test', 'tune', 'all'] as const;

/** `build` applied to each split's items, keyed by split name (test, tune, all, in that order). */
const perSplit = <T, R>(splits: Record<SplitName, T>, build: (items: T) => R): Record<SplitName, R> => ({
  test: build(splits.test),
  tune: build(splits.tune),
  all: build(splits.all),
});

export const buildReport = (outcomes: QuestionOutcome[], turns: TurnOutcome[] = []) => {
  const splits = { test: outcomes.filter((outcome) => outcome.split === 'test'), tune: outcomes.filter((outcome) => outcome.split === 'tune'), all: outcomes };
  const turnSplits = { test: turns.filter((turn) => turn.split === 'test'), tune: turns.filter((turn) => turn.split === 'tune'), all: turns };
  return {
    generatedAt: new Date().toISOString(),
    questions: outcomes.length,
    splits: perSplit(splits, summarize),
    /** Supported answers, false abstention and abstention per kind, failure class and language, per split. */
    answers: perSplit(splits, answerBreakdowns),
    /** "Answer iff confidence ≥ t" for t = 0…1 in steps of 0.05, per split (empty when responses carry no confidence). */
    answerability: perSplit(splits, answerabilityCurve),
    latencyMs: latency(outcomes),
    outcomes,
    conversations: {
      conversations: new Set(turns.map((turn) => turn.conversation)).size,
      turns: turns.length,
      splits: perSplit(turnSplits, summarizeConversations),
      outcomes: turns,
    },
  };
};
export type EvalReport = ReturnType<typeof buildReport>;

const retrievalTable = (report: EvalReport, split: SplitName): string[] => {
  const summary = report.splits[split];
  const rows = systems.map((system: System) => {
    const metrics = summary.retrieval[system];
    return (
      `| ${system} | ${percent(metrics.recallAt1)} | ${percent(metrics.recallAt3)} | ${percent(metrics.recallAt5)} | ` +
      `${percent(metrics.recallAt10)} | ${fixed(metrics.mrrAt10)} | ${fixed(metrics.ndcgAt10)} |`
    );
  });
  const hybrid = summary.retrieval.hybrid;
  const baseline = summary.retrieval.baseline;
  return [
    `| system | R@1 % | R@3 % | R@5 % | R@10 % | MRR@10 | nDCG@10 |`,
    `|---|---|---|---|---|---|---|`,
    ...rows,
    `| hybrid − baseline | ${percent(hybrid.recallAt1 - baseline.recallAt1)} | ${percent(hybrid.recallAt3 - baseline.recallAt3)} | ` +
      `${percent(hybrid.recallAt5 - baseline.recallAt5)} | ${percent(hybrid.recallAt10 - baseline.recallAt10)} | ` +
      `${fixed(hybrid.mrrAt10 - baseline.mrrAt10)} | ${fixed(hybrid.ndcgAt10 - baseline.ndcgAt10)} |`,
  ];
};

const breakdown = (outcomes: QuestionOutcome[], title: string, key: (outcome: QuestionOutcome) => string): string[] => {
  const lines = [
    `### By ${title} (all questions)`,
    '',
    `| ${title} | n | hybrid R@5 % | hybrid MRR | baseline R@5 % | abstained when unanswerable | answered when answerable |`,
    '|---|---|---|---|---|---|---|',
  ];
  for (const [name, group] of groupBy(outcomes, key)) {
    const summary = summarize(group);
    const unanswerable = group.filter((outcome) => !outcome.answerable).length;
    lines.push(
      `| ${name} | ${group.length} | ${summary.answers.answerable ? percent(summary.retrieval.hybrid.recallAt5) : '–'} | ` +
        `${summary.answers.answerable ? fixed(summary.retrieval.hybrid.mrrAt10) : '–'} | ` +
        `${summary.answers.answerable ? percent(summary.retrieval.baseline.recallAt5) : '–'} | ` +
        `${unanswerable ? percent(summary.answers.abstentionRate) : '–'} | ` +
        `${summary.answers.answerable ? percent(1 - summary.answers.falseAbstentionRate) : '–'} |`,
    );
  }
  return [...lines, ''];
};

const answerTable = (title: string, rows: Record<string, AnswerGroupRow>): string[] => [
  `| ${title} | n | answerable | supported answers % | false abstention % | unanswerable | abstained when unanswerable % |`,
  '|---|---|---|---|---|---|---|',
  ...Object.entries(rows).map(
    ([name, row]) =>
      `| ${name} | ${row.n} | ${row.answerable} | ${row.answerable ? percent(row.supportedAnswers) : '–'} | ` +
      `${row.answerable ? percent(row.falseAbstentionRate) : '–'} | ${row.unanswerable} | ${row.unanswerable ? percent(row.abstentionRate) : '–'} |`,
  ),
  '',
];

const curveTable = (points: AnswerabilityPoint[]): string[] =>
  points.length === 0
    ? ['No response carried a `confidence`, so there is no curve yet.', '']
    : [
        '| answer iff confidence ≥ | answered | precision (supported / answered) % | recall (supported / answerable) % | abstained when unanswerable % |',
        '|---|---|---|---|---|',
        ...points.map(
          (point) =>
            `| ${point.threshold.toFixed(2)} | ${point.answered} | ${percent(point.precision)} | ${percent(point.recall)} | ` +
            `${percent(point.abstentionOnUnanswerable)} |`,
        ),
        '',
      ];

const turnTable = (title: string, rows: Record<string, TurnMetrics>): string[] => [
  `| ${title} | turns | answerable | supported answers % | false abstention % | unanswerable | abstained when unanswerable % |`,
  '|---|---|---|---|---|---|---|',
  ...Object.entries(rows).map(
    ([name, row]) =>
      `| ${name} | ${row.turns} | ${row.answerable} | ${row.answerable ? percent(row.supportedAnswers) : '–'} | ` +
      `${row.answerable ? percent(row.falseAbstentionRate) : '–'} | ${row.unanswerable} | ${row.unanswerable ? percent(row.abstentionRate) : '–'} |`,
  ),
  '',
];

/** The headline lines `npm run eval` prints: single questions and conversations, test split. */
export const renderHeadline = (report: EvalReport): string => {
  const test = report.splits.test;
  const lines = [
    `Single questions, test split (${test.answers.answerable} answerable, ${test.answers.unanswerable} unanswerable): R@1 ` +
      `${percent(test.retrieval.hybrid.recallAt1)} %, R@5 ${percent(test.retrieval.hybrid.recallAt5)} %, MRR@10 ` +
      `${fixed(test.retrieval.hybrid.mrrAt10)}; supported answers ${percent(test.answers.supportedAnswers)} %, false abstention ` +
      `${percent(test.answers.falseAbstentionRate)} %, abstained on ${percent(test.answers.abstentionRate)} % of unanswerable, citation support ` +
      `${percent(test.answers.citationSupport)} %.`,
  ];
  const conversations = report.conversations.splits.test;
  if (conversations && conversations.all.turns > 0) {
    lines.push(
      `Conversations, test split (${conversations.all.turns} turns): follow-ups supported ${percent(conversations.followUps.supportedAnswers)} % of ` +
        `${conversations.followUps.answerable} answerable, false abstention ${percent(conversations.followUps.falseAbstentionRate)} %, abstained on ` +
        `${percent(conversations.followUps.abstentionRate)} % of ${conversations.followUps.unanswerable} unanswerable; first turns supported ` +
        `${percent(conversations.firstTurns.supportedAnswers)} %.`,
      renderFreshLine(conversations),
      renderTurnTable(conversations),
    );
  }
  return lines.join('\n');
};

export const renderMarkdown = (report: EvalReport): string => {
  const lines = [
    `# Kildesvar evaluation`,
    '',
    `Generated ${report.generatedAt} over ${report.questions} gold questions (\`eval/data/questions.jsonl\`). Relevant = a result's span or an alsoIn ` +
      `copy covers at least half of a gold quote. Baseline = plain BM25 without analysis over fixed 700-character windows of the raw files.`,
    '',
  ];
  for (const split of splitNames) {
    const answers = report.splits[split].answers;
    lines.push(`## Retrieval, ${split} split (${answers.answerable} answerable questions)`, '', ...retrievalTable(report, split), '');
    lines.push(
      `Answers (hybrid chat): supported answers ${percent(answers.supportedAnswers)} % of answerable (not abstained and a citation holds a gold ` +
        `quote); abstained on ${percent(answers.abstentionRate)} % of ${answers.unanswerable} unanswerable; false abstention ` +
        `${percent(answers.falseAbstentionRate)} % of answerable; citation support ${percent(answers.citationSupport)} % of answered; key-fact ` +
        `recall ${percent(answers.keyFactRecall)} %; two-part questions with both parts supported ${percent(answers.twoPart.bothPartsSupported)} ` +
        `% of ${answers.twoPart.questions}.`,
      '',
    );
  }
  for (const split of ['test', 'all'] as const) {
    const breakdowns = report.answers[split];
    lines.push(`## Answers by kind, failure class and language, ${split === 'all' ? 'all questions' : `${split} split`}`, '');
    lines.push(
      `Supported answer = not abstained and a citation holds a gold quote. Classes: a question counts under each of its classes; ${untaggedClass} = ` +
        `q001–q166, written before classes existed.`,
      '',
    );
    lines.push(...answerTable('kind', breakdowns.byKind), ...answerTable('class', breakdowns.byClass), ...answerTable('language', breakdowns.byLanguage));
  }
  for (const split of ['test', 'tune'] as const) {
    lines.push(`## Answerability: precision/recall by confidence threshold, ${split} split`, '', ...curveTable(report.answerability[split]));
  }
  const conversations = report.conversations;
  if (conversations.turns > 0) {
    lines.push(`## Conversations (\`eval/data/conversations.jsonl\`: ${conversations.conversations} conversations, ${conversations.turns} turns)`, '');
    lines.push("Each conversation is played with the assistant's own earlier answers as the assistant messages. Follow-ups = every turn after the first.", '');
    for (const split of splitNames) {
      const summary = conversations.splits[split];
      lines.push(`### ${split === 'all' ? 'All conversations' : `${split} split`}`, '');
      lines.push(
        `Follow-ups: supported ${percent(summary.followUps.supportedAnswers)} % of ${summary.followUps.answerable} answerable, false abstention ` +
          `${percent(summary.followUps.falseAbstentionRate)} %, abstained on ${percent(summary.followUps.abstentionRate)} % of ` +
          `${summary.followUps.unanswerable} unanswerable. First turns: supported ${percent(summary.firstTurns.supportedAnswers)} % of ` +
          `${summary.firstTurns.answerable}.`,
        '',
        `Each turn asked again with no history: ${renderFreshLine(summary)}`,
        '',
      );
      lines.push(...turnTable('kind', summary.byKind), ...turnTable('language', summary.byLanguage));
    }
  }
  lines.push(
    `## Latency (in process, per question, all questions)`,
    '',
    `search p50 ${report.latencyMs.searchP50.toFixed(2)} ms, p95 ${report.latencyMs.searchP95.toFixed(2)} ms; chat p50 ` +
      `${report.latencyMs.chatP50.toFixed(2)} ms, p95 ${report.latencyMs.chatP95.toFixed(2)} ms (reported, never asserted).`,
    '',
  );
  lines.push(...breakdown(report.outcomes, 'kind', (outcome) => outcome.kind));
  lines.push(...breakdown(report.outcomes, 'document', (outcome) => outcome.file ?? '(unanswerable)'));
  lines.push(...breakdown(report.outcomes, 'language', (outcome) => outcome.language));
  lines.push('## Worst 10 questions (hybrid)', '');
  for (const outcome of worstQuestions(report.outcomes)) {
    lines.push(
      `- **${outcome.id}** (${outcome.kind}, ${outcome.language}, ${outcome.split}) «${outcome.question}» — gold in ${outcome.file}; first relevant ` +
        `at ${outcome.ranking.hybrid.firstRelevant ?? 'none in top 10'}. Retrieved instead:`,
    );
    for (const top of outcome.top) lines.push(`  - ${top.file} ${top.start}–${top.end} ${top.heading ? `[${top.heading}] ` : ''}«${top.excerpt}…»`);
  }
  return `${lines.join('\n')}\n`;
};
