/**
 * Reads compare.ts's JSON lines (and, optionally, the benchmark's lines for both models) and
 * prints the model card's side-by-side tables and the decision of issue 11's rule:
 * keep-rule.ts, applied to every leave-one-dataset-out row and the customer-service sets.
 *
 *   npx tsx scripts/training/sentiment/neural/decide.ts compare-*.jsonl [--bench-linear a.jsonl --bench-neural b.jsonl]
 */
import { readFileSync } from 'node:fs';
import { NEURAL_OPTIONS } from './train-neural-model.ts';
import { decide, keyMetric, MAX_LOSS_F1, MAX_SLOWDOWN, type Line, type Pair } from './keep-rule.ts';

function readLines(file: string): Record<string, unknown>[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
}

function perCpuSecond(file: string | undefined, name: string): number | undefined {
  if (!file) return undefined;
  const line = readLines(file).find((l) => l.name === name);
  return line ? Number(line.perCpuSecond) : undefined;
}

const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '—');
const signed = (x: number) => (x >= 0 ? '+' : '') + x.toFixed(3);

function table(lines: Line[]): string {
  const rows = lines.map((l) => {
    const delta = keyMetric(l, l.neural) - keyMetric(l, l.linear);
    const what = `${l.set}${l.scoredOn && l.scoredOn !== l.set ? ` → ${l.scoredOn}` : ''} (${l.kind === 'three' ? '3-class' : 'neg vs pos'})`;
    const f1 = (p: Pair) => (l.set === 'uss_low_test' ? '—' : f3(p.macroF1));
    return `| ${what} | ${l.n} | ${f1(l.linear)} | ${f1(l.neural)} | ${f3(l.linear.negativeRecall)} | ${f3(l.neural.negativeRecall)} | ${signed(delta)} |`;
  });
  return ['| set | n | linear macro-F1 | neural macro-F1 | linear neg recall | neural neg recall | Δ (rule metric) |', '| --- | --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}

function main(): void {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] : undefined;
  };
  const benchLinear = flag('--bench-linear');
  const benchNeural = flag('--bench-neural');
  const lines = args.flatMap(readLines) as unknown as Line[];
  // compare.ts scores the left-out sets after every epoch; the rule reads the chosen count's lines.
  const lodo = lines.filter((l) => l.section === 'lodo' && (l.epoch ?? NEURAL_OPTIONS.epochs) === NEURAL_OPTIONS.epochs);
  const cs = lines.filter((l) => l.section === 'cs');
  const test = lines.filter((l) => l.section === 'test');
  console.log(`Leave one data set out (both trained without the set; neural after ${NEURAL_OPTIONS.epochs} epochs):\n\n${table(lodo)}\n`);
  if (cs.length) console.log(`Customer-service held-out sets (both trained on the whole train split):\n\n${table(cs)}\n`);
  if (test.length) console.log(`Test splits (both trained on the whole train split; not part of the rule):\n\n${table(test)}\n`);
  for (const name of ['sentiment.batched.sentences_per_s', 'sentiment.single.sentences_per_s']) {
    const [lin, neu] = [perCpuSecond(benchLinear, name), perCpuSecond(benchNeural, name)];
    if (lin && neu) console.log(`${name} per CPU second: linear ${lin}, neural ${neu} (linear/neural ${(lin / neu).toFixed(2)}×)`);
  }
  const [lin, neu] = [perCpuSecond(benchLinear, 'sentiment.batched.sentences_per_s'), perCpuSecond(benchNeural, 'sentiment.batched.sentences_per_s')];
  const d = decide([...lodo, ...cs], lin && neu ? lin / neu : undefined);
  console.log(
    `\nRule: neural better on ${d.better} of ${d.sets} held-out sets (needs > ${d.sets / 2}); worst Δ ${signed(d.worstDelta)} on ${d.worstSet} (needs ≥ −${MAX_LOSS_F1}); ` +
      `slowdown ${d.slowdown === undefined ? 'not measured' : `${d.slowdown.toFixed(2)}×`} (needs ≤ ${MAX_SLOWDOWN}×) → ${d.keep ? 'KEEP the neural model' : 'keep the linear model'}`,
  );
}

main();
