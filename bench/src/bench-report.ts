import type { BaselineComparison } from './baseline-comparison';
import type { EmbedderComparison } from './embedder-comparison';
import type { BenchEnvironment } from './environment';
import type { HttpLoadReport } from './http-load';
import type { AbuseCostRow } from './abuse-cost';
import type { IngestReport } from './ingest-bench';
import type { QueryStageReport } from './query-stages';
import type { HistoryCostReport } from './history-cost';
import type { ScaleRow } from './scale-bench';
import type { StartupReport } from './startup-bench';
import type { VectorComparisonRow } from './vector-comparison';

/** Everything one `npm run bench` measured: the shape of bench/results/latest.json. */
export interface BenchSettings {
  quick: boolean;
  runs: number;
  queryPasses: number;
  httpRounds: number;
  httpRequests: { search: number; chat: number };
  concurrency: number[];
  scales: number[];
  trainSample: number;
  budgetSeconds: number;
}

export interface TargetCheck {
  name: string;
  target: string;
  measured: string;
  met: boolean | null;
  /** How far off a missed target is, e.g. "+3.2 ms (64 % over)"; empty when met or not measured. */
  miss: string;
}

export interface BenchReport {
  environment: BenchEnvironment;
  settings: BenchSettings;
  index: { directory: string; embedder: string; documents: number; chunks: number; prepared: string };
  ingest: IngestReport | null;
  startup: StartupReport | null;
  query: QueryStageReport | null;
  /** Optional: reports written before it was measured lack it. */
  history?: HistoryCostReport | null;
  http: HttpLoadReport | null;
  abuse: AbuseCostRow[] | null;
  vectors: VectorComparisonRow[] | null;
  baseline: BaselineComparison | null;
  embedders: EmbedderComparison | null;
  scale: ScaleRow[] | null;
  targets: TargetCheck[];
  failures: Array<{ section: string; message: string }>;
  durationSeconds: number;
}
