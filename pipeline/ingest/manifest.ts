/**
 * Reads the manifest CSV (one row per call, the CDR) and validates every row against the
 * contract. Good rows go on; each bad row becomes a Reject naming line, field and reason.
 */
import { isAbsolute, join } from 'node:path';
import type { ChannelRole, ManifestRow } from '../types.ts';
import { readCsvBatches } from './csv.ts';
import { RecordingsRoot } from './recording-path.ts';
import type { InputEncoding } from './text-decode.ts';
import { optionalText, parseBoolean, parseEnum, parseSeconds, parseTimestamp } from './fields.ts';
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
   * Ingest turns it off and checks per batch itself, in a compact table (first-line-table.ts).
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
  for await (const items of manifestItemBatches(file, opts)) yield* items;
}

/** manifestItems as one array per chunk of the file (an async step per chunk, not per row: what ingest reads). */
export async function* manifestItemBatches(file: string, opts: ManifestOptions): AsyncGenerator<ManifestItem[]> {
  const seen = new Map<string, number>();
  const root = new RecordingsRoot(opts.recordingsDir);
  for await (const rows of readCsvBatches(file, MANIFEST_REQUIRED, { encoding: opts.encoding })) {
    const items: ManifestItem[] = [];
    for (const item of rows) {
      if (item.kind === 'fault') {
        items.push({ kind: 'reject', reject: { sourceFile: file, rowNumber: item.line, field: item.field, reason: item.reason } });
        continue;
      }
      const { line, values: v } = item;
      const result = validateRow(v, opts, root, seen);
      if ('reason' in result) {
        items.push({ kind: 'reject', reject: { sourceFile: file, rowNumber: line, callId: v.call_id || undefined, field: result.field, reason: result.reason } });
        continue;
      }
      if (opts.checkDuplicates !== false) seen.set(result.row.callId, line);
      items.push({ kind: 'row', line, row: result.row, path: result.path });
    }
    yield items;
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

const DIRECTIONS = ['inbound', 'outbound'] as const;
const CHANNELS: readonly ChannelRole[] = ['left', 'right', 'mono'];

function validateRow(
  v: Record<string, string>,
  opts: ManifestOptions,
  root: RecordingsRoot,
  seen: Map<string, number>,
): { row: ManifestRow; path: string } | RowError {
  for (const field of MANIFEST_REQUIRED) if (!v[field]) return { field, reason: 'required field is empty' };
  const firstLine = seen.get(v.call_id);
  if (firstLine !== undefined) return { field: 'call_id', reason: duplicateReason(v.call_id, firstLine) };

  // Checked one by one in the order rows have always been judged (the first fault is the one
  // reported), without a record of parsed fields per row (issue 15's profile).
  const startedAt = parseTimestamp(v.started_at);
  if (!startedAt.ok) return { field: 'started_at', reason: startedAt.reason };
  const durationS = parseSeconds(v.duration_s ?? '');
  if (!durationS.ok) return { field: 'duration_s', reason: durationS.reason };
  const direction = parseEnum(v.direction ?? '', DIRECTIONS);
  if (!direction.ok) return { field: 'direction', reason: direction.reason };
  const waitS = parseSeconds(v.wait_s ?? '');
  if (!waitS.ok) return { field: 'wait_s', reason: waitS.reason };
  const abandoned = parseBoolean(v.abandoned ?? '');
  if (!abandoned.ok) return { field: 'abandoned', reason: abandoned.reason };
  const resolved = parseBoolean(v.resolved ?? '');
  if (!resolved.ok) return { field: 'resolved', reason: resolved.reason };
  const agentChannel = parseEnum<ChannelRole>(v.agent_channel ?? '', CHANNELS);
  if (!agentChannel.ok) return { field: 'agent_channel', reason: agentChannel.reason };
  if (!opts.knownAgents.has(v.agent_id)) return { field: 'agent_id', reason: `unknown agent ${v.agent_id} (not in the roster)` };

  // An abandoned call was never answered, so no recording is expected for it; its path must
  // still stay inside the folder, as it is stored and could be served.
  const recording = root.check(v.file, Boolean(abandoned.value));
  if (!recording.ok) return { field: 'file', reason: recording.reason };

  const row: ManifestRow = {
    callId: v.call_id,
    file: v.file,
    agentId: v.agent_id,
    startedAt: startedAt.value as string,
    queue: optionalText(v.queue),
    customerId: optionalText(v.customer_id),
    site: optionalText(v.site),
  };
  // Keys only for values present, as before (a reader may tell an absent key from undefined).
  if (durationS.value !== undefined) row.durationS = durationS.value;
  if (direction.value !== undefined) row.direction = direction.value;
  if (waitS.value !== undefined) row.waitS = waitS.value;
  if (abandoned.value !== undefined) row.abandoned = abandoned.value;
  if (resolved.value !== undefined) row.resolved = resolved.value;
  if (agentChannel.value !== undefined) row.agentChannel = agentChannel.value;
  return { row, path: recording.path };
}
