/**
 * `npm run fit:answerability`: fits the answerability model (core/src/answer/answerability.ts)
 * on the eval's TUNE split only (single questions and the follow-ups of tune conversations) and prints it as TypeScript for answerability-model.ts.
 * Each tune question is answered with abstention off; the label is 1 when that answer is
 * supported (a citation holds the gold quote), 0 when the question is unanswerable or the
 * answer would cite the wrong passage. L2-regularised logistic regression on standardised
 * features; the penalty is chosen by 5-fold cross-validated log-loss, and the threshold from
 * the cross-validated predictions (see `chooseThreshold`).
 *
 * The near-miss variants of the tune questions (nearmiss-variant.ts: a year or a named place or body swapped for one the
 * texts never write near the question) can join the fit as extra unanswerable examples: FIT_NEARMISS=w gives them together
 * w times the weight of the tune split's unanswerable gold items (default 0: not used). The threshold is chosen on the gold
 * items alone, with the halving rules of compose.ts applied to the cross-validated probabilities, as the assistant applies
 * them. FIT_CACHE=file keeps the observed features in `file` and reads them from there on the next run (same code, same index).
 * Session 18: with the 19 features, every w > 0 (0.5, 1, 2) costs tune false abstention far more than it gains on the
 * variants (singles at the same threshold: false abstention 13 → 29–59 of 297 for 113 → 116–119 of 126 variants abstained);
 * so is a refit on today's tune split without them (follow-ups falsely refused 23 → 36 of 225): the committed model stays.
 *
 * Written by hand: a dozen features and ~150 examples need 40 lines of gradient descent, and no
 * maintained npm package offers L2 logistic regression with cross-validation and no native build.
 *
 * @module
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import {
  createIndexAssistant,
  fnv1a,
  typeMissingFactor,
  defaultAnswerSettings,
  featureNames,
  featureSigns,
  type ChatMessage,
  loadIndexParts,
  type AnswerabilityFeatures,
  type AnswerabilityModel,
  type FeatureName,
} from '@kildesvar/core';
import { loadIngestConfig } from '@kildesvar/ingest';
import { loadGoldSet, splitOf, type GoldItem } from './gold-set';
import { citationsCover, coveredGold, goldSpans, secondGoldSpans } from './relevance';
import { conversationSplitOf, loadConversationSet } from './conversation-set';
import { loadNearMissVariants } from './nearmiss-names';

interface Example {
  id: string;
  x: number[];
  y: number;
  answerable: boolean;
  /** What the rules outside the model do with it: a halving rule met it (confidence × 0.5), the definition floor answers it. */
  halved: boolean;
  defined: boolean;
  /** A near-miss variant of a tune question (nearmiss-variant.ts), not a gold item: a negative the fit learns from. */
  nearMiss: boolean;
  /** Its weight in the fit's loss. */
  weight: number;
  /** The cross-validation fold (a variant stands in its original's fold). */
  fold: number;
}

const signs = featureNames.map((name) => featureSigns[name]);

const sigmoid = (value: number): number => 1 / (1 + Math.exp(-value));

const fit = (examples: Example[], lambda: number): { weights: number[]; bias: number } => {
  const dimensions = examples[0]?.x.length ?? 0;
  const weights = new Array<number>(dimensions).fill(0);
  let bias = 0;
  const rate = 0.1;
  const mass = examples.reduce((sum, example) => sum + example.weight, 0) || 1;
  for (let step = 0; step < 3000; step += 1) {
    const gradient = new Array<number>(dimensions).fill(0);
    let biasGradient = 0;
    for (const { x, y, weight: exampleWeight } of examples) {
      const error = (sigmoid(bias + x.reduce((sum, value, index) => sum + value * (weights[index] ?? 0), 0)) - y) * exampleWeight;
      x.forEach((value, index) => {
        gradient[index] = (gradient[index] ?? 0) + error * value;
      });
      biasGradient += error;
    }
    weights.forEach((weight, index) => {
      const updated = weight - rate * ((gradient[index] ?? 0) / mass + lambda * weight);
      // Projected gradient: a feature with a fixed direction keeps its sign (see featureSigns).
      const sign = signs[index] ?? 0;
      weights[index] = sign === 0 ? updated : sign > 0 ? Math.max(0, updated) : Math.min(0, updated);
    });
    bias -= (rate * biasGradient) / mass;
  }
  return { weights, bias };
};

