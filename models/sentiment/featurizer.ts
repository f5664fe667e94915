/**
 * The compact sentiment model's featurizer: text → hashed sparse feature vector.
 *
 * Shared by the training script (scripts/training/train-sentiment.ts) and the runtime runner
 * (models/sentiment.ts) so the two can never drift: both read the same committed
 * `models/sentiment/config.json` and call these functions.
 *
 * Features (all hashed into one space of 2^hashBits buckets):
 * - Han runs (Mandarin): character n-grams of length hanNgrams[0]..hanNgrams[1], within a run.
 * - Other letter/digit tokens (English): word n-grams over the token sequence, and
 *   character n-grams of `<token>` (with boundary marks) — robust to spelling variants.
 * - `!` and `?` as tokens (emphasis carries sentiment in both languages).
 * Values are binary presence, then the vector is L2-normalised so long and short
 * utterances live on the same scale.
 */

/** Label order of the model's output tensor. Fixed: the ONNX graph and the config agree on it. */
export const SENTIMENT_LABELS = ['negative', 'neutral', 'positive'] as const;

export interface FeaturizerConfig {
  /** Number of hash buckets is 2^hashBits (the ONNX input width). */
  hashBits: number;
  /** Inclusive range of character n-gram lengths inside Han runs. */
  hanNgrams: [number, number];
  /** Inclusive range of word n-gram lengths over non-Han tokens. */
  wordNgrams: [number, number];
  /** Inclusive range of character n-gram lengths inside `<token>`; [0, 0] disables. */
  wordCharNgrams: [number, number];
  /** Add a negated copy of each English word between a negator (not, n't, never…) and the next clause break. */
  negationScope: boolean;
  /** Steps applied before tokenising, in order (documented for the model card). */
  normalization: string[];
  /** Output order of the classifier. */
  labels: readonly string[];
}

/** Sparse features of one text: parallel arrays, unique indices, L2-normalised values. */
export interface SparseFeatures {
  indices: Int32Array;
  values: Float32Array;
}

export const NORMALIZATION_STEPS = [
  'strip BOM and zero-width characters',
  'Unicode NFKC (full-width letters, digits and punctuation become ASCII)',
  'curly quotes to ASCII quotes',
  'lower-case',
  "split English clitics the Penn Treebank way (don't → do n't, it's → it 's)",
  'URLs → the token "url"',
];

const ZERO_WIDTH = /[\uFEFF\u200B-\u200D\u2060]/g;
const URL = /\b(?:https?:\/\/|www\.)\S+/g;
// SST is PTB-tokenised ("do n't", "it 's"); splitting user text the same way lets one weight serve both.
const NEGATIVE_CLITIC = /([a-z])n't\b/g;
const OTHER_CLITIC = /([a-z])'(s|re|ve|ll|d|m)\b/g;

