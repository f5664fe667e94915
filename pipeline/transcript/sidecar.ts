/**
 * Imported transcripts: `<recording stem>.transcript.json` next to the recording. A missing or
 * invalid sidecar is a reason recorded for that call, never a crash.
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { parseTranscript } from './contract.ts';
import type { Transcript } from '../types.ts';

export const sidecarPath = (recording: string): string =>
  join(dirname(recording), `${basename(recording, extname(recording))}.transcript.json`);

export type SidecarResult =
  | { status: 'ok'; transcript: Transcript; path: string }
  | { status: 'missing'; path: string }
  | { status: 'invalid'; path: string; reason: string };

export async function readSidecar(recording: string, callId: string): Promise<SidecarResult> {
  const path = sidecarPath(recording);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing', path };
    return { status: 'invalid', path, reason: `${path}: ${(err as Error).message}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { status: 'invalid', path, reason: `${path}: not valid JSON (${(err as Error).message})` };
  }
  const parsed = parseTranscript(json);
  if (!parsed.ok) return { status: 'invalid', path, reason: `${path}: ${parsed.reason}` };
  if (parsed.transcript.callId !== callId) {
    return { status: 'invalid', path, reason: `${path}: callId is ${parsed.transcript.callId}, expected ${callId}` };
  }
  const transcript: Transcript = { ...parsed.transcript, source: parsed.transcript.source ?? { kind: 'imported' } };
  return { status: 'ok', transcript, path };
}
