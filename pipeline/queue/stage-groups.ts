/**
 * The queue's two stage groups. A call's stages split where the hardware does: transcription
 * (Whisper) wants GPUs or many cores, everything else is light CPU work. So a worker serves a
 * group, not single stages, and a call is one job per group it needs (see job-key.ts):
 *   cpu: audio → vad (→ transcript from a sidecar or the store) → sentiment → score
 *   asr: a call the cpu job found waiting for a transcript: transcription, then the rest of
 *        the call (audio and VAD reused from the store; sentiment and score are cheap next to
 *        Whisper, so they run there rather than in a third job).
 */
import { UserInputError } from '../errors.ts';

export const STAGE_GROUPS = {
  cpu: ['audio', 'vad', 'sentiment', 'score'],
  asr: ['asr'],
} as const;

export type StageGroup = keyof typeof STAGE_GROUPS;
export const ALL_GROUPS = Object.keys(STAGE_GROUPS) as StageGroup[];

/** The group a stage belongs to. */
export function groupOfStage(stage: string): StageGroup | undefined {
  return ALL_GROUPS.find((group) => (STAGE_GROUPS[group] as readonly string[]).includes(stage));
}

/**
 * The groups a `--stages` list selects. A group is served only when every one of its stages is
 * listed: a cpu job runs audio through score in one go, so `--stages audio,vad` alone is refused
 * rather than silently taking jobs it cannot finish.
 */
export function groupsForStages(stages: string | readonly string[] | undefined): StageGroup[] {
  if (stages === undefined) return [...ALL_GROUPS];
  const listed = (typeof stages === 'string' ? stages.split(',') : stages).map((s) => s.trim()).filter(Boolean);
  if (listed.length === 0) return [...ALL_GROUPS];
  const unknown = listed.filter((s) => !groupOfStage(s));
  if (unknown.length > 0) {
    const known = ALL_GROUPS.flatMap((g) => STAGE_GROUPS[g]).join(', ');
    throw new UserInputError(`--stages: unknown stage ${unknown.map((s) => `"${s}"`).join(', ')}; stages are ${known}`);
  }
  const groups = ALL_GROUPS.filter((g) => listed.some((s) => groupOfStage(s) === g));
  for (const group of groups) {
    const missing = STAGE_GROUPS[group].filter((s) => !listed.includes(s));
    if (missing.length > 0) {
      throw new UserInputError(`--stages: a worker runs whole stage groups; add ${missing.join(', ')} (group ${group} = ${STAGE_GROUPS[group].join(',')})`);
    }
  }
  return groups;
}
