/**
 * Ingest: roster and manifest into the store. Idempotent — re-ingesting the same files
 * changes nothing — and lossless: every refused row is stored with its reason.
 *
 * The manifest is streamed: rows are validated as they are read and stored in batches, so
 * memory stays flat in the number of rows. A file refused as a whole (CsvFileError: not
 * valid in its encoding, bad header, unreadable) is found before anything is stored.
 */
import { eq } from 'drizzle-orm';
import { type Db, agents, ingestRejects } from '../db/index.ts';
import type { ManifestRow } from '../types.ts';
import { serviceDate } from './fields.ts';
import { checkCsvFile } from './csv.ts';
import { duplicateReason, MANIFEST_REQUIRED, manifestItems } from './manifest.ts';
import type { Reject } from './reject.ts';
import { readRoster } from './roster.ts';
import type { InputEncoding } from './text-decode.ts';

export { CsvFileError } from './csv-file-error.ts';

export interface IngestOptions {
  /** Run date (YYYY-MM-DD) that rejects are filed under. */
  date: string;
  manifestPath: string;
  rosterPath: string;
  recordingsDir: string;
  /** How the manifest and roster are decoded when they carry no byte-order mark (default 'utf-8'). */
  encoding?: InputEncoding;
}

export interface IngestSummary {
  /** Rows read from the manifest that passed validation. */
  validRows: number;
  /** Of those, rows newly stored by this ingest (0 on a re-ingest). */
  newCalls: number;
  agents: number;
  rejects: Reject[];
}

/** Manifest rows stored per write transaction: large enough to amortise the commit, small enough that a run's lease heartbeat gets in between. */
const BATCH_ROWS = 5000;

/** Throws CsvFileError (one line naming the file) when the roster or manifest is refused as a whole; then nothing is stored. */
export async function ingest(db: Db, opts: IngestOptions): Promise<IngestSummary> {
  const roster = await readRoster(opts.rosterPath, { encoding: opts.encoding });
  // Decode the whole manifest once before storing anything: a bad byte on its last line (or a
  // bad header) must not leave the roster and first rows stored under a decoding the user is
  // about to change.
  await checkCsvFile(opts.manifestPath, MANIFEST_REQUIRED, { encoding: opts.encoding });

  db.transaction((tx) => {
    for (const a of roster.agents) {
      tx.insert(agents).values(a).onConflictDoUpdate({ target: agents.agentId, set: { ...a } }).run();
    }
  });
  const knownAgents = new Set(db.select({ id: agents.agentId }).from(agents).all().map((r) => r.id));
  const rejects: Reject[] = [...roster.rejects];

  // Raw prepared statements: this loop runs 200,000 times for a large center's day, and
  // building a drizzle query per row costs more than the insert itself.
  const insert = db.$client.prepare(
    `insert into calls (${CALL_COLUMNS.map(([, c]) => c).join(', ')}) values (${CALL_COLUMNS.map(([k]) => `@${k}`).join(', ')}) on conflict do nothing`,
  );
  const selectCall = db.$client.prepare('select * from calls where call_id = ?');
  // The line each call_id was first accepted on in this file, to reject a repeat within the
  // file naming that line. A TEMP table (on disk: better-sqlite3 builds with TEMP_STORE=1) rather
  // than a Map: a Map of 1,000,000 ids, and the heap V8 grows around it, cost ~250 MB of RSS.
  db.$client.exec('create temp table if not exists ingest_first_lines (call_id text primary key, line integer not null) without rowid');
  db.$client.exec('delete from temp.ingest_first_lines');
  const insertFirstLine = db.$client.prepare('insert into temp.ingest_first_lines (call_id, line) values (?, ?) on conflict do nothing');
  const selectFirstLine = db.$client.prepare('select line from temp.ingest_first_lines where call_id = ?').pluck();
  const insertReject = db.$client.prepare(
    'insert into ingest_rejects (date, source_file, row_number, call_id, field, reason) values (?, ?, ?, ?, ?, ?) on conflict do nothing',
  );
  const storeRejects = (list: Reject[]) => {
    for (const r of list) insertReject.run(opts.date, r.sourceFile, r.rowNumber, r.callId ?? null, r.field ?? null, r.reason);
  };

  let validRows = 0;
  let newCalls = 0;
  let batch: { line: number; row: ManifestRow; path: string }[] = [];
  let batchRejects: Reject[] = [...roster.rejects];
  const flush = db.$client.transaction(() => {
    for (const { line, row, path } of batch) {
      if (insertFirstLine.run(row.callId, line).changes === 0) {
        const reject = { sourceFile: opts.manifestPath, rowNumber: line, callId: row.callId, field: 'call_id', reason: duplicateReason(row.callId, selectFirstLine.get(row.callId) as number) };
        rejects.push(reject);
        batchRejects.push(reject);
        continue;
      }
      validRows++;
      const values = toSqlite(toCallRecord(row, path));
      // Insert-or-ignore first: on a re-ingest nearly every row already exists, and only those
      // are read back to tell an identical row (fine) from a conflicting one (rejected).
      if (insert.run(values).changes === 1) {
        newCalls++;
        continue;
      }
      const before = selectCall.get(row.callId) as Record<string, unknown>;
      if (!sameCdr(before, values)) {
        const reject = {
          sourceFile: opts.manifestPath,
          rowNumber: line,
          callId: row.callId,
          field: 'call_id',
          reason: `duplicate call_id ${row.callId}: already stored from an earlier manifest with different fields`,
        };
        rejects.push(reject);
        batchRejects.push(reject);
      }
    }
    storeRejects(batchRejects);
    batch = [];
    batchRejects = [];
  });

  try {
    for await (const item of manifestItems(opts.manifestPath, { recordingsDir: opts.recordingsDir, knownAgents, encoding: opts.encoding, checkDuplicates: false })) {
      if (item.kind === 'reject') {
        rejects.push(item.reject);
        batchRejects.push(item.reject);
      } else {
        batch.push(item);
      }
      if (batch.length + batchRejects.length >= BATCH_ROWS) flush();
    }
    flush();
  } finally {
    db.$client.exec('drop table if exists temp.ingest_first_lines');
  }
  return { validRows, newCalls, agents: roster.agents.length, rejects };
}

