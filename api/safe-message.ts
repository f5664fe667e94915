/**
 * Keeps server filesystem paths out of what callers read: error reasons may quote a file the
 * server failed on (a recording, a database), and its absolute path tells an outsider how the
 * server is laid out. Such paths are cut to their last part. URL paths in messages
 * (`/api/v1/calls/…`, `/calls/…`) are not filesystem paths and stay.
 */
import { homedir, tmpdir } from 'node:os';
import { sep } from 'node:path';

/** First segments of absolute paths on the machines callqa runs on (Linux, macOS, Windows drives). */
const ROOTS = ['home', 'root', 'tmp', 'var', 'srv', 'opt', 'usr', 'etc', 'mnt', 'media', 'data', 'work', 'run', 'private', 'Users', 'Volumes', 'proc', 'dev', 'sys', 'nix', 'app', 'workspace'];

function localRoots(): string[] {
  const extra = [process.cwd(), tmpdir(), homedir()]
    .map((p) => p.split(sep).filter(Boolean)[0])
    .filter((p): p is string => Boolean(p) && p !== 'api');
  return [...new Set([...ROOTS, ...extra])];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const POSIX_PATH = new RegExp(`(?<![\\w.:/])/(?:${localRoots().map(escape).join('|')})(?:/[^\\s'"\`,;)]*)?`, 'g');
const WINDOWS_PATH = /\b[A-Za-z]:\\[^\s'"`,;)]*/g;

/** The message with every absolute filesystem path replaced by `…/<last part>`. */
export function withoutServerPaths(message: string): string {
  const shorten = (path: string) => {
    const last = path.split(/[\\/]/).filter(Boolean).at(-1);
    return last ? `…/${last}` : '…';
  };
  return message.replace(POSIX_PATH, shorten).replace(WINDOWS_PATH, shorten);
}