const predict = (model: { weights: number[]; bias: number }, x: number[]): number =>
  sigmoid(model.bias + x.reduce((sum, value, index) => sum + value * (model.weights[index] ?? 0), 0));

const folds = 5;
const crossValidated = (examples: Example[], lambda: number): number[] => {
  const predictions = new Array<number>(examples.length).fill(0);
  for (let fold = 0; fold < folds; fold += 1) {
    const model = fit(
      examples.filter((example) => example.fold !== fold),
      lambda,
    );
    examples.forEach((example, index) => {
      if (example.fold === fold) predictions[index] = predict(model, example.x);
    });
  }
  return predictions;
};

const logLoss = (examples: Example[], predictions: number[]): number =>
  -examples.reduce((sum, { y, weight }, index) => {
    const p = Math.min(1 - 1e-9, Math.max(1e-9, predictions[index] ?? 0.5));
    return sum + weight * (y ? Math.log(p) : Math.log(1 - p));
  }, 0) / (examples.reduce((sum, { weight }) => sum + weight, 0) || 1);

export interface OperatingPoint {
  threshold: number;
  /** Supported answers / answerable. */
  supported: number;
  /** Abstained / unanswerable. */
  abstention: number;
  /** Abstained / answerable. */
  falseAbstention: number;
  /** Abstained / near-miss variants (0 without any). */
  nearMissAbstention: number;
}

/**
 * Whether the assistant answers at `threshold` with the model's probability `probability`: the halving rules outside the
 * model (compose.ts) multiply it by `typeMissingFactor`, and a defining sentence is answered whatever it is.
 */
const answersAt = (example: Example, probability: number, threshold: number): boolean =>
  example.defined || (example.halved ? probability * typeMissingFactor : probability) >= threshold;

/** Supported answers, abstention and false abstention of the gold items at each threshold; abstention on the near misses beside. */
export const operatingPoints = (examples: Example[], predictions: number[]): OperatingPoint[] => {
  const gold = examples.filter((example) => !example.nearMiss);
  const answerable = gold.filter((example) => example.answerable).length || 1;
  const unanswerable = gold.filter((example) => !example.answerable).length || 1;
  const nearMisses = examples.filter((example) => example.nearMiss).length;
  return Array.from({ length: 41 }, (_, step) => step / 40).map((threshold) => {
    let supported = 0;
    let abstained = 0;
    let falseAbstained = 0;
    let nearMissAbstained = 0;
    examples.forEach((example, index) => {
      const answers = answersAt(example, predictions[index] ?? 0, threshold);
      if (example.nearMiss) {
        if (!answers) nearMissAbstained += 1;
        return;
      }
      if (example.answerable && answers && example.y === 1) supported += 1;
      if (example.answerable && !answers) falseAbstained += 1;
      if (!example.answerable && !answers) abstained += 1;
    });
    return {
      threshold,
      supported: supported / answerable,
      abstention: abstained / unanswerable,
      falseAbstention: falseAbstained / answerable,
      nearMissAbstention: nearMisses ? nearMissAbstained / nearMisses : 0,
    };
  });
};

/** How much one more abstention on an unanswerable question is worth against one more supported answer (share for share). */
export const abstentionWeight = 0.5;

/**
 * The threshold that maximises supported answers plus half the abstention on unanswerable
 * questions (cross-validated shares); among near-ties (within 0.005) the lowest, which answers
 * more. Answerable questions are far more common in use, and a weak answer is shown as uncertain
 * rather than refused; but a confident answer to a question the texts do not answer misleads, so
 * abstention still counts, at half weight.
 */
export const chooseThreshold = (points: OperatingPoint[]): OperatingPoint => {
  const value = (point: OperatingPoint) => point.supported + abstentionWeight * point.abstention;
  const best = Math.max(...points.map(value));
  const chosen = points.find((point) => value(point) >= best - 0.005);
  if (!chosen) throw new RangeError('chooseThreshold needs at least one operating point');
  return chosen;
};

const alwaysAnswer: AnswerabilityModel = {
  means: Object.fromEntries(featureNames.map((name) => [name, 0])) as Record<FeatureName, number>,
  scales: Object.fromEntries(featureNames.map((name) => [name, 1])) as Record<FeatureName, number>,
  weights: Object.fromEntries(featureNames.map((name) => [name, 0])) as Record<FeatureName, number>,
  bias: 0,
  threshold: 0,
  measured: 'answers every question (for fitting)',
};

