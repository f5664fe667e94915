/**
 * The act model's featurizer: one clause of speech → hashed, L2-normalised binary features.
 *
 * Its own, not the sentiment model's: the sentiment featurizer is retuned for sentiment, and a
 * change there must not silently shift the features this shipped model was trained on (the
 * config also stores a probe hash that the engine re-checks at load).
 *
 * Features, hashed (32-bit FNV-1a over code points) into 2^hashBits buckets:
 * - Han runs: character n-grams, hanNgrams[0]..hanNgrams[1] long, within a run;
 * - other tokens (English words, digits): word n-grams, and character n-grams of `<word>` —
 *   ASR damage ("thank you for colling") keeps most of a word's character n-grams.
 */
export interface ActFeaturizerConfig {
  hashBits: number;
  hanNgrams: [number, number];
  wordNgrams: [number, number];
  wordCharNgrams: [number, number];
  /**
   * Word pairs with 1..wordSkipGap words between them ("you … yourself", "stop … calling"): what a bigram
   * misses when a blind writer puts words in between. Absent or 0: none (models trained before I24).
   */
  wordSkipGap?: number;
}

export interface ActFeatures {
  indices: Int32Array;
  values: Float32Array;
}

const HAN = /\p{Script=Han}/u;
const WORD_CHAR = /[\p{L}\p{N}']/u;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** NFKC, lower-case, curly apostrophes straight: what the trainer and the runtime both see. */
export function normalizeAct(text: string): string {
  return text.normalize('NFKC').replace(/[\u2018\u2019]/g, "'").toLowerCase();
}

function fnv(s: string): number {
  let h = FNV_OFFSET;
  for (const ch of s) h = Math.imul(h ^ ch.codePointAt(0)!, FNV_PRIME);
  return h >>> 0;
}

/** Han runs and other tokens of normalised text, in order. */
export function actTokens(normalized: string): { hanRuns: string[]; words: string[] } {
  const hanRuns: string[] = [];
  const words: string[] = [];
  let han = '';
  let word = '';
  const flush = () => {
    if (han) hanRuns.push(han);
    if (word && word !== "'") words.push(word);
    han = '';
    word = '';
  };
  for (const ch of normalized) {
    if (HAN.test(ch)) {
      if (word) flush();
      han += ch;
    } else if (WORD_CHAR.test(ch)) {
      if (han) flush();
      word += ch;
    } else flush();
  }
  flush();
  return { hanRuns, words };
}

/** The feature strings of a text before hashing (namespaced by kind). */
export function actFeatureStrings(text: string, c: ActFeaturizerConfig): string[] {
  const { hanRuns, words } = actTokens(normalizeAct(text));
  const out: string[] = [];
  for (const run of hanRuns) {
    const chars = Array.from(run);
    for (let n = c.hanNgrams[0]; n <= c.hanNgrams[1]; n++) for (let i = 0; i + n <= chars.length; i++) out.push('h' + chars.slice(i, i + n).join(''));
  }
  for (let n = c.wordNgrams[0]; n <= c.wordNgrams[1]; n++) for (let i = 0; i + n <= words.length; i++) out.push('w' + words.slice(i, i + n).join(' '));
  const gap = c.wordSkipGap ?? 0;
  for (let i = 0; i < words.length; i++) for (let j = i + 2; j <= i + 1 + gap && j < words.length; j++) out.push('s' + words[i] + ' ' + words[j]);
  if (c.wordCharNgrams[0] > 0) {
    for (const w of words) {
      const chars = Array.from(`<${w}>`);
      for (let n = c.wordCharNgrams[0]; n <= c.wordCharNgrams[1]; n++) for (let i = 0; i + n <= chars.length; i++) out.push('c' + chars.slice(i, i + n).join(''));
    }
  }
  return out;
}

/** Hashed, de-duplicated, L2-normalised features. Text with no word → no features (the bias decides). */
export function actFeaturize(text: string, c: ActFeaturizerConfig): ActFeatures {
  const mask = (1 << c.hashBits) - 1;
  const seen = new Set<number>();
  for (const s of actFeatureStrings(text, c)) seen.add(fnv(s) & mask);
  const indices = Int32Array.from(seen);
  const values = new Float32Array(indices.length).fill(indices.length ? 1 / Math.sqrt(indices.length) : 0);
  return { indices, values };
}

/**
 * A fingerprint of the featurizer's behaviour: FNV-1a over the sorted bucket indices of a few
 * fixed texts. Stored in config.json at training; the engine refuses a model whose
 * fingerprint no longer matches (the featurizer changed since the model was trained).
 */
export const PROBE_TEXTS = ['您好，很高兴为您服务', 'Thank you for calling, goodbye!', '请您稍等 one moment'];

export function featurizerFingerprint(c: ActFeaturizerConfig): string {
  const parts = PROBE_TEXTS.map((t) => Array.from(actFeaturize(t, c).indices).sort((a, b) => a - b).join(','));
  return fnv(parts.join('|')).toString(16).padStart(8, '0');
}