/** Normalises text the same way for training and runtime (see NORMALIZATION_STEPS). */
export function normalizeText(text: string): string {
  return text
    .replace(ZERO_WIDTH, '')
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .toLowerCase()
    .replace(URL, ' url ')
    .replace(NEGATIVE_CLITIC, "$1 n't")
    .replace(OTHER_CLITIC, "$1 '$2");
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Continues an FNV-1a hash over `s` (so hashing pieces in turn equals hash32 of their concatenation). */
function fnvStep(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/** FNV-1a over UTF-16 code units, 32-bit; fast, stable across platforms and Node versions. */
export function hash32(s: string): number {
  return fnvStep(FNV_OFFSET, s) >>> 0;
}

const HAN = /\p{Script=Han}/u;
const TOKEN_CHAR = /[\p{L}\p{N}'_]/u;
const CLAUSE_BREAK = new Set(['.', ',', ';', ':', '。', '；', '、']);
const PUNCT = new Set(['!', '?', '.']);
/** English words that flip the polarity of the words after them, up to the next clause break. */
const NEGATORS = new Set(["not", "no", "never", "n't", "nothing", "nobody", "none", "neither", "nor", "without", "cannot", "hardly", "barely"]);

/** Splits normalised text into Han runs and non-Han tokens (letters/digits, `!`, `?`, and `.` for any clause break). */
export function tokenize(normalized: string): { hanRuns: string[]; tokens: string[] } {
  const hanRuns: string[] = [];
  const tokens: string[] = [];
  let han = '';
  let tok = '';
  const flushHan = () => {
    if (han) hanRuns.push(han);
    han = '';
  };
  const flushTok = () => {
    // A bare apostrophe (quotes in SST) is not a word.
    if (tok && tok !== "'" && tok !== "''") tokens.push(tok);
    tok = '';
  };
  for (const ch of normalized) {
    if (HAN.test(ch)) {
      flushTok();
      han += ch;
    } else if (TOKEN_CHAR.test(ch)) {
      flushHan();
      // "n't" and "'s" start a new token after clitic splitting; an apostrophe inside a word stays.
      tok += ch;
    } else {
      flushHan();
      flushTok();
      if (ch === '!' || ch === '?') tokens.push(ch);
      else if (CLAUSE_BREAK.has(ch)) tokens.push('.');
    }
  }
  flushHan();
  flushTok();
  return { hanRuns, tokens };
}

/** The feature strings of a text, before hashing (namespaced so the kinds never collide by text). */
export function featureStrings(text: string, config: FeaturizerConfig): string[] {
  const { hanRuns, tokens } = tokenize(normalizeText(text));
  const out: string[] = [];
  const [hMin, hMax] = config.hanNgrams;
  for (const run of hanRuns) {
    const chars = Array.from(run);
    for (let n = hMin; n <= hMax; n++) {
      for (let i = 0; i + n <= chars.length; i++) out.push('h' + chars.slice(i, i + n).join(''));
    }
  }
  const words = tokens.filter((t) => !PUNCT.has(t));
  for (const t of tokens) if (t === '!' || t === '?') out.push('p' + t);
  const [wMin, wMax] = config.wordNgrams;
  for (let n = wMin; n <= wMax; n++) {
    for (let i = 0; i + n <= words.length; i++) out.push('w' + words.slice(i, i + n).join(' '));
  }
  if (config.negationScope) {
    // "not good" and "good" should not share one weight: words after a negator, up to the
    // next clause break, also get a negated copy (a classic linear-sentiment trick).
    let negated = false;
    for (const t of tokens) {
      if (PUNCT.has(t)) negated = false;
      else if (NEGATORS.has(t)) negated = true;
      else if (negated) out.push('n' + t);
    }
  }
  const [cMin, cMax] = config.wordCharNgrams;
  if (cMin > 0) {
    for (const w of words) {
      const chars = Array.from('<' + w + '>');
      for (let n = cMin; n <= cMax; n++) {
        for (let i = 0; i + n <= chars.length; i++) out.push('c' + chars.slice(i, i + n).join(''));
      }
    }
  }
  return out;
}

/** FNV-1a of `prefix + parts[from..to)` joined by `sep`, without building the string. */
function hashSpan(prefix: string, parts: string[], from: number, to: number, sep: string): number {
  let h = fnvStep(FNV_OFFSET, prefix);
  for (let i = from; i < to; i++) {
    if (sep && i > from) h = fnvStep(h, sep);
    h = fnvStep(h, parts[i]);
  }
  return h >>> 0;
}

/**
 * Calls `emit` with hash32 of every string featureStrings() would return, in the same order,
 * without allocating the strings (the runtime hot path; a test checks the two agree).
 */
export function forEachFeatureHash(text: string, config: FeaturizerConfig, emit: (hash: number) => void): void {
  const { hanRuns, tokens } = tokenize(normalizeText(text));
  const [hMin, hMax] = config.hanNgrams;
  for (const run of hanRuns) {
    const chars = Array.from(run);
    for (let n = hMin; n <= hMax; n++) {
      for (let i = 0; i + n <= chars.length; i++) emit(hashSpan('h', chars, i, i + n, ''));
    }
  }
  const words = tokens.filter((t) => !PUNCT.has(t));
  for (const t of tokens) if (t === '!' || t === '?') emit(hash32('p' + t));
  const [wMin, wMax] = config.wordNgrams;
  for (let n = wMin; n <= wMax; n++) {
    for (let i = 0; i + n <= words.length; i++) emit(hashSpan('w', words, i, i + n, ' '));
  }
  if (config.negationScope) {
    let negated = false;
    for (const t of tokens) {
      if (PUNCT.has(t)) negated = false;
      else if (NEGATORS.has(t)) negated = true;
      else if (negated) emit(hash32('n' + t));
    }
  }
  const [cMin, cMax] = config.wordCharNgrams;
  if (cMin > 0) {
    for (const w of words) {
      const chars = Array.from('<' + w + '>');
      for (let n = cMin; n <= cMax; n++) {
        for (let i = 0; i + n <= chars.length; i++) emit(hashSpan('c', chars, i, i + n, ''));
      }
    }
  }
}

/** Hashed, de-duplicated, L2-normalised binary features of one text. Empty text → no features. */
export function featurize(text: string, config: FeaturizerConfig): SparseFeatures {
  const mask = (1 << config.hashBits) - 1;
  const seen = new Set<number>();
  forEachFeatureHash(text, config, (h) => seen.add(h & mask));
  const indices = Int32Array.from(seen);
  const values = new Float32Array(indices.length).fill(indices.length ? 1 / Math.sqrt(indices.length) : 0);
  return { indices, values };
}

/** Writes sparse features into row `row` of a zeroed dense [rows × 2^hashBits] buffer. */
export function writeDenseRow(features: SparseFeatures, dense: Float32Array, row: number, hashBits: number): void {
  const base = row * (1 << hashBits);
  for (let k = 0; k < features.indices.length; k++) dense[base + features.indices[k]] += features.values[k];
}
