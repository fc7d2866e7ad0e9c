/**
 * `npx tsx eval/src/fu-refusal-cli.ts [tune|test]`: why answerable follow-ups are refused (diagnosis only, no behaviour change).
 * Plays the split's conversations as the eval does (the assistant's own answers as history) and, for every answerable turn
 * after the first that is refused, prints which mechanism refused it: the answerability model's confidence under its
 * threshold (with the features that pulled it down most), a halving rule (`halvedBy`), or a rule after composing
 * (keepsSwitch / keepsYear: the reason names what the passages lack). Beside it: whether the answer forced (abstention off)
 * would be supported, and where the gold passage ranks among the first reading's top 10 passages.
 * @module
 */
import {
  createIndexAssistant,
  defaultAnswerSettings,
  featureNames,
  loadIndexParts,
  typeMissingFactor,
  type AnswerabilityModel,
  type ChatMessage,
  type FeatureName,
} from '@kildesvar/core';
import { loadIngestConfig } from '@kildesvar/ingest';
import { conversationSplitOf, loadConversationSet } from './conversation-set';
import { citationsCover, goldSpans, secondGoldSpans } from './relevance';
import { pullsDown, refusalMechanism, type SeenReading } from './fu-refusal';

const constant = (threshold: number): AnswerabilityModel => ({
  means: Object.fromEntries(featureNames.map((name) => [name, 0])) as Record<FeatureName, number>,
  scales: Object.fromEntries(featureNames.map((name) => [name, 1])) as Record<FeatureName, number>,
  weights: Object.fromEntries(featureNames.map((name) => [name, 0])) as Record<FeatureName, number>,
  bias: 0,
  threshold,
  measured: 'diagnosis',
});

const main = async (): Promise<void> => {
  const split = process.argv[2] === 'test' ? 'test' : 'tune';
  const parts = await loadIndexParts(loadIngestConfig());
  const model = defaultAnswerSettings.answerability;
  if (!model) throw new Error('no answerability model');
  const assistant = createIndexAssistant(parts);
  const forced = createIndexAssistant({ ...parts, answer: { ...defaultAnswerSettings, answerability: constant(0) } });
  const ranking = createIndexAssistant({ ...parts, answer: { ...defaultAnswerSettings, answerability: constant(2), related: 10 } });
  /** Per mechanism: how many refused, and how many of those the forced answer would have supported. */
  const counts = new Map<string, { refused: number; forcedSupported: number }>();
  let refused = 0;
  for (const conversation of loadConversationSet().filter((candidate) => conversationSplitOf(candidate.id) === split)) {
    const messages: ChatMessage[] = [];
    for (const [index, turn] of conversation.turns.entries()) {
      messages.push({ role: 'user', content: turn.question });
      const seen: SeenReading[] = [];
      const response = await assistant.chat([...messages], undefined, {
        observe: (features, confidence, halvedBy, defined) => seen.push({ features, confidence, halvedBy, defined }),
      });
      messages.push({ role: 'assistant', content: response.answer });
      if (index === 0 || !turn.answerable || !response.abstained) continue;
      refused += 1;
      const gold = [...goldSpans(turn, parts.originals), ...secondGoldSpans(turn, parts.originals)];
      const forcedResponse = await forced.chat(messages.slice(0, -1));
      const ranked = await ranking.chat(messages.slice(0, -1));
      const goldRank = ranked.related.findIndex((passage) => citationsCover([passage], gold));
      const kind = refusalMechanism(seen, model.threshold, typeMissingFactor);
      const mechanism = kind === 'after compose' ? `after compose: ${response.reason}` : kind;
      const supported = citationsCover(forcedResponse.citations, gold);
      const count = counts.get(kind) ?? { refused: 0, forcedSupported: 0 };
      counts.set(kind, { refused: count.refused + 1, forcedSupported: count.forcedSupported + Number(supported) });
      console.log(`${conversation.id}#${index} [${turn.kind}, ${turn.language}] ${turn.question}`);
      console.log(`  read: ${(response as { interpretedQuestion?: string }).interpretedQuestion ?? ''}`);
      for (const [reading, observed] of seen.entries()) {
        console.log(
          `  reading ${reading}: conf ${observed.confidence.toFixed(3)} (thr ${model.threshold}) halved [${observed.halvedBy.join(',')}] pulls: ${pullsDown(model, observed.features).join(' ')}`,
        );
      }
      console.log(`  mechanism: ${mechanism}; forced answer supported: ${supported}; gold rank: ${goldRank}`);
    }
  }
  console.log(`\n${refused} answerable follow-ups refused on ${split}:`);
  for (const [key, count] of [...counts].sort((left, right) => right[1].refused - left[1].refused)) {
    console.log(`  ${count.refused}  ${key} (forced answer supported: ${count.forcedSupported})`);
  }
};

await main();
