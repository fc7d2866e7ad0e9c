/**
 * The side-by-side comparisons and the scale section of bench/results/latest.md.
 *
 * @module
 */
import type { BenchReport } from './bench-report';
import { fixed, mebibytes, percent, spreadText, table } from './format';
import type { ScaleRow } from './scale-bench';
import { stagedBuildStages, type StagedBuildStage } from './staged-build';
import type { VectorComparisonRow } from './vector-comparison';
import { itemAt } from '@kildesvar/core';

const ingestStages: StagedBuildStage[] = stagedBuildStages.filter((stage) => !stage.startsWith('load'));
const loadStages: StagedBuildStage[] = stagedBuildStages.filter((stage) => stage.startsWith('load'));

/** The sum of the stages that ran, marked when some were skipped. */
const sumText = (row: ScaleRow, stages: StagedBuildStage[]): string => {
  const total = stages.reduce((sum, stage) => sum + (row.stageSeconds[stage] ?? 0), 0);
  const missing = stages.filter((stage) => row.skipped.includes(stage));
  return `**${fixed(total, 1)}**${missing.length ? ` without ${missing.join(', ')}` : ''}`;
};

/** Growth exponent between two sizes: 1 = linear, 2 = quadratic. */
export const growthExponent = (smallerSeconds: number, largerSeconds: number, sizeRatio: number): number =>
  Math.log(largerSeconds / smallerSeconds) / Math.log(sizeRatio);

const vectorRows = (label: string, rows: VectorComparisonRow[]): string[][] =>
  rows.map((row) => [
    label,
    String(row.vectors),
    String(row.k),
    percent(row.recall),
    percent(row.recallWithinTies),
    `${fixed(row.hnswMs.p50, 3)} / ${fixed(row.hnswMs.p95, 3)}`,
    `${fixed(row.exactMs.p50, 3)} / ${fixed(row.exactMs.p95, 3)}`,
    `${fixed(row.speedup, 1)}×`,
  ]);

export const renderComparisons = (report: BenchReport): string => {
  const parts = ['## Side by side (same run)'];
  const vectors = [
    ...vectorRows('real corpus', report.vectors ?? []),
    ...(report.scale ?? []).filter((row) => row.scale > 1).flatMap((row) => vectorRows(`${row.scale}× synthetic`, row.vectors)),
  ];
  parts.push(
    '### hnswlib against exact brute-force cosine (same vectors, eval questions as queries)',
    vectors.length
      ? table(['corpus', 'vectors', 'k', 'recall@k of HNSW', 'within ties', 'HNSW p50 / p95 ms', 'exact p50 / p95 ms', 'exact ÷ HNSW (p50)'], vectors)
      : 'Not measured.',
    "HNSW runs through `ChunkVectorStore.search` (LangChain's HNSWLib, ef = 200), the path retrieval uses, so its time includes the docstore lookups; " +
      'the exact search is a plain Float32Array scan with a bounded top-k selection. Retrieval asks for 100 dense candidates. ' +
      '"Within ties" counts an HNSW hit as right when it is at least as similar as the exact k-th hit (less 1e-4): the synthetic copies put many ' +
      'near-identical vectors side by side, so a miss there may be an equally good neighbour.',
  );
  const baseline = report.baseline;
  if (baseline) {
    const quality = (side: typeof baseline.hybrid) => [
      percent(side.quality.recallAt1),
      percent(side.quality.recallAt5),
      percent(side.quality.recallAt10),
      fixed(side.quality.mrrAt10, 3),
      fixed(side.quality.ndcgAt10, 3),
    ];
    parts.push(
      '### Hybrid search against the naive BM25 baseline from the eval',
      table(
        ['system', 'build ms', 'query p50 ms', 'query p95 ms', 'recall@1', 'recall@5', 'recall@10', 'MRR@10', 'nDCG@10'],
        [
          [
            'hybrid (ours)',
            `${fixed(baseline.hybrid.buildMs, 0)} (index load)`,
            fixed(baseline.hybrid.queryMs.p50, 3),
            fixed(baseline.hybrid.queryMs.p95, 3),
            ...quality(baseline.hybrid),
          ],
          [
            'naive BM25 (700-char windows)',
            fixed(baseline.baseline.buildMs, 0),
            fixed(baseline.baseline.queryMs.p50, 3),
            fixed(baseline.baseline.queryMs.p95, 3),
            ...quality(baseline.baseline),
          ],
        ],
      ),
      `Quality over the ${baseline.hybrid.quality.questions} answerable questions (the eval's metrics); speed over all ${baseline.questions} ` +
        `questions, interleaved. The hybrid path is **${fixed(baseline.slowdown, 1)}×** the baseline's median time per query.`,
    );
  }
  const embedders = report.embedders;
  if (embedders) {
    const row = (name: string, side: NonNullable<typeof embedders.transformers>) => [
      name,
      side.id,
      String(side.dimensions),
      fixed(side.loadMs, 0),
      spreadText(side.passageMs, 3),
      fixed(side.queryMs.p50, 3),
      fixed(side.queryMs.p95, 3),
    ];
    parts.push(
      '### Corpus embedder against transformers.js (random-weight BERT fixture)',
      table(
        ['embedder', 'id', 'dims', 'load ms', 'ms per passage', 'query p50 ms', 'query p95 ms'],
        [row('corpus (LSA)', embedders.corpus), ...(embedders.transformers ? [row('transformers.js fixture', embedders.transformers)] : [])],
      ),
      embedders.transformers
        ? `${embedders.passages} passages (the indexed chunks). The fixture takes **${fixed(embedders.slowdown, 1)}×** the corpus embedder's time per ` +
            `passage. It is 2 layers × 32 wide with random weights: its time is mostly tokenising and ONNX Runtime overhead. ` +
            `multilingual-e5-small does ${fixed(embedders.e5ArithmeticRatio, 0)}× its encoder arithmetic per token (12 layers × 384), so e5 would ` +
            `cost at least the fixture's time and, as its arithmetic dominates, up to that many times more per passage; its load also reads a ~120 ` +
            `MB graph instead of ${fixed(embedders.transformers.loadMs, 0)} ms for the fixture.`
        : embedders.note,
    );
  }
  return parts.join('\n\n');
};

