/**
 * Fuzz test of ingest (seeded, so a failure replays): valid manifests and rosters written in
 * several encodings, then truncated, mutated on one line, or replaced by random bytes. Ingest
 * must never crash (a file refused as a whole is a CsvFileError naming it), never store a
 * U+FFFD or a field the input did not hold, and every row the damage did not touch must be
 * stored exactly.
 */
import iconv from 'iconv-lite';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../scripts/dev/lib/random.ts';
import { openDb, schema } from '../db/client.ts';
import { sqlOf } from '../db/sql.ts';
import { CsvFileError } from './csv-file-error.ts';
import { ingest, type IngestSummary } from './ingest.ts';
import type { InputEncoding } from './text-decode.ts';

const ROSTER_HEADER = ['agent_id', 'name', 'surname', 'team', 'site', 'coach', 'language'];
const MANIFEST_HEADER = ['call_id', 'file', 'agent_id', 'started_at', 'duration_s', 'direction', 'queue', 'wait_s', 'abandoned', 'resolved', 'agent_channel', 'customer_id', 'site'];
const SURNAMES = ['王', '李', '张', '刘', '陈', 'Smith', 'Ng'];
const TEXTS = ['信用卡一组', '深圳', 'card', 'a, b', 'say "hi"', '客服 中心', 'x'];

type Row = Record<string, string>;
type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

function makeRoster(r: Rand): Row[] {
  return Array.from({ length: 4 }, (_, i) => {
    const surname = pick(r, SURNAMES);
    return { agent_id: `a${i}`, name: `${surname}${pick(r, ['芳', '明', ' Amy'])}`, surname, team: pick(r, TEXTS), site: pick(r, TEXTS), coach: pick(r, TEXTS), language: pick(r, ['zh', 'en']) };
  });
}

function makeManifest(r: Rand, rows: number): Row[] {
  return Array.from({ length: rows }, (_, i) => ({
    call_id: `c${i}`,
    file: 'c.ogg',
    agent_id: `a${i % 4}`,
    started_at: `2026-11-20T${String(8 + (i % 10)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00+08:00`,
    duration_s: String(30 + i),
    direction: pick(r, ['inbound', 'outbound']),
    queue: pick(r, TEXTS),
    wait_s: String(i % 9),
    abandoned: 'false',
    resolved: pick(r, ['true', 'false']),
    agent_channel: pick(r, ['left', 'right', 'mono']),
    customer_id: `u${i}`,
    site: pick(r, TEXTS),
  }));
}

