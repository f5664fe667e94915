/** The Transcript contract (README "Transcript"), as a zod schema so every import is validated. */
import { z } from 'zod';
import type { Transcript } from '../types.ts';

const seconds = z.number().finite().min(0);

export const transcriptSegmentSchema = z
  .object({
    speaker: z.enum(['agent', 'customer']),
    start: seconds,
    end: seconds,
    text: z.string(),
    words: z.array(z.object({ text: z.string(), start: seconds, end: seconds })).optional(),
  })
  .refine((s) => s.end >= s.start, { message: 'end is before start', path: ['end'] });

export const transcriptSchema = z.object({
  callId: z.string().min(1),
  language: z.enum(['zh', 'en']),
  segments: z.array(transcriptSegmentSchema),
  source: z
    .object({ kind: z.enum(['imported', 'asr']), model: z.string().optional(), revision: z.string().optional(), dtype: z.string().optional() })
    .optional(),
  rolesInferred: z.boolean().optional(),
  redactions: z
    .array(z.object({ speaker: z.enum(['agent', 'customer']), start: seconds, end: seconds, kind: z.string() }))
    .optional(),
});

/** First problem of a failed parse as `field.path: message`. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  const path = issue.path.length ? issue.path.join('.') : '(root)';
  return `${path}: ${issue.message}`;
}

export type ParsedTranscript = { ok: true; transcript: Transcript } | { ok: false; reason: string };

export function parseTranscript(json: unknown): ParsedTranscript {
  const parsed = transcriptSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: describeIssue(parsed.error) };
  return { ok: true, transcript: parsed.data };
}
