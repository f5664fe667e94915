/**
 * The audio a user hears: the recording decoded by the pipeline's audio stage, with every
 * redacted span silenced (pipeline/redact) on its speaker's side, re-encoded as 16 kHz
 * 16-bit WAV (agent left, customer right; one channel for mono calls) and cached on disk,
 * so Range requests are plain byte slices of one file.
 *
 * A call without a stored (redacted) transcript — waiting for ASR, or failed before redaction —
 * has nothing silenced yet, so its audio is not served (409 not_redacted), except to an admin
 * when the config's `api.adminMayHearUnredactedAudio` allows it.
 */
import { createHash } from 'node:crypto';
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeRecording, probeRecording, toCallAudio } from '../../pipeline/audio/index.ts';
import { parseJson, type Sql } from '../../pipeline/db/index.ts';
import { silenceRedactedSpans } from '../../pipeline/redact/index.ts';
import type { ChannelRole, RedactedSpan, Transcript } from '../../pipeline/types.ts';
import { ApiError, notFound } from '../errors.ts';
import { latestStageResult } from '../queries/latest.ts';
import { encodeWav } from './wav.ts';

/** Bump when the served format changes, so old cache files are not reused. */
const FORMAT_VERSION = 'wav16k-v1';

export interface ServedAudio {
  path: string;
  sizeBytes: number;
  /** Changes whenever the recording or its redactions change. */
  etag: string;
}

const inFlight = new Map<string, Promise<ServedAudio>>();

export function defaultAudioCacheDir(): string {
  return join(tmpdir(), 'callqa-audio-cache');
}

export interface AudioAccess {
  /** Serve the recording even though no redacted transcript exists (admin, when configured). */
  mayHearUnredacted: boolean;
}

/** The cached, redacted WAV for a call, made on first request. */
export async function servedAudio(sql: Sql, callId: string, cacheDir: string, access: AudioAccess = { mayHearUnredacted: false }): Promise<ServedAudio> {
  const row = await sql.get<{ file: string; status: string; agentChannel: string | null; transcript: string | null }>(
    `SELECT file, status, agent_channel AS "agentChannel", ${latestStageResult('c.call_id', 'transcript')} AS transcript
      FROM calls c WHERE c.call_id = ?`, [callId]);
  if (!row) throw notFound(`call ${callId}`);
  if (row.transcript === null && !access.mayHearUnredacted) {
    throw new ApiError(409, 'not_redacted',
      `call ${callId} is not redacted yet (status ${row.status}, no stored transcript): its audio is served once card numbers and ids in it are found and silenced`);
  }
  const source = await stat(row.file).catch(() => null);
  if (!source) throw new ApiError(404, 'recording_missing', `call ${callId}: recording ${row.file} is not on disk`);
  const redactions = parseJson<Transcript>(row.transcript)?.redactions ?? [];
  const agentChannel = (row.agentChannel ?? 'left') as ChannelRole;

  const key = createHash('sha256')
    .update(JSON.stringify([FORMAT_VERSION, callId, row.file, source.size, source.mtimeMs, agentChannel, redactions]))
    .digest('hex')
    .slice(0, 32);
  const path = join(cacheDir, `${key}.wav`);
  const cached = await stat(path).catch(() => null);
  if (cached) return { path, sizeBytes: cached.size, etag: key };

  let pending = inFlight.get(key);
  if (!pending) {
    pending = renderWav(row.file, agentChannel, redactions, cacheDir, path).then((sizeBytes) => ({ path, sizeBytes, etag: key }));
    inFlight.set(key, pending);
    pending.finally(() => inFlight.delete(key)).catch(() => {});
  }
  return pending;
}

async function renderWav(file: string, agentChannel: ChannelRole, spans: RedactedSpan[], cacheDir: string, path: string): Promise<number> {
  const probed = await probeRecording(file);
  if (!probed.ok) throw new ApiError(422, 'recording_unusable', `recording ${file} cannot be played: ${probed.reason} (${probed.detail})`);
  const decoded = await decodeRecording(file, { channels: probed.probe.channels, expectedDurationS: probed.probe.durationS });
  const audio = toCallAudio(decoded, agentChannel);
  const sr = audio.sampleRateHz;
  const channels = audio.customer
    ? [silenceRedactedSpans(audio.agent, sr, spans, 'agent'), silenceRedactedSpans(audio.customer, sr, spans, 'customer')]
    : [silenceRedactedSpans(audio.agent, sr, spans, 'both')];
  const wav = encodeWav(channels, sr);
  await mkdir(cacheDir, { recursive: true });
  // Write then rename, so a concurrent reader never sees half a file.
  const partial = `${path}.${process.pid}.${Date.now()}.part`;
  await writeFile(partial, wav);
  await rename(partial, path);
  return wav.length;
}
