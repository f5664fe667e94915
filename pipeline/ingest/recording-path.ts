/**
 * Confines manifest `file` values to the recordings folder. The stored path is later decoded
 * and served to coaches, so a value must not reach outside the folder by `../`, an absolute
 * path, or a symlink, and must name a regular file (opening a FIFO would block the night).
 */
import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';

export type RecordingCheck = { ok: true; path: string } | { ok: false; reason: string };

/** Prefix of the reason for a file that is not there; the run summary counts rejects by it. */
export const MISSING_PREFIX = 'recording file missing';

export class RecordingsRoot {
  /** The folder as given, resolved: stored paths are built on it, as before. */
  readonly dir: string;
  /** The folder with symlinks resolved: what every file must really be under. */
  private readonly real: string;
  /** realpath of each parent folder seen (few per night), so a row costs one lstat. */
  private readonly realDirs = new Map<string, string | null>();
  /**
   * Names of the regular files in each folder seen, from one directory listing: a night's
   * 200,000 rows then cost no system call each (lstat per row was most of ingest's time).
   * Anything else (missing, symlink, FIFO…) takes the lstat path below.
   */
  private readonly regularFiles = new Map<string, Set<string>>();

  /** The folder's own listing and the prefix of its files' paths, looked up once for the fast path. */
  private rootFiles?: Set<string>;
  private readonly rootPrefix: string;

  constructor(recordingsDir: string) {
    this.dir = resolve(recordingsDir);
    this.rootPrefix = this.dir.endsWith(sep) ? this.dir : this.dir + sep;
    this.real = realOrNull(this.dir) ?? this.dir;
  }

  /** Path a manifest `file` value names, or the rule it breaks (lexical checks only: no file access). */
  resolveName(file: string): RecordingCheck {
    if (file.includes('\u0000')) return { ok: false, reason: 'file path contains a NUL byte' };
    const path = resolve(this.dir, file);
    if (path === this.dir) return { ok: false, reason: `recording is not a regular file but a directory (the recordings folder itself)` };
    if (!isInside(this.dir, path)) {
      return { ok: false, reason: `file path leaves the recordings folder (${isAbsolute(file) ? 'absolute path' : '../'} outside ${this.dir})` };
    }
    return { ok: true, path };
  }

  /**
   * Full check: lexical, then the file itself — it must exist, be a regular file, and lie
   * under the recordings folder once symlinks are resolved. `mayBeMissing` (an abandoned
   * call has no recording) accepts a file that is not there.
   */
  check(file: string, mayBeMissing = false): RecordingCheck {
    // Fast path for the usual row, a plain file name listed as a regular file of the folder
    // itself: it is inside by construction, so no resolve/relative per row (issue 15's profile).
    this.rootFiles ??= this.regularFilesIn(this.dir);
    if (this.rootFiles.has(file) && PLAIN_NAME.test(file) && this.realDir(this.dir) !== null) return { ok: true, path: this.rootPrefix + file };
    const named = this.resolveName(file);
    if (!named.ok) return named;
    const { path } = named;
    const parent = dirname(path);
    if (this.regularFilesIn(parent).has(basename(path))) {
      const parentReal = this.realDir(parent);
      if (parentReal !== null && isInside(this.real, `${parentReal}${sep}${basename(path)}`)) return named;
    }
    // lstat first: it never opens the file, so a FIFO cannot block.
    let link: Stats | undefined;
    try {
      link = lstatSync(path, { throwIfNoEntry: false });
    } catch (err) {
      // ENOTDIR: a parent in the path is a file, so this one cannot exist.
      if ((err as NodeJS.ErrnoException).code !== 'ENOTDIR') return { ok: false, reason: `recording cannot be read: ${(err as Error).message}` };
    }
    const parentReal = this.realDir(dirname(path));
    if (!link) return mayBeMissing ? named : { ok: false, reason: `${MISSING_PREFIX}: ${path}` };
    let target: Stats | undefined = link;
    let real = parentReal === null ? null : `${parentReal}${sep}${basename(path)}`;
    if (link.isSymbolicLink()) {
      target = statSync(path, { throwIfNoEntry: false });
      if (!target) return mayBeMissing ? named : { ok: false, reason: `${MISSING_PREFIX}: ${path} (a symlink to nothing)` };
      real = realOrNull(path);
    }
    if (real === null || !isInside(this.real, real)) {
      return { ok: false, reason: `file path leaves the recordings folder through a symlink (${path} → ${real ?? '?'})` };
    }
    if (!target.isFile()) return { ok: false, reason: `recording is not a regular file but ${kindOf(target)}: ${path}` };
    return named;
  }

  private regularFilesIn(dir: string): Set<string> {
    let names = this.regularFiles.get(dir);
    if (!names) {
      names = new Set();
      try {
        for (const entry of readdirSync(dir, { withFileTypes: true })) if (entry.isFile()) names.add(entry.name);
      } catch {
        // Missing or unreadable folder: every file in it takes the lstat path, which names the fault.
      }
      this.regularFiles.set(dir, names);
    }
    return names;
  }

  private realDir(dir: string): string | null {
    let real = this.realDirs.get(dir);
    if (real === undefined) {
      real = realOrNull(dir);
      this.realDirs.set(dir, real);
    }
    return real;
  }
}

/** One path segment that resolve() leaves as it is: no separator, no NUL, not `.` or `..`. */
const PLAIN_NAME = /^(?!\.\.?$)[^/\\\0]+$/;

function realOrNull(path: string): string | null {
  try {
    return realpathSync.native(path);
  } catch {
    return null;
  }
}

const isInside = (root: string, path: string): boolean => {
  const rel = relative(root, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
};

function kindOf(s: Stats): string {
  if (s.isDirectory()) return 'a directory';
  if (s.isFIFO()) return 'a FIFO (named pipe)';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device';
  if (s.isSocket()) return 'a socket';
  return 'not a regular file';
}
