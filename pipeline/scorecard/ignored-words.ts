/**
 * Words the matcher ignores on both sides — in what the agent said and in the scorecard's phrases — because they
 * carry no script content: fillers and discourse particles (嗯, 啊, 那个, 就是; um, uh, you know, like, so) and
 * intensifiers (非常, 实在, 真的; sincerely, really, truly). Part of the scorecard format: a phrase made of them alone
 * can never match on words of its own, so the loader refuses it (schema.ts). The matcher's use of them is in
 * pipeline/checks/match/discourse.ts.
 */

export const DISCOURSE_FILLERS: readonly string[] = [
  // Mandarin fillers and discourse particles
  '嗯', '啊', '呃', '额', '哦', '唉', '那个', '就是', '就是说', '然后呢',
  // English fillers and discourse markers
  'um', 'umm', 'uh', 'uhh', 'er', 'erm', 'hmm', 'mm', 'you know', 'I mean', 'like', 'so', 'well', 'okay so',
];

export const INTENSIFIERS: readonly string[] = [
  '非常', '实在', '真的', '十分', '特别', '真是', '确实',
  'sincerely', 'really', 'truly', 'very', 'deeply', 'terribly', 'awfully', 'so much', 'extremely', 'genuinely',
  // I20 (heldout28's misses): "that's entirely on you" is "that's on you".
  'entirely', 'totally', 'completely',
];

/** Longest first, lower case: 「就是说」 is taken before 「就是」. */
const IGNORED = [...DISCOURSE_FILLERS, ...INTENSIFIERS].map((w) => w.toLowerCase()).sort((a, b) => b.length - a.length);
const HAN = /\p{Script=Han}/u;

/**
 * True when `text` holds nothing but ignored words ("I mean", 「那个」), punctuation aside. Usually a YAML slip — a
 * comma inside a `[a, b]` list splits "for holding, I mean" into two phrases.
 */
export function isOnlyIgnoredWords(text: string): boolean {
  let rest = text.toLowerCase().replace(/[\p{P}\p{S}]/gu, ' ').replace(/\s+/g, ' ').trim();
  while (rest) {
    // A Han word needs no space after it; a Latin one ends at a space or at the end.
    const word = IGNORED.find((w) => rest.startsWith(w) && (HAN.test(w) || rest.length === w.length || rest[w.length] === ' '));
    if (!word) return false;
    rest = rest.slice(word.length).trimStart();
  }
  return true;
}
