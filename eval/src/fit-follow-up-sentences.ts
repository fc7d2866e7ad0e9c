/**
 * `npm run fit:follow-up`: fits the follow-up sentence model (core/src/dialogue/follow-up-sentences.ts) on the TUNE conversations only
 * and writes it to core/src/dialogue/follow-up-sentence-model.json. Each tune conversation is played with the assistant's own answers
 * and no follow-up factor; every follow-up that leans on the last answer reports its candidate sentences with their features. A
 * candidate is labelled 1 when its passage holds a gold quote and the sentence overlaps it. L2-regularised conditional logistic regression (a softmax over each follow-up's candidates,
 * conditional-logit.ts) on standardised features, the penalty chosen by 5-fold cross-validation over
 * conversations: how many follow-ups' best candidate (by the model's score) holds the gold quote, then log-loss.
 *
 * @module
 */
import {
  createIndexAssistant,
  followUpFeatureNames,
  loadIndexParts,
  normalizeForDedup,
  type ChatMessage,
  type FollowUpFeatures,
  type FollowUpSentenceModel,
} from '@kildesvar/core';
import { loadIngestConfig } from '@kildesvar/ingest';
import {
  cachedObservations,
  conditionalLoss,
  crossValidatedFits,
  dot,
  featureRecord,
  fitConditionalLogit,
  standardisedExamples,
  topHits,
  writeModel,
} from './conditional-logit';
import { conversationSplitOf, loadConversationSet } from './conversation-set';
import { coveredGold, goldSpans, secondGoldSpans } from './relevance';

interface Observation {
  turn: string;
  conversation: string;
  features: FollowUpFeatures;
  y: number;
}

/** Plays the tune conversations without the factor and labels every observed candidate sentence. */
const observe = async (): Promise<Observation[]> => {
  const parts = await loadIndexParts(loadIngestConfig());
  const assistant = createIndexAssistant({ ...parts, followUpModel: null });
  const originals = parts.originals;
  const raw: Observation[] = [];
  const conversations = loadConversationSet().filter((conversation) => conversationSplitOf(conversation.id) === 'tune');
  for (const conversation of conversations) {
    const messages: ChatMessage[] = [];
    for (const [index, turn] of conversation.turns.entries()) {
      messages.push({ role: 'user', content: turn.question });
      let observed: Parameters<NonNullable<Parameters<typeof assistant.chat>[2]>['observeFollowUp'] & {}>[0] | undefined;
      const response = await assistant.chat([...messages], undefined, { observeFollowUp: (candidates) => (observed ??= candidates) });
      messages.push({ role: 'assistant', content: response.answer });
      if (!observed || !turn.answerable || !turn.quote) continue;
      const gold = [...goldSpans(turn, originals), ...secondGoldSpans(turn, originals)];
      const quotes = [turn.quote, ...turn.alsoIn.map((source) => source.quote), ...(turn.secondQuote ? [turn.secondQuote.quote] : [])].map(normalizeForDedup);
      for (const candidate of observed) {
        const text = normalizeForDedup(candidate.passage.chunk.sentences[candidate.sentence]?.text ?? '');
        const overlaps = text.length > 0 && quotes.some((quote) => quote.includes(text.slice(0, 40)) || text.includes(quote.slice(0, 40)));
        const holds = coveredGold(candidate.passage.chunk, gold).length > 0;
        raw.push({ turn: `${conversation.id}#${index}`, conversation: conversation.id, features: candidate.features, y: holds && overlaps ? 1 : 0 });
      }
    }
  }
  return raw;
};

const folds = 5;
const main = async (): Promise<void> => {
  const raw = await cachedObservations(process.env.FIT_CACHE, observe);
  const names = followUpFeatureNames;
  const { means, scales, examples } = standardisedExamples(names, raw, (example) => ({
    group: example.turn,
    fold: example.conversation,
    y: example.y,
  }));
  const crossValidated = (lambda: number) => {
    const fits = crossValidatedFits(examples, lambda, folds);
    return new Map(examples.map((example) => [example, (fits.get(example)?.bias ?? 0) + dot(fits.get(example)?.weights ?? [], example.x)]));
  };
  const turns = new Set(examples.map((example) => example.group)).size;
  const withGold = new Set(examples.filter((example) => example.y === 1).map((example) => example.group)).size;
  console.error(
    `Tune follow-ups leaning on the last answer: ${turns} answerable (${withGold} with the gold sentence among the candidates), ${examples.length} candidate sentences.`,
  );
  console.error(`Best candidate holds the gold quote, compose's score alone: ${topHits(examples, (example) => example.x[0] ?? 0)} of ${turns}.`);
  const lambdas = [0.001, 0.01, 0.03, 0.1, 0.3];
  const scored = lambdas.map((lambda) => {
    const predictions = crossValidated(lambda);
    const hits = topHits(examples, (example) => predictions.get(example) ?? 0);
    const loss = conditionalLoss(examples, (example) => predictions.get(example) ?? 0);
    return { lambda, hits, loss };
  });
  for (const entry of scored)
    console.error(`  L2 ${entry.lambda}: cross-validated best candidate holds gold ${entry.hits} of ${turns}, log-loss ${entry.loss.toFixed(4)}`);
  const chosen = scored.reduce((best, entry) => (entry.hits > best.hits || (entry.hits === best.hits && entry.loss < best.loss) ? entry : best));
  const model = fitConditionalLogit(examples, chosen.lambda);
  const record = (values: number[]) => featureRecord(names, values);
  const fitted: FollowUpSentenceModel = {
    means: record(means),
    scales: record(scales),
    weights: record(model.weights),
    bias: Number(model.bias.toFixed(4)),
    measured:
      `Fitted by npm run fit:follow-up on the tune conversations (${turns} answerable follow-ups leaning on the last answer, ${examples.length} candidate sentences); ` +
      `L2 ${chosen.lambda} by 5-fold cross-validation over conversations: best candidate holds the gold quote in ${chosen.hits} of ${turns} ` +
      `(compose's score alone: ${topHits(examples, (example) => example.x[0] ?? 0)}).`,
  };
  writeModel('../../core/src/dialogue/follow-up-sentence-model.json', fitted);
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
