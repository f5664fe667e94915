/**
 * Everything a scorecard needs for one stored call, read from the store with no audio and no
 * model: the manifest row, the agent, and the newest `transcript`, `vad` and `sentiment`
 * stage results. A call that cannot be scored comes back as a failure (data, not a throw),
 * so a re-score of thousands of calls goes on past one bad row.
 */
import { agentColumns, callColumns, getStage, toCallRow, type AgentRow, type CallRow, type Sql } from '../db/index.ts';
import type { CallContext } from '../checks/index.ts';
import type { BrandConfig, CallSentiment, ManifestRow, SpeechAnalysis, StageFailure, Transcript } from '../types.ts';

export type ScoringContextLoad =
  | { ok: true; ctx: CallContext; versions: { transcript: string; vad?: string; sentiment?: string } }
  | { ok: false; failure: StageFailure };

export async function loadScoringContext(sql: Sql, callId: string, brand: BrandConfig): Promise<ScoringContextLoad> {
  const failure = (reason: string, detail: string): ScoringContextLoad => ({ ok: false, failure: { stage: 'score', reason, detail } });
  const raw = await sql.get(`SELECT ${callColumns()} FROM calls WHERE call_id = ?`, [callId]);
  if (!raw) return failure('call_not_found', `call ${callId} is not in the calls table`);
  const call = toCallRow(raw);
  const agent = await sql.get<AgentRow>(`SELECT ${agentColumns()} FROM agents WHERE agent_id = ?`, [call.agentId]);
  if (!agent) return failure('agent_not_found', `agent ${call.agentId} of call ${callId} is not in the roster`);
  const transcript = await getStage<Transcript>(sql, callId, 'transcript');
  if (!transcript) return failure('no_transcript', `call ${callId} has no stored transcript`);
  if (!Array.isArray(transcript.result?.segments)) {
    return failure('bad_transcript', `call ${callId}: stored transcript (version ${transcript.version}) has no segments array`);
  }
  const vad = await getStage<SpeechAnalysis>(sql, callId, 'vad');
  const sentiment = await getStage<CallSentiment>(sql, callId, 'sentiment');
  return {
    ok: true,
    ctx: {
      call: toManifestRow(call),
      agent: { ...agent },
      transcript: transcript.result,
      speech: vad?.result,
      sentiment: sentiment?.result,
      brand,
    },
    versions: { transcript: transcript.version, vad: vad?.version, sentiment: sentiment?.version },
  };
}

/** Stored nulls become absent fields, as in a parsed manifest row. */
export function toManifestRow(c: CallRow): ManifestRow {
  const row: ManifestRow = { callId: c.callId, file: c.file, agentId: c.agentId, startedAt: c.startedAt };
  if (c.durationS !== null) row.durationS = c.durationS;
  if (c.direction === 'inbound' || c.direction === 'outbound') row.direction = c.direction;
  if (c.queue !== null) row.queue = c.queue;
  if (c.waitS !== null) row.waitS = c.waitS;
  if (c.abandoned !== null) row.abandoned = c.abandoned;
  if (c.resolved !== null) row.resolved = c.resolved;
  if (c.agentChannel === 'left' || c.agentChannel === 'right' || c.agentChannel === 'mono') row.agentChannel = c.agentChannel;
  if (c.customerId !== null) row.customerId = c.customerId;
  if (c.site !== null) row.site = c.site;
  return row;
}
