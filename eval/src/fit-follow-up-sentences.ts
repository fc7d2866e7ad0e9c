/**
 * `npm run fit:follow-up`: fits the follow-up sentence model (core/src/dialogue/follow-up-sentences.ts) on the TUNE conversations only
 * and writes it to core/src/dialogue/follow-up-sentence-model.json. Each tune conversation is played with the assistant's own answers
 * and no follow-up factor; every follow-up that leans on the last answer reports its candidate sentences with their features. A
 * candidate is labelled 1 when its passage holds a gold quote and the sentence overlaps it. L2-regularised conditional logistic regression (a softmax over each follow-up's candidates) on
 * standardised features (gradient descent, written by hand as in fit-answerability.ts), the penalty chosen by 5-fold cross-validation over
 * conversations: how many follow-ups' best candidate (by the model's score) holds the gold quote, then log-loss.
 *
 * @module
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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
import { conversationSplitOf, loadConversationSet } from './conversation-set';
import { coveredGold, goldSpans, secondGoldSpans } from './relevance';

interface Example {
  turn: string;
  conversation: string;
  x: number[];
  y: number;
}

/** The examples grouped by follow-up, in order. */
const byTurn = (examples: Example[]): Example[][] => {
  const groups = new Map<string, Example[]>();
  for (const example of examples) groups.set(example.turn, [...(groups.get(example.turn) ?? []), example]);
  return [...groups.values()];
};
const dot = (weights: number[], x: number[]): number => x.reduce((sum, value, index) => sum + value * (weights[index] ?? 0), 0);

/**
 * Conditional logit: within each follow-up the candidates compete, p(i) = exp(w·xᵢ) / Σⱼ exp(w·xⱼ), and the loss is −log of the
 * probability of the candidates that hold the gold quote, plus λ‖w‖²/2. Follow-ups with no such candidate teach nothing and are left
 * out. The relative score (feature 0) keeps a positive weight: the factor divides by it.
 */
const fit = (examples: Example[], lambda: number): { weights: number[]; bias: number } => {
  const groups = byTurn(examples).filter((group) => group.some((example) => example.y === 1));
  const dimensions = examples[0]?.x.length ?? 0;
  const weights = new Array<number>(dimensions).fill(0);
  weights[0] = 1;
  const rate = 0.5;
  for (let step = 0; step < 1500; step += 1) {
    const gradient = new Array<number>(dimensions).fill(0);
    for (const group of groups) {
      const scores = group.map((example) => dot(weights, example.x));
      const top = Math.max(...scores);
      const exps = scores.map((score) => Math.exp(score - top));
      const total = exps.reduce((sum, value) => sum + value, 0);
      const positive = exps.reduce((sum, value, index) => sum + (group[index]?.y === 1 ? value : 0), 0);
      group.forEach((example, index) => {
        const all = (exps[index] ?? 0) / total;
        const pos = example.y === 1 ? (exps[index] ?? 0) / positive : 0;
        example.x.forEach((value, dimension) => {
          gradient[dimension] = (gradient[dimension] ?? 0) + (all - pos) * value;
        });
      });
    }
    weights.forEach((weight, index) => {
      const updated = weight - rate * ((gradient[index] ?? 0) / groups.length + lambda * weight);
      weights[index] = index === 0 ? Math.max(1e-3, updated) : updated;
    });
  }
  return { weights, bias: 0 };
};

/** The mean −log probability of the gold candidates per follow-up that has one. */
const conditionalLoss = (examples: Example[], score: (example: Example) => number): number => {
  const groups = byTurn(examples).filter((group) => group.some((example) => example.y === 1));
  return (
    groups.reduce((sum, group) => {
      const scores = group.map(score);
      const top = Math.max(...scores);
      const exps = scores.map((value) => Math.exp(value - top));
      const total = exps.reduce((acc, value) => acc + value, 0);
      const positive = exps.reduce((acc, value, index) => acc + (group[index]?.y === 1 ? value : 0), 0);
      return sum - Math.log(positive / total);
    }, 0) / groups.length
  );
};

/** Follow-ups whose best candidate by `score` holds the gold quote. */
const topHits = (examples: Example[], score: (example: Example) => number): number => {
  const best = new Map<string, Example>();
  for (const example of examples) {
    const current = best.get(example.turn);
    if (!current || score(example) > score(current)) best.set(example.turn, example);
  }
  return [...best.values()].filter((example) => example.y === 1).length;
};

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
  const cache = process.env.FIT_CACHE;
  const raw = cache && existsSync(cache) ? (JSON.parse(readFileSync(cache, 'utf8')) as Observation[]) : await observe();
  if (cache) writeFileSync(cache, JSON.stringify(raw));
  const names = followUpFeatureNames;
  const means = names.map((name) => raw.reduce((sum, example) => sum + example.features[name], 0) / raw.length);
  const scales = names.map(
    (name, index) => Math.sqrt(raw.reduce((sum, example) => sum + (example.features[name] - (means[index] ?? 0)) ** 2, 0) / raw.length) || 1,
  );
  const examples: Example[] = raw.map((example) => ({
    turn: example.turn,
    conversation: example.conversation,
    x: names.map((name, index) => (example.features[name] - (means[index] ?? 0)) / (scales[index] ?? 1)),
    y: example.y,
  }));
  const conversationIds = [...new Set(examples.map((example) => example.conversation))];
  const foldOf = (example: Example) => conversationIds.indexOf(example.conversation) % folds;
  const crossValidated = (lambda: number) => {
    const predictions = new Map<Example, number>();
    for (let fold = 0; fold < folds; fold += 1) {
      const model = fit(
        examples.filter((example) => foldOf(example) !== fold),
        lambda,
      );
      for (const example of examples) if (foldOf(example) === fold) predictions.set(example, model.bias + dot(model.weights, example.x));
    }
    return predictions;
  };
  const turns = new Set(examples.map((example) => example.turn)).size;
  const withGold = new Set(examples.filter((example) => example.y === 1).map((example) => example.turn)).size;
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
  const model = fit(examples, chosen.lambda);
  const record = (values: number[]) =>
    Object.fromEntries(names.map((name, index) => [name, Number((values[index] ?? 0).toFixed(4))])) as Record<(typeof names)[number], number>;
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
  const target = fileURLToPath(new URL('../../core/src/dialogue/follow-up-sentence-model.json', import.meta.url));
  writeFileSync(target, `${JSON.stringify(fitted, null, 2)}\n`);
  console.error(`Wrote ${target}: ${fitted.measured}`);
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
