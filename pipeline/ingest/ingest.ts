/**
 * Ingest: roster and manifest into the store. Idempotent — re-ingesting the same files
 * changes nothing — and lossless: every refused row is stored with its reason.
 *
 * The manifest is streamed: rows are validated as they are read and stored in batches, so
 * memory stays flat in the number of rows. A file refused as a whole (CsvFileError: not
 * valid in its encoding, bad header, unreadable) is found before anything is stored.
 */
import { insertMany, type Sql, type SqlValue } from '../db/index.ts';
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
/** Bound parameters per multi-row statement (below SQLite's 32,766 and Postgres's 65,535). */
const MAX_PARAMS = 30_000;

/** Throws CsvFileError (one line naming the file) when the roster or manifest is refused as a whole; then nothing is stored. */
export async function ingest(sql: Sql, opts: IngestOptions): Promise<IngestSummary> {
  const roster = await readRoster(opts.rosterPath, { encoding: opts.encoding });
  // Decode the whole manifest once before storing anything: a bad byte on its last line (or a
  // bad header) must not leave the roster and first rows stored under a decoding the user is
  // about to change.
  await checkCsvFile(opts.manifestPath, MANIFEST_REQUIRED, { encoding: opts.encoding });

  await sql.tx(async (t) => {
    for (const a of roster.agents) {
      await t.run(
        `INSERT INTO agents (agent_id, name, surname, team, site, coach, language) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (agent_id) DO UPDATE SET name = excluded.name, surname = excluded.surname, team = excluded.team,
           site = excluded.site, coach = excluded.coach, language = excluded.language`,
        [a.agentId, a.name, a.surname, a.team, a.site, a.coach, a.language],
      );
    }
  });
  const knownAgents = new Set((await sql.all<{ id: string }>('SELECT agent_id AS id FROM agents')).map((r) => r.id));
  const rejects: Reject[] = [...roster.rejects];

  // The line each call_id was first accepted on in this file, to reject a repeat within the
  // file naming that line. In memory (the same on both stores; a SQLite TEMP table has no
  // counterpart a pooled Postgres connection keeps between batches).
  const firstLines = new Map<string, number>();
  const storeRejects = (t: Sql, list: Reject[]) =>
    insertMany(
      t,
      'ingest_rejects',
      ['date', 'source_file', 'row_number', 'call_id', 'field', 'reason'],
      list.map((r) => [opts.date, r.sourceFile, r.rowNumber, r.callId ?? null, r.field ?? null, r.reason]),
      'ON CONFLICT DO NOTHING',
    );

  let validRows = 0;
  let newCalls = 0;
  let batch: { line: number; row: ManifestRow; path: string }[] = [];
  let batchRejects: Reject[] = [...roster.rejects];
  const flush = async () => {
    const fresh: { line: number; values: SqlValue[] }[] = [];
    for (const { line, row, path } of batch) {
      const first = firstLines.get(row.callId);
      if (first !== undefined) {
        const reject = { sourceFile: opts.manifestPath, rowNumber: line, callId: row.callId, field: 'call_id', reason: duplicateReason(row.callId, first) };
        rejects.push(reject);
        batchRejects.push(reject);
        continue;
      }
      firstLines.set(row.callId, line);
      validRows++;
      fresh.push({ line, values: toSqlValues(toCallRecord(row, path)) });
    }
    await sql.tx(async (t) => {
      // Insert-or-ignore first: on a re-ingest nearly every row already exists, and only those
      // are read back to tell an identical row (fine) from a conflicting one (rejected).
      const inserted = await insertNewCalls(t, fresh.map((f) => f.values));
      newCalls += inserted.size;
      const existing = fresh.filter((f) => !inserted.has(f.values[0] as string));
      const stored = await readCalls(t, existing.map((f) => f.values[0] as string));
      for (const { line, values } of existing) {
        const callId = values[0] as string;
        if (sameCdr(stored.get(callId), values)) continue;
        const reject = {
          sourceFile: opts.manifestPath,
          rowNumber: line,
          callId,
          field: 'call_id',
          reason: `duplicate call_id ${callId}: already stored from an earlier manifest with different fields`,
        };
        rejects.push(reject);
        batchRejects.push(reject);
      }
      await storeRejects(t, batchRejects);
    });
    batch = [];
    batchRejects = [];
  };

  for await (const item of manifestItems(opts.manifestPath, { recordingsDir: opts.recordingsDir, knownAgents, encoding: opts.encoding, checkDuplicates: false })) {
    if (item.kind === 'reject') {
      rejects.push(item.reject);
      batchRejects.push(item.reject);
    } else {
      batch.push(item);
    }
    if (batch.length + batchRejects.length >= BATCH_ROWS) await flush();
  }
  await flush();
  return { validRows, newCalls, agents: roster.agents.length, rejects };
}

