/**
 * Ingest: roster and manifest into the store. Idempotent — re-ingesting the same files
 * changes nothing — and lossless: every refused row is stored with its reason.
 */
import { eq, inArray } from 'drizzle-orm';
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

const BATCH = 500;

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
  db.transaction((tx) => {
    for (let i = 0; i < manifest.rows.length; i += BATCH) {
      const batch = manifest.rows.slice(i, i + BATCH);
      const existing = new Map(
        tx.select().from(calls).where(inArray(calls.callId, batch.map((r) => r.callId))).all().map((c) => [c.callId, c]),
      );
      const fresh = [];
      for (const row of batch) {
        const values = toCallRecord(row, recordingsDir);
        const before = existing.get(row.callId);
        if (!before) fresh.push(values);
        else if (!sameCdr(before, values)) {
          rejects.push({
            sourceFile: opts.manifestPath,
            rowNumber: -1,
            callId: row.callId,
            field: 'call_id',
            reason: `duplicate call_id ${row.callId}: already stored from an earlier manifest with different fields`,
          });
        }
      }
      if (fresh.length) tx.insert(calls).values(fresh).onConflictDoNothing().run();
      newCalls += fresh.length;
    }
    for (const r of rejects) {
      tx.insert(ingestRejects)
        .values({ ...r, date: opts.date })
        .onConflictDoNothing()
        .run();
    }
  });
  return { validRows: manifest.rows.length, newCalls, agents: roster.agents.length, rejects };
}

function toCallRecord(row: ManifestRow, recordingsDir: string): typeof calls.$inferInsert {
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

const CDR_KEYS = ['date', 'file', 'agentId', 'startedAt', 'durationS', 'direction', 'queue', 'waitS', 'abandoned', 'resolved', 'agentChannel', 'customerId', 'site'] as const;

function sameCdr(stored: typeof calls.$inferSelect, incoming: typeof calls.$inferInsert): boolean {
  return CDR_KEYS.every((k) => (stored[k] ?? null) === (incoming[k] ?? null));
}

/** Rejects stored for a service date, in file/line order. */
export function storedRejects(db: Db, date: string) {
  return db.select().from(ingestRejects).where(eq(ingestRejects.date, date)).orderBy(ingestRejects.sourceFile, ingestRejects.rowNumber).all();
}
