/** Puts hand-written calls into a real SQLite store for the store, rescore and bench code. */
import type { Db } from '../db/client.ts';
import { agents, calls, stageResults } from '../db/schema.ts';
import type { Agent, CallSentiment, SpeechAnalysis, Transcript } from '../types.ts';

export interface StoredCall {
  callId: string;
  /** Service date YYYY-MM-DD. */
  date: string;
  agent: Agent;
  transcript?: Transcript;
  vad?: SpeechAnalysis;
  sentiment?: CallSentiment;
  resolved?: boolean;
  waitS?: number;
  /** created_at of the stage rows; later wins when loading. */
  createdAt?: string;
  transcriptVersion?: string;
}

export function storeCall(db: Db, c: StoredCall): void {
  db.insert(agents).values(c.agent).onConflictDoNothing().run();
  db.insert(calls)
    .values({
      callId: c.callId,
      date: c.date,
      file: `/recordings/${c.callId}.wav`,
      agentId: c.agent.agentId,
      startedAt: `${c.date}T10:00:00+08:00`,
      resolved: c.resolved ?? null,
      waitS: c.waitS ?? null,
      sampled: true,
    })
    .onConflictDoNothing()
    .run();
  const stamp = c.createdAt ? { createdAt: c.createdAt } : {};
  if (c.transcript) {
    db.insert(stageResults).values({ callId: c.callId, stage: 'transcript', version: c.transcriptVersion ?? 'imported', result: c.transcript, ...stamp }).run();
  }
  if (c.vad) db.insert(stageResults).values({ callId: c.callId, stage: 'vad', version: 'silero-v5', result: c.vad, ...stamp }).run();
  if (c.sentiment) db.insert(stageResults).values({ callId: c.callId, stage: 'sentiment', version: 'compact-1', result: c.sentiment, ...stamp }).run();
}