interface Observed {
  id: string;
  features: AnswerabilityFeatures;
  y: number;
  answerable: boolean;
  halved: boolean;
  defined: boolean;
  nearMiss: boolean;
  /** The gold item or conversation it belongs to (its cross-validation fold). */
  group: string;
}

/**
 * Every tune example, answered with abstention off: the single questions, the follow-ups of the tune conversations (played
 * with the assistant's own answers), and the near-miss variants of the tune questions (unanswerable by construction).
 */
const observeTune = async (): Promise<Observed[]> => {
  const parts = await loadIndexParts(loadIngestConfig());
  const assistant = createIndexAssistant({ ...parts, answer: { ...defaultAnswerSettings, answerability: alwaysAnswer } });
  const originals = parts.originals;
  const gold = loadGoldSet();
  const items: GoldItem[] = gold.filter((item) => splitOf(item.id) === 'tune');
  const raw: Observed[] = [];
  const ask = async (messages: ChatMessage[]) => {
    let seen: Pick<Observed, 'features' | 'halved' | 'defined'> | undefined;
    const response = await assistant.chat(messages, undefined, {
      observe: (features, _confidence, halvedBy, defined) => (seen = { features, halved: halvedBy.length > 0, defined }),
    });
    return { response, seen };
  };
  for (const item of items) {
    const { response, seen } = await ask([{ role: 'user', content: item.question }]);
    if (!seen) continue;
    const spans = goldSpans(item, originals);
    const supported = item.answerable && !response.abstained && response.citations.some((citation) => coveredGold(citation, spans).length > 0);
    raw.push({ id: item.id, ...seen, y: supported ? 1 : 0, answerable: item.answerable, nearMiss: false, group: item.id });
  }
  for (const conversation of loadConversationSet().filter((candidate) => conversationSplitOf(candidate.id) === 'tune')) {
    const messages: ChatMessage[] = [];
    for (const [index, turn] of conversation.turns.entries()) {
      messages.push({ role: 'user', content: turn.question });
      const { response, seen } = await ask([...messages]);
      messages.push({ role: 'assistant', content: response.answer });
      if (!seen || index === 0) continue;
      const spans = [...goldSpans(turn, originals), ...secondGoldSpans(turn, originals)];
      const supported = turn.answerable && !response.abstained && citationsCover(response.citations, spans);
      raw.push({ id: `${conversation.id}#${index}`, ...seen, y: supported ? 1 : 0, answerable: turn.answerable, nearMiss: false, group: conversation.id });
    }
  }
  const seeds = new Map<string, string>();
  for (const document of assistant.documents()) seeds.set(document.file, (await assistant.document(document.file))?.text ?? '');
  for (const variant of loadNearMissVariants(gold, seeds).filter((candidate) => candidate.split === 'tune')) {
    const { seen } = await ask([{ role: 'user', content: variant.item.question }]);
    if (seen) raw.push({ id: variant.id, ...seen, y: 0, answerable: false, nearMiss: true, group: variant.original.id });
  }
  return raw;
};

/**
 * The weight of the near-miss variants against the gold items in the fit (all of them together weigh this share of the gold
 * items' unanswerable ones). The threshold is chosen on the gold items alone.
 */
const nearMissMass = Number(process.env.FIT_NEARMISS ?? 0);

