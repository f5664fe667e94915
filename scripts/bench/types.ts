/** One measured figure. Extra keys (model, threads, rows…) say what it was measured on. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  [detail: string]: unknown;
}

/** A benchmark module default-exports one of these; it yields results as it measures them. */
export type Benchmark = () => AsyncIterable<BenchResult> | Iterable<BenchResult>;
