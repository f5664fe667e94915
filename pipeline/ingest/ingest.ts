/**
 * Ingest: roster and manifest into the store. Idempotent — re-ingesting the same files
 * changes nothing — and lossless: every refused row is stored with its reason.
 *
 * The manifest is streamed: rows are validated as they are read and stored in batches, so
 * memory grows only by the compact call_id table (~40 bytes a row: 263 MB peak RSS at 1,000,000 rows). A file refused as a whole (CsvFileError: not
 * valid in its encoding, bad header, unreadable) is found before anything is stored.
 */
import { insertMany, type Sql, type SqlValue } from '../db/index.ts';
import type { ManifestRow } from '../types.ts';
import { serviceDate } from './fields.ts';
import { checkCsvFile } from './csv.ts';
import { FirstLineTable } from './first-line-table.ts';
import { duplicateReason, MANIFEST_REQUIRED, manifestItemBatches } from './manifest.ts';
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

/**
 * Manifest rows (valid or refused) per batch: a batch's repeats within the file are found, and
 * its rejects stored, when it ends (so the stored order of rejects depends on it: unchanged).
 */
const BATCH_ROWS = 5000;
/**
 * Rows per write transaction (whole batches): large enough that each commit rewrites the pages
 * of calls_agent_date_idx (touched all over by every batch: 1,500 agents) a few times per night
 * instead of once per 5,000 rows (~15% less CPU at 25,000; 50,000 was no better within the
 * noise), small enough that a run's lease heartbeat and, under `callqa serve`, API requests get
 * in between (the transaction's statements hold the event loop: ~0.5 s on an idle machine).
 */
const WRITE_ROWS = 25_000;
/** Bound parameters per multi-row statement on Postgres (below its 65,535): one round trip per ~2,000 rows. */
const MAX_PARAMS = 30_000;
/**
 * Rows per multi-row statement on SQLite, and rows of a batch's remainder go one per statement:
 * so only two statement texts exist and both stay prepared (a statement per remainder size was
 * prepared anew, and cached, for nearly every batch).
 */
const SQLITE_ROWS_PER_STATEMENT = 100;

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
  // In stored order: the roster's, then per batch of the manifest its refused rows in file
  // order, its repeats within the file, its conflicts with stored rows.
  const rejects: Reject[] = [];

  // The line each call_id was first accepted on in this file, to reject a repeat within the
  // file naming that line. In memory (the same on both stores; a SQLite TEMP table has no
  // counterpart a pooled Postgres connection keeps between batches), in a compact table.
  const firstLines = new FirstLineTable();
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
  /** Batches read and checked, waiting for their write transaction. */
  /** `values`: the rows' bound values end to end, CALL_COLUMNS.length per row (no array per row). */
  let pending: { values: SqlValue[]; freshLines: number[]; rejects: Reject[] }[] = [];
  let pendingRows = 0;

  /** Ends the batch read so far: its repeats within the file found, its rows queued for writing. */
  const endBatch = () => {
    const values: SqlValue[] = [];
    const freshLines: number[] = [];
    for (const { line, row, path } of batch) {
      const first = firstLines.get(row.callId);
      if (first !== undefined) {
        batchRejects.push({ sourceFile: opts.manifestPath, rowNumber: line, callId: row.callId, field: 'call_id', reason: duplicateReason(row.callId, first) });
        continue;
      }
      firstLines.set(row.callId, line);
      validRows++;
      pushCallValues(values, row, path);
      freshLines.push(line);
    }
    pending.push({ values, freshLines, rejects: batchRejects });
    pendingRows += batch.length + batchRejects.length;
    batch = [];
    batchRejects = [];
  };

  /** Writes the queued batches in one transaction, each as it was read (rejects stored in the same order as ever). */
  const writePending = async () => {
    const batches = pending;
    pending = [];
    pendingRows = 0;
    await sql.tx(async (t) => {
      for (const { values, freshLines, rejects: batchRejects } of batches) {
        // Insert-or-ignore first: on a re-ingest nearly every row already exists, and only the
        // statements that left rows out are read back, to tell an identical row (fine) from a
        // conflicting one (rejected). A row this ingest just inserted reads back identical.
        const statements = t.dialect === 'sqlite' ? sqliteStatements(freshLines.length) : postgresStatements(freshLines.length);
        for (const { from, to, text } of statements) {
          const inserted = (await t.run(text, values.slice(from * WIDTH, to * WIDTH))).changes;
          newCalls += inserted;
          if (inserted === to - from) continue;
          const ids: string[] = [];
          for (let r = from; r < to; r++) ids.push(values[r * WIDTH] as string);
          const stored = await readCalls(t, ids);
          for (let r = from; r < to; r++) {
            const callId = values[r * WIDTH] as string;
            if (sameCdr(stored.get(callId), values, r * WIDTH)) continue;
            batchRejects.push({
              sourceFile: opts.manifestPath,
              rowNumber: freshLines[r],
              callId,
              field: 'call_id',
              reason: `duplicate call_id ${callId}: already stored from an earlier manifest with different fields`,
            });
          }
        }
        await storeRejects(t, batchRejects);
        rejects.push(...batchRejects);
      }
    });
  };

  const reading = manifestItemBatches(opts.manifestPath, { recordingsDir: opts.recordingsDir, knownAgents, encoding: opts.encoding, checkDuplicates: false });
  for await (const items of reading) {
    for (const item of items) {
      if (item.kind === 'reject') batchRejects.push(item.reject);
      else batch.push(item);
      if (batch.length + batchRejects.length >= BATCH_ROWS) endBatch();
    }
    if (pendingRows >= WRITE_ROWS) await writePending();
  }
  endBatch();
  await writePending();
  return { validRows, newCalls, agents: roster.agents.length, rejects };
}

