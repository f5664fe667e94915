/**
 * Reads the manifest CSV (one row per call, the CDR) and validates every row against the
 * contract. Good rows go on; each bad row becomes a Reject naming line, field and reason.
 */
import { isAbsolute, join } from 'node:path';
import type { ChannelRole, ManifestRow } from '../types.ts';
import { readCsv } from './csv.ts';
import { RecordingsRoot } from './recording-path.ts';
import type { InputEncoding } from './text-decode.ts';
import { optionalText, parseBoolean, parseEnum, parseSeconds, parseTimestamp, type Parsed } from './fields.ts';
import type { Reject } from './reject.ts';

export const MANIFEST_REQUIRED = ['call_id', 'file', 'agent_id', 'started_at'] as const;

export interface ManifestOptions {
  /** Folder that manifest `file` paths are relative to. */
  recordingsDir: string;
  /** Known agent ids (from the roster and the store); a row naming another agent is rejected. */
  knownAgents: ReadonlySet<string>;
  /** How the file is decoded when it has no byte-order mark (default 'utf-8'). */
  encoding?: InputEncoding;
  /**
   * Reject a call_id seen earlier in the file (default true), remembering every id in memory.
   * Ingest turns it off and checks in SQLite instead, so a 1,000,000-row file keeps memory flat.
   */
  checkDuplicates?: boolean;
}

/** One manifest row, valid (with its recording path confined to the recordings folder) or refused. */
export type ManifestItem = { kind: 'row'; line: number; row: ManifestRow; path: string } | { kind: 'reject'; reject: Reject };

export interface ManifestResult {
  /** Valid rows with their 1-based line numbers. */
  rows: { line: number; row: ManifestRow }[];
  rejects: Reject[];
}

/** Resolves a manifest `file` value against the recordings folder (no confinement: see RecordingsRoot). */
export const recordingPath = (recordingsDir: string, file: string): string =>
  isAbsolute(file) ? file : join(recordingsDir, file);

/**
 * Streams the manifest: one item per data row, in file order, holding only the call ids seen
 * so far (to name the first line of a duplicate; none with `checkDuplicates: false`).
 * Throws CsvFileError if the file is refused.
 */
export async function* manifestItems(file: string, opts: ManifestOptions): AsyncGenerator<ManifestItem> {
  const seen = new Map<string, number>();
  const root = new RecordingsRoot(opts.recordingsDir);
  for await (const item of readCsv(file, MANIFEST_REQUIRED, { encoding: opts.encoding })) {
    if (item.kind === 'fault') {
      yield { kind: 'reject', reject: { sourceFile: file, rowNumber: item.line, field: item.field, reason: item.reason } };
      continue;
    }
    const { line, values: v } = item;
    const result = validateRow(v, opts, root, seen);
    if ('reason' in result) {
      yield { kind: 'reject', reject: { sourceFile: file, rowNumber: line, callId: v.call_id || undefined, field: result.field, reason: result.reason } };
      continue;
    }
    if (opts.checkDuplicates !== false) seen.set(result.row.callId, line);
    yield { kind: 'row', line, row: result.row, path: result.path };
  }
}

/** The whole manifest in memory: for tests and small files; ingest streams manifestItems. */
export async function readManifest(file: string, opts: ManifestOptions): Promise<ManifestResult> {
  const rows: ManifestResult['rows'] = [];
  const rejects: Reject[] = [];
  for await (const item of manifestItems(file, opts)) {
    if (item.kind === 'row') rows.push({ line: item.line, row: item.row });
    else rejects.push(item.reject);
  }
  return { rows, rejects };
}

/** Reason for a call_id repeated within one manifest. */
export const duplicateReason = (callId: string, firstLine: number): string => `duplicate call_id ${callId} (first on line ${firstLine})`;

type RowError = { field?: string; reason: string };

function validateRow(
  v: Record<string, string>,
  opts: ManifestOptions,
  root: RecordingsRoot,
  seen: Map<string, number>,
): { row: ManifestRow; path: string } | RowError {
  for (const field of MANIFEST_REQUIRED) if (!v[field]) return { field, reason: 'required field is empty' };
  const firstLine = seen.get(v.call_id);
  if (firstLine !== undefined) return { field: 'call_id', reason: duplicateReason(v.call_id, firstLine) };

  const fields: { [K in keyof ManifestRow]?: Parsed<unknown> } = {
    startedAt: parseTimestamp(v.started_at),
    durationS: parseSeconds(v.duration_s ?? ''),
    direction: parseEnum(v.direction ?? '', ['inbound', 'outbound'] as const),
    waitS: parseSeconds(v.wait_s ?? ''),
    abandoned: parseBoolean(v.abandoned ?? ''),
    resolved: parseBoolean(v.resolved ?? ''),
    agentChannel: parseEnum<ChannelRole>(v.agent_channel ?? '', ['left', 'right', 'mono']),
  };
  const columnOf: Record<string, string> = {
    startedAt: 'started_at', durationS: 'duration_s', direction: 'direction', waitS: 'wait_s',
    abandoned: 'abandoned', resolved: 'resolved', agentChannel: 'agent_channel',
  };
  const values: Record<string, unknown> = {};
  for (const [key, parsed] of Object.entries(fields)) {
    if (!parsed.ok) return { field: columnOf[key], reason: parsed.reason };
    values[key] = parsed.value;
  }
  if (!opts.knownAgents.has(v.agent_id)) return { field: 'agent_id', reason: `unknown agent ${v.agent_id} (not in the roster)` };

  // An abandoned call was never answered, so no recording is expected for it; its path must
  // still stay inside the folder, as it is stored and could be served.
  const recording = root.check(v.file, Boolean(values.abandoned));
  if (!recording.ok) return { field: 'file', reason: recording.reason };

  const row: ManifestRow = {
    callId: v.call_id,
    file: v.file,
    agentId: v.agent_id,
    startedAt: values.startedAt as string,
    queue: optionalText(v.queue),
    customerId: optionalText(v.customer_id),
    site: optionalText(v.site),
  };
  for (const key of ['durationS', 'direction', 'waitS', 'abandoned', 'resolved', 'agentChannel'] as const) {
    if (values[key] !== undefined) (row as unknown as Record<string, unknown>)[key] = values[key];
  }
  return { row, path: recording.path };
}
