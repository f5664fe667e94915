/**
 * Classic American Soundex (first letter + three digits): English words that sound alike get
 * the same code (for/four, to/too, Smith/Smyth). ASR confuses exactly such words.
 */
export function soundex(word: string): string {
  // Matching asks for the same few thousand words' codes over and over.
  let code = codes.get(word);
  if (code === undefined) {
    if (codes.size >= MAX_CODES) codes.clear();
    codes.set(word, (code = computeSoundex(word)));
  }
  return code;
}

const MAX_CODES = 100_000;
const codes = new Map<string, string>();

function computeSoundex(word: string): string {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return '';
  const code = (c: string) =>
    'bfpv'.includes(c) ? '1' : 'cgjkqsxz'.includes(c) ? '2' : 'dt'.includes(c) ? '3' : c === 'l' ? '4' : 'mn'.includes(c) ? '5' : c === 'r' ? '6' : '';
  let out = w[0].toUpperCase();
  let last = code(w[0]);
  for (const c of w.slice(1)) {
    const d = code(c);
    if (d && d !== last) out += d;
    // h and w do not separate equal codes; vowels do.
    if (c !== 'h' && c !== 'w') last = d;
    if (out.length === 4) break;
  }
  return out.padEnd(4, '0');
}
