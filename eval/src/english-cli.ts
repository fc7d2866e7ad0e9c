/**
 * `npm run eval:english -- [--results FILE] [--split tune|test] [--all]`: the English translation check (english-check.ts)
 * over the English gold questions and English conversation turns, with each one's outcome read from an eval results file.
 * A diagnosis, not a gate; writes nothing.
 *
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadFreedict, loadIndexParts, prepareQuery, type FileStoreParts } from '@kildesvar/core';
import { loadIngestConfig } from '@kildesvar/ingest';
import { loadConversationSet } from './conversation-set';
import { loadGoldSet, splitOf } from './gold-set';
import { conversationSplitOf } from './conversation-set';
import { checkTerms, passageAround, renderCheck, type AllTranslations, type CheckedQuestion } from './english-check';

const usage = `Usage: npm run eval:english -- [--results FILE] [--split tune|test] [--all]
Follows every content word of the English gold questions and English conversation turns (answerable, with a gold quote)
through the query translation to the gold passage, and counts per class whether a chosen Norwegian word occurs in the quote,
only near it, only by a translation the choice left out (other-sense), not at all because the word stayed untranslated and unknown to the corpus (unknown), or
not at all (absent). Outcomes (ok, abst, wrong) come from FILE (default eval/results/latest.json, made by npm run eval).
Lists the words outside the passage for the questions not supported (all questions with --all). Default split: tune.
Reads SEEDS_DIR, INDEX_DIR like npm start; needs the index built.`;

interface ResultOutcome {
  id?: string;
  conversation?: string;
  turn?: number;
  answerable: boolean;
  answer: { abstained: boolean; supported: boolean };
}

const outcomeOf = (result: ResultOutcome): string => (result.answer.abstained ? 'abst' : result.answer.supported ? 'ok' : 'wrong');

const readOutcomes = (file: string): Map<string, string> => {
  const outcomes = new Map<string, string>();
  if (!existsSync(file)) return outcomes;
  const report = JSON.parse(readFileSync(file, 'utf8')) as { outcomes: ResultOutcome[]; conversations: { outcomes: ResultOutcome[] } };
  for (const outcome of report.outcomes) if (outcome.id) outcomes.set(outcome.id, outcomeOf(outcome));
  for (const outcome of report.conversations.outcomes) outcomes.set(`${outcome.conversation}#${outcome.turn}`, outcomeOf(outcome));
  return outcomes;
};

/** FreeDict eng-nor with every sense it lists, and the stored dictionary's entries (pivot, WordNet) beside it. */
const allTranslationsOf = (parts: FileStoreParts): AllTranslations => {
  const full = loadFreedict('/usr/share/dictd/freedict-eng-nor', { maxTranslations: 64 }).dictionary;
  return (english) => [...(full?.entries.get(english) ?? []), ...(parts.english?.entries.get(english) ?? [])];
};

const main = async (): Promise<void> => {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage);
    return;
  }
  const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const split = option('--split') ?? 'tune';
  const outcomes = readOutcomes(option('--results') ?? 'eval/results/latest.json');
  const parts = await loadIndexParts(loadIngestConfig());
  const vocabulary = parts.retriever.vocabulary();
  const allTranslations = allTranslationsOf(parts);
  const check = (key: string, itemSplit: 'tune' | 'test', kind: string, question: string, file: string, quote: string): CheckedQuestion => {
    const asked = prepareQuery(question, parts.english, vocabulary, parts.knowledge);
    // A Norwegian question's own stems stand in for translated terms: the same classes, read as the baseline.
    const prepared = asked.sources ? asked : { sources: asked.terms.stems.map((stem) => ({ source: stem, stems: [stem] })) };
    const passage = passageAround(parts.originals.get(file) ?? '', quote);
    return {
      key,
      split: itemSplit,
      kind,
      question,
      outcome: outcomes.get(key) ?? null,
      terms: checkTerms(question, prepared, quote, passage, vocabulary, allTranslations),
    };
  };
  const singles: CheckedQuestion[] = [];
  const norwegian: CheckedQuestion[] = [];
  for (const item of loadGoldSet()) {
    if (!item.answerable || splitOf(item.id) !== split) continue;
    (item.language === 'en' ? singles : norwegian).push(check(item.id, split, item.kind, item.question, item.file, item.quote));
  }
  const turns: CheckedQuestion[] = [];
  for (const conversation of loadConversationSet()) {
    if (conversationSplitOf(conversation.id) !== split) continue;
    conversation.turns.forEach((turn, index) => {
      if (turn.language !== 'en' || !turn.answerable) return;
      turns.push(check(`${conversation.id}#${index}`, split, turn.kind, turn.question, turn.file, turn.quote));
    });
  }
  console.log(renderCheck(`English singles (${split})`, singles, args.includes('--all')));
  console.log();
  console.log(renderCheck(`English conversation turns (${split})`, turns, args.includes('--all')));
  console.log();
  console.log(renderCheck(`Bokmål and nynorsk singles, their own stems (${split}, for comparison)`, norwegian, false).split('\n').slice(0, 10).join('\n'));
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
