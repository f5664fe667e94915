/**
 * The compact sentiment model's featurizer: text → hashed sparse feature vector.
 *
 * Shared by the training script (scripts/training/train-sentiment.ts) and the runtime runner
 * (models/sentiment.ts) so the two can never drift: both read the same committed
 * `models/sentiment/config.json` and call these functions.
 *
 * Features (all hashed into one space of 2^hashBits buckets; a feature's hash is 32-bit FNV-1a
 * over the Unicode code points of its namespaced string, e.g. `h不好` or `wnot good`):
 * - Han runs (Mandarin): character n-grams of length hanNgrams[0]..hanNgrams[1], within a run.
 * - Other letter/digit tokens (English): word n-grams over the token sequence, and
 *   character n-grams of `<token>` (with boundary marks) — robust to spelling variants.
 * - `!` and `?` as tokens (emphasis carries sentiment in both languages).
 * Values are binary presence, then the vector is L2-normalised so long and short
 * utterances live on the same scale.
 *
 * Speed (issue 15): the hot path never builds a per-n-gram string. The normalised text is read
 * once into a typed array of code points with a character class each; every n-gram's hash is
 * computed from those integers, and duplicates are dropped with a generation-stamped table
 * instead of a Set. models/sentiment/featurizer.test.ts keeps the plain string version as the
 * reference and checks both give the same hashes, in the same order.
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

/** One FNV-1a step over a whole code point (not its UTF-16 units). */
const fnv = (h: number, codePoint: number): number => Math.imul(h ^ codePoint, FNV_PRIME);

/** 32-bit FNV-1a over the code points of `s`: the hash of one feature string. */
export function hashCodePoints(s: string): number {
  let h = FNV_OFFSET;
  for (const ch of s) h = fnv(h, ch.codePointAt(0)!);
  return h >>> 0;
}

/** Character classes of the tokenizer. */
const OTHER = 0;
const HAN = 1;
/** Letter, digit, apostrophe or underscore outside Han: part of an English-style token. */
const WORD = 2;
const BANG = 3;
const QUESTION = 4;
/** A clause break (. , ; : 。 ； 、): ends a negation scope; not a feature itself. */
const BREAK = 5;