const main = async (): Promise<void> => {
  const cache = process.env.FIT_CACHE;
  const raw: Observed[] = cache && existsSync(cache) ? JSON.parse(readFileSync(cache, 'utf8')) : await observeTune();
  if (cache && !existsSync(cache)) writeFileSync(cache, JSON.stringify(raw));
  const nearMisses = raw.filter((example) => example.nearMiss).length;
  const unanswerableGold = raw.filter((example) => !example.nearMiss && !example.answerable).length;
  const nearMissWeight = nearMisses ? (nearMissMass * unanswerableGold) / nearMisses : 0;
  const used = raw.filter((example) => !example.nearMiss || nearMissWeight > 0);
  const means = Object.fromEntries(featureNames.map((name) => [name, used.reduce((sum, example) => sum + example.features[name], 0) / used.length])) as Record<
    FeatureName,
    number
  >;
  const scales = Object.fromEntries(
    featureNames.map((name) => [name, Math.sqrt(used.reduce((sum, example) => sum + (example.features[name] - means[name]) ** 2, 0) / used.length) || 1]),
  ) as Record<FeatureName, number>;
  const examples: Example[] = used
    .map((example) => ({
      id: example.id,
      x: featureNames.map((name) => (example.features[name] - means[name]) / scales[name]),
      y: example.y,
      answerable: example.answerable,
      halved: example.halved,
      defined: example.defined,
      nearMiss: example.nearMiss,
      weight: example.nearMiss ? nearMissWeight : 1,
      fold: fnv1a(example.group) % folds,
    }))
    .filter((example) => example.weight > 0);
  const lambdas = [0.001, 0.003, 0.01, 0.03, 0.1, 0.3];
  const scored = lambdas.map((lambda) => ({ lambda, loss: logLoss(examples, crossValidated(examples, lambda)) }));
  const { lambda } = scored.reduce((best, entry) => (entry.loss < best.loss ? entry : best));
  const predictions = crossValidated(examples, lambda);
  const points = operatingPoints(examples, predictions);
  const chosen = chooseThreshold(points);
  const model = fit(examples, lambda);
  if (process.env.FIT_DEBUG) {
    examples.forEach((example, index) => {
      console.error(
        `${example.id} y=${example.y} ans=${example.answerable} halved=${example.halved} p=${(predictions[index] ?? 0).toFixed(2)} ` +
          `${featureNames.map((name) => `${name}=${(used[index]?.features[name] ?? 0).toFixed(2)}`).join(' ')}`,
      );
    });
  }
  const goldExamples = examples.filter((example) => !example.nearMiss);
  const positives = goldExamples.filter((example) => example.y === 1).length;
  const variants = examples.length - goldExamples.length;
  console.error(
    `Tune split: ${goldExamples.length} questions and follow-ups (${positives} answered with support when forced, ${goldExamples.filter((example) => !example.answerable).length} unanswerable)` +
      `${variants ? `, and ${variants} near-miss variants weighing ${nearMissWeight.toFixed(3)} each` : ''}.`,
  );
  console.error(`Cross-validated log-loss by L2 penalty: ${scored.map((entry) => `${entry.lambda}: ${entry.loss.toFixed(4)}`).join(', ')}; chosen ${lambda}.`);
  console.error(
    'Cross-validated operating points with the halving rules (threshold: supported answers / answerable, abstention on unanswerable, false abstention, abstention on near misses):',
  );
  for (const point of points.filter((_, index) => index % 2 === 0))
    console.error(
      `  ${point.threshold.toFixed(3)}: ${point.supported.toFixed(3)} ${point.abstention.toFixed(3)} ${point.falseAbstention.toFixed(3)} ${point.nearMissAbstention.toFixed(3)}`,
    );
  console.error(
    `Chosen threshold ${chosen.threshold} (cross-validated: supported ${chosen.supported.toFixed(3)}, abstention ${chosen.abstention.toFixed(3)}, ` +
      `false abstention ${chosen.falseAbstention.toFixed(3)}).`,
  );
  const record = (values: number[]) => Object.fromEntries(featureNames.map((name, index) => [name, Number((values[index] ?? 0).toFixed(4))]));
  const fitted: AnswerabilityModel = {
    means: record(featureNames.map((name) => means[name])) as Record<FeatureName, number>,
    scales: record(featureNames.map((name) => scales[name])) as Record<FeatureName, number>,
    weights: record(model.weights) as Record<FeatureName, number>,
    bias: Number(model.bias.toFixed(4)),
    threshold: chosen.threshold,
    measured: `Fitted by npm run fit:answerability on the tune split (${examples.length} questions and follow-ups, ${positives} supported when forced to answer); L2 ${lambda} by 5-fold CV log-loss; threshold ${chosen.threshold} from cross-validated predictions: supported ${chosen.supported.toFixed(3)}, abstention on unanswerable ${chosen.abstention.toFixed(3)}, false abstention ${chosen.falseAbstention.toFixed(3)}.`,
  };
  const comment = wrapWords(`The fitted answerability model (see answerability.ts). ${fitted.measured}`, 110).map((line) => ` * ${line}`);
  console.log(`import type { AnswerabilityModel } from './answerability';

/**
${comment.join('\n')}
 */
export const answerabilityModel: AnswerabilityModel | null = ${JSON.stringify(fitted, null, 2)};
`);
};

/** Splits `text` into lines of at most `width` characters at spaces (a longer word stands alone). */
const wrapWords = (text: string, width: number): string[] => {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
