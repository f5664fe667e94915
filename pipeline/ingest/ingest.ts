/**
 * Ingest: roster and manifest into the store. Idempotent — re-ingesting the same files
 * changes nothing — and lossless: every refused row is stored with its reason.
 */
import { eq } from 'drizzle-orm';
import { resolve } from 'node:path';
import type { Db } from '../db/client.ts';
import { agents, calls, ingestRejects } from '../db/schema.ts';
import type { ManifestRow } from '../types.ts';
import { serviceDate } from './fields.ts';
import { readManifest, recordingPath } from './manifest.ts';
import type { Reject } from './reject.ts';
import { readRoster } from './roster.ts';

export interface IngestOptions {
  /** Run date (YYYY-MM-DD) that rejects are filed under. */
  date: string;
  manifestPath: string;
  rosterPath: string;
  recordingsDir: string;
}

export interface IngestSummary {
  /** Rows read from the manifest that passed validation. */
  validRows: number;
  /** Of those, rows newly stored by this ingest (0 on a re-ingest). */
  newCalls: number;
  agents: number;
  rejects: Reject[];
}

export async function ingest(db: Db, opts: IngestOptions): Promise<IngestSummary> {
  const roster = await readRoster(opts.rosterPath);
  db.transaction((tx) => {
    for (const a of roster.agents) {
      tx.insert(agents).values(a).onConflictDoUpdate({ target: agents.agentId, set: { ...a } }).run();
    }
  });
  const knownAgents = new Set(db.select({ id: agents.agentId }).from(agents).all().map((r) => r.id));

  const recordingsDir = resolve(opts.recordingsDir);
  const manifest = await readManifest(opts.manifestPath, { recordingsDir, knownAgents });
  const rejects = [...roster.rejects, ...manifest.rejects];

  let newCalls = 0;
  // Raw prepared statements: this loop runs 200,000 times for a large center's day, and
  // building a drizzle query per row costs more than the insert itself.
  const insert = db.$client.prepare(
    `insert into calls (${CALL_COLUMNS.map(([, c]) => c).join(', ')}) values (${CALL_COLUMNS.map(([k]) => `@${k}`).join(', ')}) on conflict do nothing`,
  );
  const selectCall = db.$client.prepare('select * from calls where call_id = ?');
  db.transaction((tx) => {
    for (const { line, row } of manifest.rows) {
      const values = toCallRecord(row, recordingsDir);
      // Insert-or-ignore first: on a re-ingest nearly every row already exists, and only those
      // are read back to tell an identical row (fine) from a conflicting one (rejected).
      if (insert.run(toSqlite(values)).changes === 1) {
        newCalls++;
        continue;
      }
      const before = selectCall.get(row.callId) as Record<string, unknown>;
      if (!sameCdr(before, toSqlite(values))) {
        rejects.push({
          sourceFile: opts.manifestPath,
          rowNumber: line,
          callId: row.callId,
          field: 'call_id',
          reason: `duplicate call_id ${row.callId}: already stored from an earlier manifest with different fields`,
        });
      }
    }
    for (const r of rejects) {
      tx.insert(ingestRejects).values({ ...r, date: opts.date }).onConflictDoNothing().run();
    }
  });
  return { validRows: manifest.rows.length, newCalls, agents: roster.agents.length, rejects };
}

function toCallRecord(row: ManifestRow, recordingsDir: string) {
  return {
    callId: row.callId,
    date: serviceDate(row.startedAt),
    file: recordingPath(recordingsDir, row.file),
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