/** Inserts the rows that are not stored yet; returns the call_ids it inserted. */
async function insertNewCalls(sql: Sql, rows: SqlValue[][]): Promise<Set<string>> {
  const inserted = new Set<string>();
  const perStatement = Math.floor(MAX_PARAMS / CALL_COLUMNS.length);
  const tuple = `(${CALL_COLUMNS.map(() => '?').join(', ')})`;
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    const returned = await sql.all<{ call_id: string }>(
      `INSERT INTO calls (${CALL_COLUMNS.map(([, c]) => c).join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')}
       ON CONFLICT (call_id) DO NOTHING RETURNING call_id`,
      chunk.flat(),
    );
    for (const r of returned) inserted.add(r.call_id);
  }
  return inserted;
}

/** The stored ingest columns of these calls, by call_id. */
async function readCalls(sql: Sql, callIds: string[]): Promise<Map<string, Record<string, unknown>>> {
  const out = new Map<string, Record<string, unknown>>();
  for (let i = 0; i < callIds.length; i += 500) {
    const chunk = callIds.slice(i, i + 500);
    const rows = await sql.all(`SELECT ${CALL_COLUMNS.map(([, c]) => c).join(', ')} FROM calls WHERE call_id IN (${chunk.map(() => '?').join(', ')})`, chunk);
    for (const r of rows) out.set(r.call_id as string, r);
  }
  return out;
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

/** The record as bound values in CALL_COLUMNS order; booleans as 1/0 (the store has no boolean type). */
function toSqlValues(r: CallRecord): SqlValue[] {
  return CALL_COLUMNS.map(([key]) => {
    const v = r[key];
    return typeof v === 'boolean' ? Number(v) : (v ?? null);
  });
}

/** Compares a stored row (SQL column names) with incoming values in CALL_COLUMNS order. */
function sameCdr(stored: Record<string, unknown> | undefined, incoming: readonly SqlValue[]): boolean {
  if (!stored) return false;
  return CALL_COLUMNS.every(([, column], i) => column === 'call_id' || normalise(stored[column]) === normalise(incoming[i]));
}

/** Numbers compare as numbers (a Postgres driver may return numeric text); absent as null. */
const normalise = (v: unknown): unknown => (v === undefined || v === null ? null : typeof v === 'bigint' ? Number(v) : v);

export interface StoredReject {
  id: number;
  date: string;
  sourceFile: string;
  rowNumber: number;
  callId: string | null;
  field: string | null;
  reason: string;
  createdAt: string;
}

/** Rejects stored for a service date, in file/line order. */
export async function storedRejects(sql: Sql, date: string): Promise<StoredReject[]> {
  const rows = await sql.all<StoredReject>(
    `SELECT id, date, source_file AS "sourceFile", row_number AS "rowNumber", call_id AS "callId", field, reason, created_at AS "createdAt"
     FROM ingest_rejects WHERE date = ? ORDER BY source_file, row_number, id`,
    [date],
  );
  return rows.map((r) => ({ ...r, id: Number(r.id), rowNumber: Number(r.rowNumber) }));
}
