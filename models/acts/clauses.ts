/**
 * Splits one transcript turn into clauses, the unit the act model classifies: a turn often holds
 * several acts (「好的，还有其他问题吗，感谢您的来电，再见」), one per clause. Offsets let a caller
 * place a clause on the call's timeline.
 */
export interface Clause {
  text: string;
  /** Character offsets in the turn text, [from, to). */
  from: number;
  to: number;
}

// Commas too: ASR and agents alike chain acts with commas ("thanks for calling, goodbye").
const BREAK = /[，。？！；,.?!;…]+/g;

export function splitClauses(text: string): Clause[] {
  return joinOpeners(text, joinContrasts(text, joinTags(text, splitAtBreaks(text))));
}

/**
 * The turn cut at every comma and stop, before splitClauses joins tags, contrasts and openers back on: "It's not my
 * area, but I'll find the right person" is two pieces here (the forbidden check's own-action take-back reads the second).
 */
export function splitAtBreaks(text: string): Clause[] {
  return splitAt(text, BREAK);
}

/**
 * `text` cut at every match of `pattern` (global; a match may be empty, a cut with nothing taken out), each piece trimmed,
 * empty pieces dropped. Offsets are in `text`, plus `offset` when `text` is itself a piece of a longer text.
 */
export function splitAt(text: string, pattern: RegExp, offset = 0): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t) out.push({ text: t, from: offset + start + lead, to: offset + start + lead + t.length });
  };
  for (const m of text.matchAll(pattern)) {
    push(m.index);
    start = m.index + m[0].length;
  }
  push(text.length);
  return out;
}

/**
 * A clause that opens with "but" (但, 但是, 不过, 可是) turns the one before it around: "It's not my area,
 * but I'll find the right person" is no brush-off, 「我不能保证，但会尽力」 no promise. Split apart, the first
 * half alone reads as the opposite (H6 round), so the two are judged as one clause.
 */
const CONTRAST = /^(but|yet|但是|但|不过|可是)(?![a-z])/i;

function joinContrasts(text: string, clauses: Clause[]): Clause[] {
  const out: Clause[] = [];
  for (const c of clauses) {
    const prev = out[out.length - 1];
    if (prev && CONTRAST.test(c.text)) out[out.length - 1] = { text: text.slice(prev.from, c.to), from: prev.from, to: c.to };
    else out.push(c);
  }
  return out;
}

/**
 * Words that, alone after a comma, only soften or address the clause before them ("One sec,
 * please", "Thank you, sir"): split off they leave that clause a fragment too short for the act
 * model (G2 round: "One sec" is two words), so they are joined back to it.
 */
const TAGS = new Set(['please', 'sir', 'madam', "ma'am", 'then', 'now', '先生', '女士']);

function joinTags(text: string, clauses: Clause[]): Clause[] {
  const out: Clause[] = [];
  for (const c of clauses) {
    const prev = out[out.length - 1];
    if (prev && TAGS.has(c.text.toLowerCase())) {
      out[out.length - 1] = { text: text.slice(prev.from, c.to), from: prev.from, to: c.to };
    } else out.push(c);
  }
  return out;
}

/**
 * Stance openers: a word or two said before a comma that only sets the tone of the clause after it
 * ("Seriously, how hard can it be", "Rest assured, it's approved", "Ugh, what now", 「说实话，…」).
 * Split off, the opener is a fragment and the clause after it often too short to judge (H3 round:
 * "it's approved" and "what now" are two words), so the opener is joined to the clause after it.
 */
const OPENERS = new Set(['seriously', 'honestly', 'frankly', 'ugh', 'look', 'listen', 'come on', 'oh', 'rest assured', 'trust me', 'believe me', 'to be honest', 'really', '说实话', '老实说', '放心', '您放心', '你放心', '真是的', '天哪']);

function joinOpeners(text: string, clauses: Clause[]): Clause[] {
  const out: Clause[] = [];
  for (let i = 0; i < clauses.length; i++) {
    const c = clauses[i];
    const next = clauses[i + 1];
    if (next && OPENERS.has(c.text.toLowerCase())) {
      out.push({ text: text.slice(c.from, next.to), from: c.from, to: next.to });
      i++;
    } else out.push(c);
  }
  return out;
}
