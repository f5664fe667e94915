/**
 * Which VAD frames may skip the model: frames deep inside a stretch of (near-)digital silence.
 * Opt-in (VadOptions.silenceGate), because it is not equivalent to running every frame.
 *
 * The idea: Silero's probability on a frame whose every sample is below the gate's level is far
 * below any speech threshold, and its LSTM state, after enough such frames, should have settled where
 * more silence leaves it. So a gated frame gets probability 0 and the state is carried over it
 * unchanged. The first `settleFrames` frames of a silent stretch still run (the model's own decay
 * after speech, which places segment ends, is computed as before), and so do the last `leadFrames`
 * before sound returns (the onset look-back of segments.ts reads real probabilities there).
 *
 * Measured (scripts/bench/PROFILE.md): the state does not fully settle, so onsets after a skipped
 * stretch move — on the demo night by up to 0.16 s with the default below, and with a looser gate
 * (-60 dBFS, 10 frames) segments were lost or merged. Hence off by default.
 */

export interface SilenceGate {
  /** A frame is silent when its largest |sample| is below this, dBFS. */
  peakDbfs: number;
  /** Silent frames the model still runs at the start of each silent stretch. */
  settleFrames: number;
  /** Silent frames the model runs again before sound returns. */
  leadFrames: number;
  /**
   * The LSTM state over a gated stretch: `carry` keeps the state of the last frame run, `reset`
   * starts it afresh (as at the start of a call) when the model runs again.
   */
  state: 'carry' | 'reset';
}

/**
 * -70 dBFS peak (digital silence and codec noise on it), 30 frames (~1 s) run before skipping, 4 run
 * again before sound: on the demo night the closest to ungated of the settings tried (segment counts
 * all equal, boundaries within 0.16 s; -60 dBFS/10 frames lost or merged segments). Not within one
 * frame, so the gate is off unless asked for (see scripts/bench/PROFILE.md).
 */
export const DEFAULT_SILENCE_GATE: SilenceGate = { peakDbfs: -70, settleFrames: 30, leadFrames: 4, state: 'carry' };

/**
 * One flag per frame of `samples` (frames of `frameSamples`, the last may be partial): 1 where the
 * model may be skipped.
 */
export function gatedFrames(samples: Float32Array, frameSamples: number, gate: SilenceGate): Uint8Array {
  const frames = Math.ceil(samples.length / frameSamples);
  const limit = 10 ** (gate.peakDbfs / 20);
  const silent = new Uint8Array(frames);
  for (let f = 0; f < frames; f++) {
    const end = Math.min(samples.length, (f + 1) * frameSamples);
    let quiet = 1;
    for (let i = f * frameSamples; i < end; i++) {
      const x = samples[i];
      if (x >= limit || x <= -limit) {
        quiet = 0;
        break;
      }
    }
    silent[f] = quiet;
  }
  const gated = new Uint8Array(frames);
  // Frames since the silent stretch began (forward) and until it ends (backward); the end of the
  // channel counts as sound returning, which is harmless (nothing follows to look back from).
  let since = 0;
  for (let f = 0; f < frames; f++) {
    since = silent[f] ? since + 1 : 0;
    gated[f] = since > gate.settleFrames ? 1 : 0;
  }
  let until = 0;
  for (let f = frames - 1; f >= 0; f--) {
    until = silent[f] ? until + 1 : 0;
    if (until <= gate.leadFrames) gated[f] = 0;
  }
  return gated;
}
