/**
 * How well an automatic check finds failures, taking the human analyst as the truth:
 * precision of "fail" = of the calls the check failed, the share the analyst also failed;
 * recall of "fail" = of the calls the analyst failed, the share the check also failed.
 * Each with its 95% Wilson interval and the "large enough" verdict (wilson.ts).
 */
import { largeEnough, wilson, type Proportion } from './wilson.ts';

export interface FailDetection {
  /** Both said fail. */
  truePositives: number;
  /** The check failed, the analyst did not. */
  falsePositives: number;
  /** The analyst failed, the check did not. */
  falseNegatives: number;
  precision: Proportion & { largeEnough: boolean };
  recall: Proportion & { largeEnough: boolean };
}

export function failDetection<C>(automatic: readonly C[], human: readonly C[], fail: C): FailDetection {
  if (automatic.length !== human.length) throw new RangeError(`failDetection: ${automatic.length} automatic vs ${human.length} human ratings`);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < automatic.length; i++) {
    const a = automatic[i] === fail;
    const h = human[i] === fail;
    if (a && h) tp++;
    else if (a) fp++;
    else if (h) fn++;
  }
  const precision = wilson(tp, tp + fp);
  const recall = wilson(tp, tp + fn);
  return {
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: { ...precision, largeEnough: largeEnough(precision) },
    recall: { ...recall, largeEnough: largeEnough(recall) },
  };
}
