/**
 * TEST ONLY — a stand-in for a bug, not a model of the real VAD: a VAD task module whose analysis
 * never ends on calls longer than `SPIN_OVER_S` (a synchronous endless loop, the kind of fault
 * a Promise.race on the main thread cannot stop), and answers at once on shorter calls.
 * Run by the VAD pool (pipeline/speech/vad-pool.ts `taskModule`) in the fault tests.
 */
import type { CallAudio } from '../../audio/types.ts';
import type { SpeechAnalysis } from '../../types.ts';

export const SPIN_OVER_S = 25;

type Task = { type: 'version' } | { type: 'analyse'; audio: CallAudio };

export default function spinningVad(task: Task): string | { analysis: SpeechAnalysis; agent: Float32Array; customer: Float32Array | null } {
  if (task.type === 'version') return 'spinning-test-vad';
  const { audio } = task;
  if (audio.durationS > SPIN_OVER_S) {
    for (let i = 0; ; i++) if (i === -1) break;
  }
  const analysis: SpeechAnalysis = {
    segments: [{ speaker: 'agent', startS: 0.5, endS: 4 }, { speaker: 'customer', startS: 4.5, endS: 7 }],
    talkTimeS: { agent: 3.5, customer: 2.5 },
    silences: [],
    holds: [],
    overlaps: [],
    durationS: audio.durationS,
  };
  // The pool's reply shape (vad-worker.ts VadReply); the samples are cloned back, which is fine here.
  return { analysis, agent: audio.agent, customer: audio.customer };
}