/** calls columns written at ingest, in the order of callValues. */
const CALL_COLUMNS = [
  'call_id', 'date', 'file', 'agent_id', 'started_at', 'duration_s', 'direction', 'queue', 'wait_s', 'abandoned', 'resolved', 'agent_channel', 'customer_id', 'site',
] as const;

/** One INSERT of rows [from, to) of a batch. */
interface InsertStatement {
  from: number;
  to: number;
  text: string;
}

const insertText = (rowCount: number): string => {
  const tuple = `(${CALL_COLUMNS.map(() => '?').join(', ')})`;
  return `INSERT INTO calls (${CALL_COLUMNS.join(', ')}) VALUES ${Array.from({ length: rowCount }, () => tuple).join(', ')} ON CONFLICT (call_id) DO NOTHING`;
};
const SQLITE_MULTI_ROW = insertText(SQLITE_ROWS_PER_STATEMENT);
const SINGLE_ROW = insertText(1);

/** SQLite: full statements of SQLITE_ROWS_PER_STATEMENT rows, then the rest one row per statement. */
function sqliteStatements(rows: number): InsertStatement[] {
  const out: InsertStatement[] = [];
  let from = 0;
  for (; from + SQLITE_ROWS_PER_STATEMENT <= rows; from += SQLITE_ROWS_PER_STATEMENT) out.push({ from, to: from + SQLITE_ROWS_PER_STATEMENT, text: SQLITE_MULTI_ROW });
  for (; from < rows; from++) out.push({ from, to: from + 1, text: SINGLE_ROW });
  return out;
}

/** Postgres: as few round trips as the parameter limit allows. */
function postgresStatements(rows: number): InsertStatement[] {
  const perStatement = Math.floor(MAX_PARAMS / CALL_COLUMNS.length);
  const out: InsertStatement[] = [];
  for (let from = 0; from < rows; from += perStatement) {
    const to = Math.min(rows, from + perStatement);
    out.push({ from, to, text: insertText(to - from) });
  }
  return out;
}

/** The stored ingest columns of these calls, by call_id. */
async function readCalls(sql: Sql, callIds: string[]): Promise<Map<string, Record<string, unknown>>> {
  const out = new Map<string, Record<string, unknown>>();
  for (let i = 0; i < callIds.length; i += 500) {
    const chunk = callIds.slice(i, i + 500);
    const rows = await sql.all(`SELECT ${CALL_COLUMNS.join(', ')} FROM calls WHERE call_id IN (${chunk.map(() => '?').join(', ')})`, chunk);
    for (const r of rows) out.set(r.call_id as string, r);
  }
  return out;
}

/** Bound values per row. */
const WIDTH = CALL_COLUMNS.length;

/**
 * Appends a manifest row's bound values, in CALL_COLUMNS order, to `out` (one flat array per
 * batch: no array per row to allocate and flatten again per statement); absent as null,
 * booleans as 1/0 (the store has no boolean type).
 * `path`: the recording, resolved and confined to the recordings folder by the manifest reader.
 */
function pushCallValues(out: SqlValue[], row: ManifestRow, path: string): void {
  out.push(
    row.callId, serviceDate(row.startedAt), path, row.agentId, row.startedAt, row.durationS ?? null, row.direction ?? null, row.queue ?? null,
    row.waitS ?? null, bit(row.abandoned), bit(row.resolved), row.agentChannel ?? null, row.customerId ?? null, row.site ?? null,
  );
}

const bit = (v: boolean | undefined): number | null => (v === undefined ? null : v ? 1 : 0);

/** Compares a stored row (SQL column names) with the incoming values at values[at…], in CALL_COLUMNS order. */
function sameCdr(stored: Record<string, unknown> | undefined, values: readonly SqlValue[], at: number): boolean {
  if (!stored) return false;
  return CALL_COLUMNS.every((column, i) => column === 'call_id' || normalise(stored[column]) === normalise(values[at + i]));
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