const growthText = (rows: ScaleRow[]): string[] => {
  const lines: string[] = [];
  for (const [index, larger] of rows.entries()) {
    const smaller = rows[index - 1];
    if (!smaller) continue;
    const ratio = larger.chars / smaller.chars;
    // Training on a sample is not the same work as training on everything: its growth says nothing.
    const sampled = smaller.trainedOn < smaller.chunks || larger.trainedOn < larger.chunks;
    const parts = stagedBuildStages.flatMap((stage) => {
      const small = smaller.stageSeconds[stage];
      const large = larger.stageSeconds[stage];
      if (stage === 'train embedder' && sampled) return [];
      return small && large && small > 0.01 ? [`${stage} ×${fixed(large / small, 1)} (exponent ${fixed(growthExponent(small, large, ratio), 2)})`] : [];
    });
    const notes = larger.skipped.includes('dedup+chunk')
      ? ` Without dedup at ${larger.scale}× nothing was folded, so it has more chunks than deduplication would leave.`
      : '';
    const query =
      smaller.query && larger.query
        ? `; search p50 ×${fixed(larger.query.p50 / smaller.query.p50, 1)}, p95 ×${fixed(larger.query.p95 / smaller.query.p95, 1)}`
        : '';
    lines.push(`- **${smaller.scale}× → ${larger.scale}×** (${fixed(ratio, 1)}× the text): ${parts.join(', ')}${query}.${notes}`);
  }
  return lines;
};

export const renderScale = (report: BenchReport): string => {
  const rows = report.scale ?? [];
  if (rows.length === 0) return '## Scale\n\nNot measured.';
  const header = ['', ...rows.map((row) => `${row.scale}×`)];
  const line = (label: string, value: (row: ScaleRow) => string) => [label, ...rows.map(value)];
  const seconds = (stage: StagedBuildStage) =>
    line(`${stage} s`, (row) => {
      if (row.stageSeconds[stage] !== undefined) return fixed(row.stageSeconds[stage], 2);
      if (!row.skipped.includes(stage)) return '–';
      const expected = row.expectedSeconds[stage];
      return expected !== undefined && expected > 0 ? `skipped (expected ≈ ${fixed(expected, 0)})` : 'skipped';
    });
  const body = [
    line('documents', (row) => String(row.documents)),
    line('characters', (row) => row.chars.toLocaleString('en-US')),
    line('chunks', (row) => row.chunks.toLocaleString('en-US')),
    line('sentences', (row) => row.sentences.toLocaleString('en-US')),
    line('generate synthetic seeds s', (row) => fixed(row.generateSeconds, 2)),
    ...ingestStages.map(seconds),
    line('**ingest total s**', (row) => sumText(row, ingestStages)),
    ...loadStages.map(seconds),
    line('**start-up work s** (load stages)', (row) => sumText(row, loadStages)),
    line('embedder trained on (chunks)', (row) => row.trainedOn.toLocaleString('en-US')),
    line('index size MiB (chunks, embedder, hnsw)', (row) => mebibytes(row.indexBytes)),
    line('hybrid search p50 ms', (row) => fixed(row.query?.p50, 2)),
    line('hybrid search p95 ms', (row) => fixed(row.query?.p95, 2)),
    line('hybrid search p99 ms', (row) => fixed(row.query?.p99, 2)),
    line('bench process RSS after build MiB', (row) => mebibytes(row.rssBytesAfterBuild)),
    line('bench process JS heap used after build MiB', (row) => mebibytes(row.heapUsedBytesAfterBuild)),
  ];
  const sampled = rows.filter((row) => row.trainedOn < row.chunks);
  return [
    '## Scale (synthetic corpora)',
    'Copy 0 of every text is the original; each further copy shuffles the sentences inside every paragraph, renames the entities (words only ever ' +
      'written capitalised, and acronyms) and swaps 30 % of the other word types for corpus words of similar length, so the deduplicator sees new ' +
      'text while vocabulary, layout and PDF artefacts stay. ' +
      'Each size goes through the ingest stages one by one (the calls `runIngest` makes, in one process), then the work a server does at start-up, ' +
      'then the eval questions as hybrid searches (' +
      rows.map((row) => `${row.scale}×: ${row.queryQuestions} questions × ${row.queryPasses} pass${row.queryPasses === 1 ? '' : 'es'}`).join(', ') +
      ' after a warm-up). A stage expected (from the growth between the two previous sizes) to end past the time budget is skipped.',
    table(header, body),
    sampled.length
      ? `At ${sampled.map((row) => `${row.scale}×`).join(', ')} the corpus embedder was trained on an evenly spaced sample of ` +
        `${itemAt(sampled, 0).trainedOn.toLocaleString('en-US')} chunks to stay in the time budget (then every chunk was embedded with it); run \`npm ` +
        `run bench -- --full-scale\` to train on all chunks.`
      : '',
    '### How cost grows',
    "Each stage's time ratio between sizes, and its growth exponent (1 = linear in the text, 2 = quadratic).",
    ...growthText(rows),
  ]
    .filter(Boolean)
    .join('\n\n');
};
