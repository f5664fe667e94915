/**
 * Halve a sample rate (16 kHz → 8 kHz) for the VAD's 8 kHz mode: a low-pass FIR, then every second
 * sample. Telephone recordings carry nothing above 4 kHz anyway; wideband ones (Opus, 48 kHz WAV)
 * would alias without the filter.
 *
 * The filter is a half-band windowed sinc (cutoff at a quarter of the input rate, Blackman window,
 * 31 taps): every second tap but the centre one is zero, so each output sample costs ~16 multiplies.
 * Flat to 2.5 kHz, the transition band is about 2.6–5.4 kHz (a 31-tap Blackman filter's width), and
 * above that tones are over 40 dB down (halve-rate.test.ts): enough for a VAD, whose speech
 * evidence sits below 3.4 kHz on the telephone anyway.
 */

const TAPS = 31;
const CENTRE = (TAPS - 1) / 2;

/** The filter's non-zero side taps (odd offsets from the centre, one side: symmetric) and the centre tap. */
function halfBandTaps(): { centre: number; side: Float64Array } {
  const h = new Float64Array(TAPS);
  let sum = 0;
  for (let k = 0; k < TAPS; k++) {
    const t = k - CENTRE;
    const sinc = t === 0 ? 0.5 : Math.sin((Math.PI * t) / 2) / (Math.PI * t);
    const window = 0.42 - 0.5 * Math.cos((2 * Math.PI * k) / (TAPS - 1)) + 0.08 * Math.cos((4 * Math.PI * k) / (TAPS - 1));
    h[k] = sinc * window;
    sum += h[k];
  }
  for (let k = 0; k < TAPS; k++) h[k] /= sum; // unit gain at DC
  // Offsets 1, 3, 5, …, CENTRE-1 from the centre (the even ones are zero in a half-band filter).
  const side = new Float64Array(Math.ceil(CENTRE / 2));
  for (let j = 0; j < side.length; j++) side[j] = h[CENTRE + 2 * j + 1];
  return { centre: h[CENTRE], side };
}

const FILTER = halfBandTaps();

/**
 * `samples` at half its rate: output sample m is the filtered input around sample 2m (samples past
 * either end count as zero), so output m sits at the same time as input 2m. Length ⌈n / 2⌉.
 */
export function halveSampleRate(samples: Float32Array): Float32Array {
  const n = samples.length;
  const out = new Float32Array(Math.ceil(n / 2));
  const { centre, side } = FILTER;
  const reach = 2 * side.length - 1; // the farthest non-zero tap, in input samples
  for (let m = 0; m < out.length; m++) {
    const i = 2 * m;
    let acc = centre * samples[i];
    if (i - reach >= 0 && i + reach < n) {
      for (let j = 0; j < side.length; j++) {
        const d = 2 * j + 1;
        acc += side[j] * (samples[i - d] + samples[i + d]);
      }
    } else {
      for (let j = 0; j < side.length; j++) {
        const d = 2 * j + 1;
        acc += side[j] * ((i - d >= 0 ? samples[i - d] : 0) + (i + d < n ? samples[i + d] : 0));
      }
    }
    out[m] = acc;
  }
  return out;
}
