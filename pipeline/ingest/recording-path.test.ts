import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { RecordingsRoot } from './recording-path.ts';

let dir: string;
let rec: string;
let root: RecordingsRoot;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'callqa-recpath-'));
  rec = join(dir, 'rec');
  mkdirSync(join(rec, 'sub'), { recursive: true });
  writeFileSync(join(rec, 'a.ogg'), 'x');
  writeFileSync(join(rec, 'sub', 'b.ogg'), 'x');
  writeFileSync(join(dir, 'secret.ogg'), 'x');
  root = new RecordingsRoot(rec);
});

const reasonOf = (file: string, mayBeMissing = false) => {
  const r = root.check(file, mayBeMissing);
  return r.ok ? `ok ${r.path}` : r.reason;
};

describe('RecordingsRoot.check', () => {
  it('accepts regular files inside the folder, by relative or absolute path', () => {
    expect(reasonOf('a.ogg')).toBe(`ok ${join(rec, 'a.ogg')}`);
    expect(reasonOf('sub/../sub/b.ogg')).toBe(`ok ${join(rec, 'sub', 'b.ogg')}`);
    expect(reasonOf(join(rec, 'a.ogg'))).toBe(`ok ${join(rec, 'a.ogg')}`);
  });

  it('refuses ../ and absolute paths outside the folder, naming the rule, even for an abandoned call', () => {
    expect(reasonOf('../secret.ogg')).toMatch(/^file path leaves the recordings folder \(\.\.\/ outside /);
    expect(reasonOf('../secret.ogg', true)).toMatch(/leaves the recordings folder/);
    expect(reasonOf('/etc/passwd')).toMatch(/^file path leaves the recordings folder \(absolute path outside /);
    expect(reasonOf('/dev/zero')).toMatch(/leaves the recordings folder/);
  });

  it('refuses symlinks that lead outside, in the file or in a parent folder; accepts those that stay inside', () => {
    symlinkSync(join(dir, 'secret.ogg'), join(rec, 'link.ogg'));
    symlinkSync(dir, join(rec, 'up'));
    symlinkSync('/dev/zero', join(rec, 'zero.ogg'));
    symlinkSync(join(rec, 'a.ogg'), join(rec, 'inside.ogg'));
    expect(reasonOf('link.ogg')).toMatch(/^file path leaves the recordings folder through a symlink/);
    expect(reasonOf('up/secret.ogg')).toMatch(/through a symlink/);
    expect(reasonOf('zero.ogg')).toMatch(/through a symlink/);
    expect(reasonOf('inside.ogg')).toBe(`ok ${join(rec, 'inside.ogg')}`);
  });

  it('refuses a NUL byte', () => {
    expect(reasonOf('a.ogg\u0000.txt')).toBe('file path contains a NUL byte');
  });

  it('says what a non-regular file is instead of calling it missing, without opening a FIFO', () => {
    execFileSync('mkfifo', [join(rec, 'pipe.ogg')]);
    expect(reasonOf('pipe.ogg')).toMatch(/^recording is not a regular file but a FIFO \(named pipe\)/);
    expect(reasonOf('sub')).toMatch(/^recording is not a regular file but a directory/);
    expect(reasonOf('.')).toMatch(/not a regular file but a directory/);
  });

  it.runIf(process.getuid?.() === 0)('names a device as a device (needs root, for mknod)', () => {
    execFileSync('mknod', [join(rec, 'null.ogg'), 'c', '1', '3']);
    expect(reasonOf('null.ogg')).toMatch(/^recording is not a regular file but a device/);
  });

  it('keeps "recording file missing" for a file that is not there, unless the call may lack one', () => {
    expect(reasonOf('gone.ogg')).toBe(`recording file missing: ${join(rec, 'gone.ogg')}`);
    expect(reasonOf('a.ogg/inner.ogg')).toMatch(/^recording file missing/);
    expect(reasonOf('gone.ogg', true)).toBe(`ok ${join(rec, 'gone.ogg')}`);
  });
});
