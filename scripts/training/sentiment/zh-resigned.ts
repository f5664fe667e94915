/**
 * Resigned Mandarin give-ups: callers who stop asking rather than complain aloud — polite on the
 * surface (好吧, 算了), negative in meaning (the problem is left unsolved). Written for this
 * project from the category, like the English give-ups in en-complaints.ts. Why: the review
 * corpora have no such turns, and the demo night's resigned caller (c-0039, 「好吧，那我自己再想
 * 办法」) read milder than their opening question; the demo motivated the category and is
 * therefore no evidence for it (models/README.md).
 */
import { mulberry32 } from '../../dev/lib/random.ts';

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)];

const GIVE_UP = ['好吧', '算了', '行吧', '那算了', '唉，算了', '好吧好吧', '那就这样吧', '没办法'];
const ON_MY_OWN = ['我自己再想办法', '我自己想办法吧', '我自己去弄', '我找别人问吧', '我自己去网点问', '我换一家银行', '我不办了', '我自己再查查', '我去别的地方问问', '问你们也没用'];
const USELESS = ['跟你说也说不清', '问了半天也没结果', '你们也解决不了', '打了好几次电话都这样', '等了这么久还是这样', '说了等于没说'];

const TEMPLATES: ((r: () => number) => string)[] = [
  (r) => `${pick(GIVE_UP, r)}，${pick(['那', '那', ''], r)}${pick(ON_MY_OWN, r)}`,
  (r) => `${pick(USELESS, r)}，${pick(GIVE_UP, r)}`,
  (r) => `${pick(GIVE_UP, r)}，${pick(USELESS, r)}，${pick(ON_MY_OWN, r)}`,
];

/** `count` distinct resigned give-up turns, the same for the same seed. */
export function zhResignedUtterances(count: number, seed = 20261202): string[] {
  const random = mulberry32(seed);
  const out = new Set<string>();
  for (let tries = 0; out.size < count && tries < count * 50; tries++) out.add(pick(TEMPLATES, random)(random) + pick(['', '。', '吧'], random));
  return [...out];
}
