import { groupBy, latency, summarize, systems, worstQuestions, type QuestionOutcome, type System } from './run-eval';

/** The evaluation report: JSON for machines, Markdown for people. */
const percent = (value: number) => `${(value * 100).toFixed(1)}`;
const fixed = (value: number) => value.toFixed(3);

export const buildReport = (outcomes: QuestionOutcome[]) => {
  const splits = { test: outcomes.filter((outcome) => outcome.split === 'test'), tune: outcomes.filter((outcome) => outcome.split === 'tune'), all: outcomes };
  return {
    generatedAt: new Date().toISOString(),
    questions: outcomes.length,
    splits: Object.fromEntries(Object.entries(splits).map(([name, group]) => [name, summarize(group)])),
    latencyMs: latency(outcomes),
    outcomes,
  };
};
export type EvalReport = ReturnType<typeof buildReport>;

const retrievalTable = (report: EvalReport, split: string): string[] => {
  const summary = report.splits[split];
  const rows = systems.map((system: System) => {
    const metrics = summary.retrieval[system];
    return `| ${system} | ${percent(metrics.recallAt1)} | ${percent(metrics.recallAt3)} | ${percent(metrics.recallAt5)} | ${percent(metrics.recallAt10)} | ${fixed(metrics.mrrAt10)} | ${fixed(metrics.ndcgAt10)} |`;
  });
  const hybrid = summary.retrieval.hybrid;
  const baseline = summary.retrieval.baseline;
  return [
    `| system | R@1 % | R@3 % | R@5 % | R@10 % | MRR@10 | nDCG@10 |`,
    `|---|---|---|---|---|---|---|`,
    ...rows,
    `| hybrid − baseline | ${percent(hybrid.recallAt1 - baseline.recallAt1)} | ${percent(hybrid.recallAt3 - baseline.recallAt3)} | ${percent(hybrid.recallAt5 - baseline.recallAt5)} | ${percent(hybrid.recallAt10 - baseline.recallAt10)} | ${fixed(hybrid.mrrAt10 - baseline.mrrAt10)} | ${fixed(hybrid.ndcgAt10 - baseline.ndcgAt10)} |`,
  ];
};

const breakdown = (outcomes: QuestionOutcome[], title: string, key: (outcome: QuestionOutcome) => string): string[] => {
  const lines = [`### By ${title} (all questions)`, '', `| ${title} | n | hybrid R@5 % | hybrid MRR | baseline R@5 % | abstained when unanswerable | answered when answerable |`, '|---|---|---|---|---|---|---|'];
  for (const [name, group] of groupBy(outcomes, key)) {
    const summary = summarize(group);
    const unanswerable = group.filter((outcome) => !outcome.answerable).length;
    lines.push(
      `| ${name} | ${group.length} | ${summary.answers.answerable ? percent(summary.retrieval.hybrid.recallAt5) : '–'} | ${summary.answers.answerable ? fixed(summary.retrieval.hybrid.mrrAt10) : '–'} | ${summary.answers.answerable ? percent(summary.retrieval.baseline.recallAt5) : '–'} | ${unanswerable ? percent(summary.answers.abstentionRate) : '–'} | ${summary.answers.answerable ? percent(1 - summary.answers.falseAbstentionRate) : '–'} |`,
    );
  }
  return [...lines, ''];
};

export const renderMarkdown = (report: EvalReport): string => {
  const lines = [`# Kildesvar evaluation`, '', `Generated ${report.generatedAt} over ${report.questions} gold questions (\`eval/data/questions.jsonl\`). Relevant = a result's span or an alsoIn copy covers at least half of a gold quote. Baseline = plain BM25 without analysis over fixed 700-character windows of the raw files.`, ''];
  for (const split of ['test', 'tune', 'all']) {
    const answers = report.splits[split].answers;
    lines.push(`## Retrieval, ${split} split (${answers.answerable} answerable questions)`, '', ...retrievalTable(report, split), '');
    lines.push(
      `Answers (hybrid chat): abstained on ${percent(answers.abstentionRate)} % of ${answers.unanswerable} unanswerable; false abstention ${percent(answers.falseAbstentionRate)} % of answerable; citation support ${percent(answers.citationSupport)} % of answered; key-fact recall ${percent(answers.keyFactRecall)} %.`,
      '',
    );
  }
  lines.push(
    `## Latency (in process, per question, all questions)`,
    '',
    `search p50 ${report.latencyMs.searchP50.toFixed(2)} ms, p95 ${report.latencyMs.searchP95.toFixed(2)} ms; chat p50 ${report.latencyMs.chatP50.toFixed(2)} ms, p95 ${report.latencyMs.chatP95.toFixed(2)} ms (reported, never asserted).`,
    '',
  );
  lines.push(...breakdown(report.outcomes, 'kind', (outcome) => outcome.kind));
  lines.push(...breakdown(report.outcomes, 'document', (outcome) => outcome.file ?? '(unanswerable)'));
  lines.push(...breakdown(report.outcomes, 'language', (outcome) => outcome.language));
  lines.push('## Worst 10 questions (hybrid)', '');
  for (const outcome of worstQuestions(report.outcomes)) {
    lines.push(`- **${outcome.id}** (${outcome.kind}, ${outcome.language}, ${outcome.split}) «${outcome.question}» — gold in ${outcome.file}; first relevant at ${outcome.ranking.hybrid.firstRelevant ?? 'none in top 10'}. Retrieved instead:`);
    for (const top of outcome.top) lines.push(`  - ${top.file} ${top.start}–${top.end} ${top.heading ? `[${top.heading}] ` : ''}«${top.excerpt}…»`);
  }
  return `${lines.join('\n')}\n`;
};