const HAN_RE = /\p{Script=Han}/u;
const WORD_RE = /[\p{L}\p{N}'_]/u;
const BREAK_CHARS = '.,;:。；、';

function classifySlow(codePoint: number): number {
  const ch = String.fromCodePoint(codePoint);
  if (HAN_RE.test(ch)) return HAN;
  if (WORD_RE.test(ch)) return WORD;
  if (ch === '!') return BANG;
  if (ch === '?') return QUESTION;
  return BREAK_CHARS.includes(ch) ? BREAK : OTHER;
}

const UNKNOWN = 255;
/** Classes of BMP code points, filled in as they are first seen (255 = not yet classified). */
const bmpClasses = new Uint8Array(0x10000).fill(UNKNOWN);
/** Class of a code point: a table for the BMP (from the same Unicode properties), the regexes beyond it. */
function classOf(codePoint: number): number {
  if (codePoint > 0xffff) return classifySlow(codePoint);
  let c = bmpClasses[codePoint];
  if (c === UNKNOWN) bmpClasses[codePoint] = c = classifySlow(codePoint);
  return c;
}

/** English words that flip the polarity of the words after them, up to the next clause break. */
export const NEGATORS: ReadonlySet<string> = new Set(['not', 'no', 'never', "n't", 'nothing', 'nobody', 'none', 'neither', 'nor', 'without', 'cannot', 'hardly', 'barely']);
const NEGATOR_HASHES = new Set([...NEGATORS].map(hashCodePoints));

const P = 'p'.codePointAt(0)!;
const H = 'h'.codePointAt(0)!;
const W = 'w'.codePointAt(0)!;
const N = 'n'.codePointAt(0)!;
const C = 'c'.codePointAt(0)!;
const SPACE = 0x20;
const OPEN = '<'.codePointAt(0)!;
const CLOSE = '>'.codePointAt(0)!;
const APOSTROPHE = "'".codePointAt(0)!;

/** Token kinds in the token arrays. */
const T_WORD = 0;
const T_BANG = 1;
const T_QUESTION = 2;
const T_BREAK = 3;

/**
 * A featurizer with its own scratch buffers (one per config; not re-entrant, which is fine in
 * single-threaded JS as long as a caller copies the result before featurizing again).
 */
export class Featurizer {
  readonly mask: number;
  private cps = new Int32Array(256);
  private cls = new Uint8Array(256);
  // Han runs and tokens as [start, end) spans into `cps`.
  private runStart = new Int32Array(64);
  private runEnd = new Int32Array(64);
  private tokKind = new Uint8Array(128);
  private tokStart = new Int32Array(128);
  private tokEnd = new Int32Array(128);
  /** Word tokens only (indices into the token arrays), for word and char n-grams. */
  private words = new Int32Array(128);
  private hashes = new Int32Array(1024);
  private hashCount = 0;
  /** stamp[bucket] === generation ⇔ the bucket is already in the current text's features. */
  private readonly stamp: Uint32Array;
  private generation = 0;
  private unique = new Int32Array(1024);

  constructor(readonly config: FeaturizerConfig) {
    this.mask = (1 << config.hashBits) - 1;
    this.stamp = new Uint32Array(1 << config.hashBits);
  }

  /** Calls `emit` with the hash of every feature, in the reference order (see featurizer.test.ts). */
  forEachHash(text: string, emit: (hash: number) => void): void {
    this.hashCount = 0;
    this.collect(text);
    for (let k = 0; k < this.hashCount; k++) emit(this.hashes[k] >>> 0);
  }

  /** Hashed, de-duplicated, L2-normalised binary features of one text (fresh arrays). */
  featurize(text: string): SparseFeatures {
    const n = this.uniqueBuckets(text);
    const indices = this.unique.slice(0, n);
    const values = new Float32Array(n).fill(n ? 1 / Math.sqrt(n) : 0);
    return { indices, values };
  }

  /**
   * Finds the unique feature buckets of `text` and returns how many; they are the first that
   * many entries of `lastBuckets` (valid until the next call), each with the value 1/√count.
   */
  uniqueBuckets(text: string): number {
    this.hashCount = 0;
    this.collect(text);
    if (++this.generation === 0xffffffff) {
      this.stamp.fill(0);
      this.generation = 1;
    }
    const gen = this.generation;
    if (this.unique.length < this.hashCount) this.unique = new Int32Array(this.hashCount * 2);
    let n = 0;
    for (let k = 0; k < this.hashCount; k++) {
      const bucket = this.hashes[k] & this.mask;
      if (this.stamp[bucket] !== gen) {
        this.stamp[bucket] = gen;
        this.unique[n++] = bucket;
      }
    }
    return n;
  }

  /** The buckets written by the last uniqueBuckets() call. */
  get lastBuckets(): Int32Array {
    return this.unique;
  }

  private push(h: number): void {
    if (this.hashCount === this.hashes.length) {
      const bigger = new Int32Array(this.hashes.length * 2);
      bigger.set(this.hashes);
      this.hashes = bigger;
    }
    this.hashes[this.hashCount++] = h;
  }

  /** Reads `normalized` into code points and classes; returns the count. */
  private decode(normalized: string): number {
    if (this.cps.length < normalized.length) {
      this.cps = new Int32Array(normalized.length * 2);
      this.cls = new Uint8Array(normalized.length * 2);
    }
    let n = 0;
    for (let i = 0; i < normalized.length; i++) {
      let cp = normalized.charCodeAt(i);
      if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < normalized.length) {
        const lo = normalized.charCodeAt(i + 1);
        if (lo >= 0xdc00 && lo <= 0xdfff) {
          cp = (cp - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
          i++;
        }
      }
      // A lone surrogate stays itself (as `for…of` yields it) and is never part of a token.
      this.cps[n] = cp;
      this.cls[n] = cp >= 0xd800 && cp <= 0xdfff ? OTHER : classOf(cp);
      n++;
    }
    return n;
  }

  private growSpans(runs: number, tokens: number): void {
    if (runs >= this.runStart.length) {
      const s = new Int32Array(runs * 2);
      s.set(this.runStart);
      this.runStart = s;
      const e = new Int32Array(runs * 2);
      e.set(this.runEnd);
      this.runEnd = e;
    }
    if (tokens >= this.tokKind.length) {
      const k = new Uint8Array(tokens * 2);
      k.set(this.tokKind);
      this.tokKind = k;
      const s = new Int32Array(tokens * 2);
      s.set(this.tokStart);
      this.tokStart = s;
      const e = new Int32Array(tokens * 2);
      e.set(this.tokEnd);
      this.tokEnd = e;
      const w = new Int32Array(tokens * 2);
      w.set(this.words);
      this.words = w;
    }
  }

  /** Splits into Han runs and tokens (the same rules as the reference tokenize()). */
  private tokenize(length: number): { runs: number; tokens: number } {
    const { cps, cls } = this;
    let runs = 0;
    let tokens = 0;
    let i = 0;
    while (i < length) {
      this.growSpans(runs, tokens);
      const c = cls[i];
      if (c === HAN || c === WORD) {
        let j = i + 1;
        while (j < length && cls[j] === c) j++;
        if (c === HAN) {
          this.runStart[runs] = i;
          this.runEnd[runs++] = j;
        } else {
          // A bare apostrophe (quotes in SST) is not a word.
          const len = j - i;
          const bare = cps[i] === APOSTROPHE && (len === 1 || (len === 2 && cps[i + 1] === APOSTROPHE));
          if (!bare) {
            this.tokKind[tokens] = T_WORD;
            this.tokStart[tokens] = i;
            this.tokEnd[tokens++] = j;
          }
        }
        i = j;
        continue;
      }
      if (c === BANG || c === QUESTION || c === BREAK) {
        this.tokKind[tokens] = c === BANG ? T_BANG : c === QUESTION ? T_QUESTION : T_BREAK;
        this.tokStart[tokens] = i;
        this.tokEnd[tokens++] = i + 1;
      }
      i++;
    }
    return { runs, tokens };
  }

  private collect(text: string): void {
    const length = this.decode(normalizeText(text));
    const { runs, tokens } = this.tokenize(length);
    const { cps, config } = this;

    const [hMin, hMax] = config.hanNgrams;
    for (let r = 0; r < runs; r++) {
      const start = this.runStart[r];
      const end = this.runEnd[r];
      for (let n = hMin; n <= hMax; n++) {
        for (let i = start; i + n <= end; i++) {
          let h = fnv(FNV_OFFSET, H);
          for (let k = i; k < i + n; k++) h = fnv(h, cps[k]);
          this.push(h);
        }
      }
    }

    let wordCount = 0;
    for (let t = 0; t < tokens; t++) {
      const kind = this.tokKind[t];
      if (kind === T_BANG) this.push(fnv(fnv(FNV_OFFSET, P), 0x21));
      else if (kind === T_QUESTION) this.push(fnv(fnv(FNV_OFFSET, P), 0x3f));
      else if (kind === T_WORD) this.words[wordCount++] = t;
    }

    const [wMin, wMax] = config.wordNgrams;
    for (let n = wMin; n <= wMax; n++) {
      for (let i = 0; i + n <= wordCount; i++) {
        let h = fnv(FNV_OFFSET, W);
        for (let w = i; w < i + n; w++) {
          if (w > i) h = fnv(h, SPACE);
          const t = this.words[w];
          for (let k = this.tokStart[t]; k < this.tokEnd[t]; k++) h = fnv(h, cps[k]);
        }
        this.push(h);
      }
    }

    if (config.negationScope) {
      // "not good" and "good" should not share one weight: words after a negator, up to the
      // next clause break, also get a negated copy (a classic linear-sentiment trick).
      let negated = false;
      for (let t = 0; t < tokens; t++) {
        if (this.tokKind[t] !== T_WORD) {
          negated = false;
          continue;
        }
        if (this.isNegator(t)) negated = true;
        else if (negated) {
          let h = fnv(FNV_OFFSET, N);
          for (let k = this.tokStart[t]; k < this.tokEnd[t]; k++) h = fnv(h, cps[k]);
          this.push(h);
        }
      }
    }

    const [cMin, cMax] = config.wordCharNgrams;
    if (cMin > 0) {
      for (let w = 0; w < wordCount; w++) {
        const t = this.words[w];
        const start = this.tokStart[t];
        // Positions -1 and len stand for the boundary marks '<' and '>'.
        const len = this.tokEnd[t] - start;
        const at = (p: number) => (p < 0 ? OPEN : p === len ? CLOSE : cps[start + p]);
        for (let n = cMin; n <= cMax; n++) {
          for (let i = -1; i + n <= len + 1; i++) {
            let h = fnv(FNV_OFFSET, C);
            for (let k = i; k < i + n; k++) h = fnv(h, at(k));
            this.push(h);
          }
        }
      }
    }
  }

  private isNegator(t: number): boolean {
    const { cps } = this;
    let h = FNV_OFFSET;
    for (let k = this.tokStart[t]; k < this.tokEnd[t]; k++) h = fnv(h, cps[k]);
    if (!NEGATOR_HASHES.has(h >>> 0)) return false;
    // Confirm by text: a 32-bit hash match alone could be a collision.
    return NEGATORS.has(String.fromCodePoint(...cps.subarray(this.tokStart[t], this.tokEnd[t])));
  }
}

const featurizers = new WeakMap<FeaturizerConfig, Featurizer>();

/** The shared featurizer of a config object (created on first use). */
export function featurizerFor(config: FeaturizerConfig): Featurizer {
  let f = featurizers.get(config);
  if (!f) featurizers.set(config, (f = new Featurizer(config)));
  return f;
}

/** Calls `emit` with the hash of every feature of `text`, in order (duplicates included). */
export function forEachFeatureHash(text: string, config: FeaturizerConfig, emit: (hash: number) => void): void {
  featurizerFor(config).forEachHash(text, emit);
}

/** Hashed, de-duplicated, L2-normalised binary features of one text. Empty text → no features. */
export function featurize(text: string, config: FeaturizerConfig): SparseFeatures {
  return featurizerFor(config).featurize(text);
}
