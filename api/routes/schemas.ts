/** Response schemas of the call resources (documentation; they mirror api/queries types). */
import { z } from '@hono/zod-openapi';

export const Outcome = z.enum(['pass', 'fail', 'na']);
export const CallStatus = z.enum(['pending', 'done', 'failed', 'waiting_asr']);
const Speaker = z.enum(['agent', 'customer']);

export const CallListItem = z
  .object({
    callId: z.string(),
    date: z.string(),
    startedAt: z.string(),
    durationS: z.number().nullable(),
    status: CallStatus,
    sampled: z.boolean(),
    agentId: z.string(),
    agentName: z.string().nullable(),
    team: z.string().nullable(),
    score: z.number().nullable().openapi({ description: 'Current call score 0–100 (after corrections)' }),
    autoFailed: z.boolean().nullable(),
    scorecardVersion: z.string().nullable(),
    customerEnd: z.number().nullable().openapi({ description: "Customer's sentiment at the end, −1..1" }),
    failedChecks: z.array(z.string()),
  })
  .openapi('CallListItem');

export const CallList = z
  .object({ total: z.number().int(), page: z.number().int(), pageSize: z.number().int(), items: z.array(CallListItem) })
  .openapi('CallList');

const Evidence = z
  .object({
    atS: z.number().optional().openapi({ description: 'Seconds from call start' }),
    endS: z.number().optional(),
    speaker: Speaker.optional(),
    quote: z.string().optional(),
    matched: z.string().optional(),
    similarity: z.number().optional(),
    note: z.string().optional(),
    signal: z.enum(['matcher', 'act_model', 'both']).optional().openapi({ description: 'Which signal decided: phrase matcher, act model, or both' }),
  })
  .openapi('Evidence');

export const Correction = z.object({ outcome: Outcome, reason: z.string(), author: z.string(), createdAt: z.string() });

export const CheckView = z
  .object({
    checkId: z.string(),
    section: z.string(),
    label: z.string(),
    outcome: Outcome.openapi({ description: 'Outcome that counts: the newest correction, else the automatic one' }),
    automaticOutcome: Outcome,
    weight: z.number(),
    critical: z.boolean(),
    reason: z.string(),
    evidence: z.array(Evidence),
    confidence: z.number().min(0).max(1).nullable().openapi({ description: 'How sure the automatic check is (0–1; margin to its threshold); null where the check has none' }),
    correction: Correction.nullable(),
  })
  .openapi('CheckView');

export const CallScore = z
  .object({
    scorecardId: z.string(),
    scorecardVersion: z.string(),
    score: z.number(),
    autoFailed: z.boolean(),
    autoFailReasons: z.array(z.string()),
    automaticScore: z.number().openapi({ description: 'Score before any correction' }),
    createdAt: z.string(),
  })
  .openapi('CallScore');

const Segment = z.object({
  speaker: Speaker,
  start: z.number(),
  end: z.number(),
  text: z.string(),
  words: z.array(z.object({ text: z.string(), start: z.number(), end: z.number() })).optional(),
});

export const CallDetail = z
  .object({
    call: z.object({
      callId: z.string(),
      date: z.string(),
      startedAt: z.string(),
      durationS: z.number().nullable(),
      direction: z.string().nullable(),
      queue: z.string().nullable(),
      waitS: z.number().nullable(),
      abandoned: z.boolean().nullable(),
      resolved: z.boolean().nullable(),
      agentChannel: z.string().nullable(),
      site: z.string().nullable(),
      status: CallStatus,
      sampled: z.boolean(),
    }),
    agent: z
      .object({ agentId: z.string(), name: z.string(), surname: z.string(), team: z.string(), site: z.string(), coach: z.string(), language: z.enum(['zh', 'en']) })
      .nullable(),
    health: z.object({ reason: z.string(), detail: z.string().optional() }).nullable(),
    transcript: z
      .object({
        language: z.string(),
        segments: z.array(Segment),
        redactions: z.array(z.object({ speaker: Speaker, start: z.number(), end: z.number(), kind: z.string() })),
        source: z.object({ kind: z.enum(['imported', 'asr']), model: z.string().optional(), revision: z.string().optional(), dtype: z.string().optional() }).nullable().optional(),
      })
      .nullable(),
    score: CallScore.nullable(),
    checks: z.array(CheckView),
    sentiment: z
      .object({
        model: z.string(),
        customerStart: z.number().nullable(),
        customerEnd: z.number().nullable(),
        points: z.array(z.object({ atS: z.number(), speaker: Speaker, score: z.number(), label: z.string() })),
      })
      .nullable(),
    failures: z.array(z.object({ stage: z.string(), reason: z.string(), detail: z.string().nullable(), createdAt: z.string() })),
    audioUrl: z.string(),
  })
  .openapi('CallDetail');
