/**
 * The port's `?` placeholders as Postgres's numbered `$1, $2, …`. A `?` inside a quoted string
 * ('…', E'…' with backslash escapes, $tag$…$tag$), a quoted identifier ("…") or a comment is
 * left alone. Postgres's own `?` operators (jsonb `?`, `?|`, `?&`) are therefore not usable in
 * port SQL: portable SQL has no use for them.
 */

/** Translations by query text: the same few hundred texts are run over and over. */
const cache = new Map<string, string>();
/** Texts are made by code, not users, but multi-row inserts vary in length: bound the cache. */
const MAX_CACHED_TEXTS = 2_000;

export function toNumberedPlaceholders(text: string): string {
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  const out = translate(text);
  if (cache.size >= MAX_CACHED_TEXTS) cache.clear();
  cache.set(text, out);
  return out;
}

function translate(text: string): string {
  let out = '';
  let n = 0;
  let i = 0;
  // Copies text[i..end) unchanged and moves on.
  const copyTo = (end: number): void => {
    out += text.slice(i, end);
    i = end;
  };
  while (i < text.length) {
    const c = text[i];
    if (c === '?') {
      out += `$${++n}`;
      i += 1;
    } else if (c === "'") {
      const escapes = i > 0 && /[eE]/.test(text[i - 1]) && (i < 2 || !/[\w$]/.test(text[i - 2]));
      copyTo(endOfQuoted(text, i, "'", escapes));
    } else if (c === '"') {
      copyTo(endOfQuoted(text, i, '"', false));
    } else if (c === '-' && text[i + 1] === '-') {
      const eol = text.indexOf('\n', i);
      copyTo(eol === -1 ? text.length : eol);
    } else if (c === '/' && text[i + 1] === '*') {
      copyTo(endOfBlockComment(text, i));
    } else if (c === '$' && (i === 0 || !/[\w$]/.test(text[i - 1]))) {
      const tag = /^\$([A-Za-z_][\w]*)?\$/.exec(text.slice(i));
      if (tag) {
        const close = text.indexOf(tag[0], i + tag[0].length);
        copyTo(close === -1 ? text.length : close + tag[0].length);
      } else {
        copyTo(i + 1);
      }
    } else {
      copyTo(i + 1);
    }
  }
  return out;
}

/** Index just past the closing quote; a doubled quote is an escaped one. Unterminated: the end. */
function endOfQuoted(text: string, start: number, quote: string, backslashEscapes: boolean): number {
  for (let j = start + 1; j < text.length; j++) {
    if (backslashEscapes && text[j] === '\\') j++;
    else if (text[j] === quote) {
      if (text[j + 1] === quote) j++;
      else return j + 1;
    }
  }
  return text.length;
}

/** Postgres block comments nest. */
function endOfBlockComment(text: string, start: number): number {
  let depth = 0;
  for (let j = start; j < text.length - 1; j++) {
    if (text[j] === '/' && text[j + 1] === '*') {
      depth++;
      j++;
    } else if (text[j] === '*' && text[j + 1] === '/') {
      depth--;
      j++;
      if (depth === 0) return j + 1;
    }
  }
  return text.length;
}