/** `path`: the recording, resolved and confined to the recordings folder by the manifest reader. */
function toCallRecord(row: ManifestRow, path: string) {
  return {
    callId: row.callId,
    date: serviceDate(row.startedAt),
    file: path,
    agentId: row.agentId,
    startedAt: row.startedAt,
    durationS: row.durationS ?? null,
    direction: row.direction ?? null,
    queue: row.queue ?? null,
    waitS: row.waitS ?? null,
    abandoned: row.abandoned ?? null,
    resolved: row.resolved ?? null,
    agentChannel: row.agentChannel ?? null,
    customerId: row.customerId ?? null,
    site: row.site ?? null,
  };
}

type CallRecord = ReturnType<typeof toCallRecord>;

/** calls columns written at ingest: [record key, SQL column]. */
const CALL_COLUMNS: [keyof CallRecord, string][] = [
  ['callId', 'call_id'], ['date', 'date'], ['file', 'file'], ['agentId', 'agent_id'], ['startedAt', 'started_at'],
  ['durationS', 'duration_s'], ['direction', 'direction'], ['queue', 'queue'], ['waitS', 'wait_s'], ['abandoned', 'abandoned'],
  ['resolved', 'resolved'], ['agentChannel', 'agent_channel'], ['customerId', 'customer_id'], ['site', 'site'],
];

/** SQLite has no boolean: store 1/0 as drizzle's boolean mode does. */
function toSqlite(r: CallRecord): Record<string, unknown> {
  return { ...r, abandoned: r.abandoned == null ? null : Number(r.abandoned), resolved: r.resolved == null ? null : Number(r.resolved) };
}


/** Compares a stored row (SQL column names) with an incoming record in SQLite form. */
function sameCdr(stored: Record<string, unknown>, incoming: Record<string, unknown>): boolean {
  return CALL_COLUMNS.every(([key, column]) => column === 'call_id' || (stored[column] ?? null) === (incoming[key] ?? null));
}

/** Rejects stored for a service date, in file/line order. */
export function storedRejects(db: Db, date: string) {
  return db.select().from(ingestRejects).where(eq(ingestRejects.date, date)).orderBy(ingestRejects.sourceFile, ingestRejects.rowNumber).all();
}
