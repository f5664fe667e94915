/**
 * Channel mapping: which decoded channel is the agent and which the customer.
 * Stereo call recorders put one party on each side; the manifest's `agent_channel` says
 * which (default left). A mono recording carries both parties on one shared channel.
 */
import type { CallAudio, ChannelRole, DecodedAudio } from './types.ts';

/** Largest per-sample difference (linear) at which two channels count as the same signal. */
const IDENTICAL_TOLERANCE = 1e-4;
/** Samples compared when testing for duplicated channels; a stride keeps it cheap on long calls. */
const IDENTICAL_PROBE_SAMPLES = 200_000;

/**
 * True when two channels carry the same signal: some recorders write a mono call to both
 * sides, and treating that as two speakers would make every word an overlap.
 */
export function channelsIdentical(a: Float32Array, b: Float32Array): boolean {
  if (a.length !== b.length) return false;
  const step = Math.max(1, Math.floor(a.length / IDENTICAL_PROBE_SAMPLES));
  for (let i = 0; i < a.length; i += step) {
    if (Math.abs(a[i] - b[i]) > IDENTICAL_TOLERANCE) return false;
  }
  return true;
}

function downmix(a: Float32Array, b: Float32Array): Float32Array {
  const out = new Float32Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = (a[i] + b[i]) / 2;
  return out;
}

/**
 * Map decoded channels to the call's parties.
 * - stereo + `left`/`right`: agent on that side, customer on the other;
 * - stereo + `mono` (manifest says both share a channel): the two sides mixed into one;
 * - mono file, or stereo with identical sides: one shared channel, `customer` null;
 * - more than two channels: the first two are used as left/right.
 */
export function toCallAudio(decoded: DecodedAudio, agentChannel: ChannelRole = 'left'): CallAudio {
  const [left, right] = decoded.channels;
  const base = { sampleRateHz: decoded.sampleRateHz, durationS: decoded.durationS };
  if (!left) throw new Error('decoded audio has no channels');
  if (!right || channelsIdentical(left, right)) return { ...base, agent: left, customer: null, mono: true };
  if (agentChannel === 'mono') return { ...base, agent: downmix(left, right), customer: null, mono: true };
  return agentChannel === 'right'
    ? { ...base, agent: right, customer: left, mono: false }
    : { ...base, agent: left, customer: right, mono: false };
}