const quote = (v: string) => (/[",]/.test(v) || v !== v.trim() ? `"${v.replaceAll('"', '""')}"` : v);
const toCsv = (header: string[], rows: Row[]) => [header.join(','), ...rows.map((row) => header.map((h) => quote(row[h])).join(','))].join('\n') + '\n';

type Encoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be';
function encode(text: string, enc: Encoding): Buffer {
  if (enc === 'utf-8') return Buffer.from(text);
  if (enc === 'utf-8-bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
  if (enc === 'gb18030') return iconv.encode(text, 'gb18030');
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  if (enc === 'utf-16be') le.swap16();
  return le;
}

/** Byte offsets where each line starts (line 1 at 0); for UTF-16 a newline is two bytes. */
function lineOf(bytes: Buffer, offset: number, enc: Encoding): number {
  let line = 1;
  const step = enc.startsWith('utf-16') ? 2 : 1;
  const nlAt = enc === 'utf-16be' ? 1 : 0;
  for (let i = 0; i + step <= offset; i += step) if (bytes[i + nlAt] === 0x0a && (step === 1 || bytes[i + 1 - nlAt] === 0)) line++;
  return line;
}

const root = mkdtempSync(join(tmpdir(), 'callqa-fuzz-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Outcome {
  summary?: IngestSummary;
  refused?: CsvFileError;
  agents: Row[];
  calls: Row[];
  rejects: { sourceFile: string; rowNumber: number; reason: string }[];
}

let runs = 0;
async function runIngest(roster: Buffer, manifest: Buffer, encoding?: InputEncoding): Promise<Outcome> {
  const dir = join(root, String(runs++));
  mkdirSync(join(dir, 'rec'), { recursive: true });
  writeFileSync(join(dir, 'rec', 'c.ogg'), 'x');
  writeFileSync(join(dir, 'roster.csv'), roster);
  writeFileSync(join(dir, 'manifest.csv'), manifest);
  const db = openDb(':memory:');
  const opts = { date: '2026-11-20', manifestPath: join(dir, 'manifest.csv'), rosterPath: join(dir, 'roster.csv'), recordingsDir: join(dir, 'rec'), encoding };
  const out: Outcome = { agents: [], calls: [], rejects: [] };
  try {
    out.summary = await ingest(sqlOf(db), opts);
  } catch (err) {
    // Anything but a CsvFileError naming one of the two files is a crash.
    if (!(err instanceof CsvFileError)) throw err;
    expect([opts.manifestPath, opts.rosterPath]).toContain(err.file);
    expect(err.message.startsWith(err.file)).toBe(true);
    expect(err.message).not.toContain('\n');
    out.refused = err;
  }
  out.agents = db.select().from(schema.agents).all().map((a) => ({ agent_id: a.agentId, name: a.name, surname: a.surname, team: a.team, site: a.site, coach: a.coach, language: a.language }));
  out.calls = db.$client.prepare('select * from calls').all() as Row[];
  out.rejects = db.select().from(schema.ingestRejects).all();
  db.$client.close();
  for (const rej of out.rejects) expect(rej.rowNumber).toBeGreaterThanOrEqual(2);
  const stored = JSON.stringify([out.agents, out.calls, out.rejects.map((x) => x.reason)]);
  expect(stored).not.toMatch(/\uFFFD/); // the generated input never holds one
  return out;
}

/** Same call as the source row, field for field (the file path is stored resolved). */
function sameCall(stored: Row, src: Row): boolean {
  return (
    stored.call_id === src.call_id && stored.agent_id === src.agent_id && stored.started_at === src.started_at && String(stored.duration_s) === src.duration_s &&
    stored.direction === src.direction && stored.queue === src.queue && String(stored.wait_s) === src.wait_s && stored.agent_channel === src.agent_channel &&
    stored.customer_id === src.customer_id && stored.site === src.site && Number(stored.resolved) === (src.resolved === 'true' ? 1 : 0) && String(stored.file).endsWith('/rec/c.ogg')
  );
}

const ENCODINGS: Encoding[] = ['utf-8', 'utf-8-bom', 'gb18030', 'utf-16le', 'utf-16be'];
/** The option an encoding needs: GB18030 has no BOM, so it needs `gb18030`; the rest read either way. */
const optionFor = (enc: Encoding, r: Rand): InputEncoding => (enc === 'gb18030' ? 'gb18030' : pick(r, ['utf-8', 'gb18030'] as const));

describe('ingest fuzz', () => {
  it('stores clean files in every encoding exactly; GB18030 without the option is refused at its first non-ASCII line', async () => {
    const r = mulberry32(1);
    for (let round = 0; round < 6; round++) {
      const roster = makeRoster(r);
      const manifest = makeManifest(r, 12);
      for (const enc of ENCODINGS) {
        const out = await runIngest(encode(toCsv(ROSTER_HEADER, roster), enc), encode(toCsv(MANIFEST_HEADER, manifest), enc), optionFor(enc, r));
        expect(out.refused).toBeUndefined();
        expect(out.rejects).toEqual([]);
        expect(out.agents.sort((a, b) => a.agent_id.localeCompare(b.agent_id))).toEqual(roster);
        expect(out.calls).toHaveLength(manifest.length);
        for (const src of manifest) expect(sameCall(out.calls.find((c) => c.call_id === src.call_id)!, src)).toBe(true);
      }
      const rosterText = toCsv(ROSTER_HEADER, roster);
      // eslint-disable-next-line no-control-regex -- the ASCII range starts at \x00 on purpose
      const firstNonAscii = rosterText.split('\n').findIndex((l) => /[^\x00-\x7f]/.test(l)) + 1;
      const out = await runIngest(encode(rosterText, 'gb18030'), encode(toCsv(MANIFEST_HEADER, manifest), 'gb18030'), 'utf-8');
      expect(out.refused?.line).toBe(firstNonAscii);
      expect(out.refused?.file).toMatch(/roster\.csv$/);
      expect(out.agents).toEqual([]);
      expect(out.calls).toEqual([]);
    }
  });

  it('on a truncated manifest, stores every row that ends before the cut exactly', async () => {
    const r = mulberry32(2);
    for (let round = 0; round < 40; round++) {
      const enc = pick(r, ENCODINGS);
      const roster = makeRoster(r);
      const manifest = makeManifest(r, 10);
      const bytes = encode(toCsv(MANIFEST_HEADER, manifest), enc);
      const cut = Math.floor(r() * bytes.length);
      const option = optionFor(enc, r);
      const out = await runIngest(encode(toCsv(ROSTER_HEADER, roster), enc), bytes.subarray(0, cut), option);
      const cutLine = lineOf(bytes, cut, enc);
      if (out.refused) {
        // Only a cut through a multi-byte character, or through the header, refuses the file, at
        // the cut; a UTF-8 file read with the gb18030 option is refused where GB18030 first fails.
        const refusedAt = out.refused.line ?? cutLine;
        if (enc.startsWith('utf-8') && option === 'gb18030') expect(refusedAt).toBeLessThanOrEqual(cutLine);
        else expect({ round, refusedAt }).toEqual({ round, refusedAt: cutLine });
        expect(out.calls).toEqual([]);
        continue;
      }
      for (const [i, src] of manifest.entries()) {
        const line = i + 2;
        const stored = out.calls.find((c) => c.call_id === src.call_id);
        if (line < cutLine) expect(stored && sameCall(stored, src)).toBe(true);
        if (line > cutLine) expect(stored).toBeUndefined();
      }
      // The cut row is stored (as the prefix it now is), or rejected naming its line.
      expect(out.calls.length + out.rejects.length).toBeGreaterThanOrEqual(cutLine - 2);
      for (const rej of out.rejects) expect(rej.rowNumber).toBe(cutLine);
    }
  });

  it('on a manifest or roster damaged on one line, stores every untouched row before it exactly and names the damage', async () => {
    const r = mulberry32(3);
    const NASTY = [0x22, 0x2c, 0x00, 0x0d, 0x22, 0xff, 0x81, 0xe4];
    for (let round = 0; round < 60; round++) {
      const enc = pick(r, ['utf-8', 'gb18030'] as const);
      const roster = makeRoster(r);
      const manifest = makeManifest(r, 10);
      const damageRoster = r() < 0.3;
      const text = damageRoster ? toCsv(ROSTER_HEADER, roster) : toCsv(MANIFEST_HEADER, manifest);
      const bytes = encode(text, enc);
      const at = Math.floor(r() * bytes.length);
      const kind = pick(r, ['insert', 'delete', 'replace'] as const);
      const byte = pick(r, NASTY);
      const damaged = Buffer.concat([bytes.subarray(0, at), kind === 'delete' ? Buffer.alloc(0) : Buffer.from([byte]), bytes.subarray(kind === 'insert' ? at : at + 1)]);
      const line = lineOf(bytes, at, enc);
      const rosterBytes = damageRoster ? damaged : encode(toCsv(ROSTER_HEADER, roster), enc);
      const manifestBytes = damageRoster ? encode(toCsv(MANIFEST_HEADER, manifest), enc) : damaged;
      const out = await runIngest(rosterBytes, manifestBytes, enc);
      if (out.refused) {
        // A bad byte is named at the line it was put on; a damaged header refuses the file at line 1.
        if (out.refused.line !== undefined) expect(out.refused.line).toBe(line);
        else expect(line).toBe(1);
        continue;
      }
      if (damageRoster) {
        for (const [i, src] of roster.entries()) if (i + 2 < line) expect(out.agents).toContainEqual(src);
        continue;
      }
      for (const [i, src] of manifest.entries()) {
        const stored = out.calls.find((c) => c.call_id === src.call_id);
        if (i + 2 < line) expect(stored && sameCall(stored, src)).toBe(true);
        // Past the damage, a row is stored exactly or not at all (an opened quote may swallow
        // it); a damaged header (line 1) may rename an optional column, so it is left out.
        else if (i + 2 > line && line > 1 && stored) expect({ round, line: i + 2, exact: sameCall(stored, src) }).toEqual({ round, line: i + 2, exact: true });
      }
      for (const rej of out.rejects) expect(rej.rowNumber).toBeGreaterThanOrEqual(line);
    }
  });

  it('never crashes on random bytes, and never stores a replacement character', async () => {
    const r = mulberry32(4);
    for (let round = 0; round < 40; round++) {
      const enc = pick(r, ['utf-8', 'gb18030'] as const);
      const header = Buffer.from(MANIFEST_HEADER.join(',') + '\n');
      const noise = Buffer.from(Array.from({ length: Math.floor(r() * 2000) }, () => (r() < 0.2 ? pick(r, [0x0a, 0x2c, 0x22]) : Math.floor(r() * 256))));
      const roster = encode(toCsv(ROSTER_HEADER, makeRoster(r)), enc);
      await runIngest(roster, r() < 0.5 ? Buffer.concat([header, noise]) : noise, enc);
      await runIngest(Buffer.concat([Buffer.from(ROSTER_HEADER.join(',') + '\n'), noise]), header, enc);
    }
  });
});
