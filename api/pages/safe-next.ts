/**
 * Where to go after sign-in: only a path on this site. A value is followed when it starts
 * with exactly one `/` and then neither `/` nor `\` (which browsers read as another host:
 * `//evil.com`, `/\evil.com`), and holds no control characters — browsers drop tabs and
 * newlines from URLs, so `/\t/evil.com` becomes `//evil.com`, and a CR/LF would not even fit
 * in a Location header. The check runs on the value as given and once percent-decoded
 * (`/%09/evil.com`). Anything else goes to `/`.
 */
const SAME_SITE_PATH = /^\/(?![/\\])/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

export function safeNext(next: unknown): string {
  if (typeof next !== 'string') return '/';
  const forms = [next];
  try {
    forms.push(decodeURIComponent(next));
  } catch {
    return '/'; // malformed escapes: nothing we would link to ourselves
  }
  return forms.every((f) => SAME_SITE_PATH.test(f) && !CONTROL.test(f)) ? next : '/';
}
