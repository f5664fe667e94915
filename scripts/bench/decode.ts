/**
 * `decode.realtime_x`: seconds of call audio decoded to 16 kHz float32 per wall-clock second,
 * on generated 10-minute recordings in the two shapes a contact center stores most: stereo
 * Opus (agent/customer on separate sides) and 8 kHz μ-law telephony WAV. Also
 * `audio.load_realtime_x` for the whole stage (probe + decode + health + channel mapping).
 * Median of 3 runs; ffmpeg is the npm static build unless FFMPEG_PATH says otherwise. Each figure
 * also gives `cpuRealtimeX`: audio seconds per CPU second of this process and its ffmpeg children
 * together (the machine is shared, so wall figures move with its load; CPU figures much less).
 */
import { decodeRecording, ffmpegVersion, loadRecording, probeRecording } from '../../pipeline/audio/index.ts';
import { ffmpegMake, tempDir } from '../../fixtures/support/pipeline/test-audio.ts';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { Benchmark, BenchResult } from './types.ts';

const AUDIO_S = 600;
const RUNS = 3;

/** Two independent pink-noise sides: noise keeps the codecs busy (a sine would flatter them). */
const sides = (rate: number) => [
  '-f', 'lavfi', '-i', `anoisesrc=d=${AUDIO_S}:c=pink:a=0.2:seed=1:r=${rate}`,
  '-f', 'lavfi', '-i', `anoisesrc=d=${AUDIO_S}:c=pink:a=0.2:seed=2:r=${rate}`,
  '-filter_complex', '[0:a][1:a]amerge=inputs=2[a]', '-map', '[a]', '-ac', '2',
];

const FILES = [
  { name: 'stereo.opus', describe: 'stereo Ogg/Opus 48 kHz 32 kb/s', args: [...sides(48000), '-c:a', 'libopus', '-b:a', '32k'] },
  { name: 'mulaw.wav', describe: 'stereo WAV G.711 μ-law 8 kHz', args: [...sides(8000), '-c:a', 'pcm_mulaw'] },
];

/** CPU seconds of this process plus its waited-for children (ffmpeg), from /proc (Linux; 100 ticks/s, the kernel's USER_HZ). */
function cpuSecondsWithChildren(): number {
  const self = process.cpuUsage();
  let children = 0;
  try {
    // Fields after the parenthesised command name: cutime and cstime are the 14th and 15th.
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    children = (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    // Not Linux: the figure then counts this process only.
  }
  return (self.user + self.system) / 1e6 + children;
}

/** Median wall seconds and median CPU seconds (this process and its ffmpeg children) over RUNS. */
async function median(fn: () => Promise<unknown>): Promise<{ wallS: number; cpuS: number }> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const cpu0 = cpuSecondsWithChildren();
    await fn();
    cpu.push(cpuSecondsWithChildren() - cpu0);
    wall.push((performance.now() - start) / 1000);
  }
  const mid = (x: number[]) => x.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
  return { wallS: mid(wall), cpuS: mid(cpu) };
}

const bench: Benchmark = async function* (): AsyncIterable<BenchResult> {
  const tmp = await tempDir();
  try {
    const ffmpeg = await ffmpegVersion();
    for (const file of FILES) {
      const path = tmp.file(file.name);
      await ffmpegMake([...file.args, path]);
      const probed = await probeRecording(path);
      if (!probed.ok) throw new Error(`generated ${file.name} does not probe: ${probed.reason} ${probed.detail}`);
      const common = { file: file.describe, audioS: AUDIO_S, sizeBytes: probed.probe.sizeBytes, runs: RUNS, statistic: 'median', ffmpeg };

      const decode = await median(() => decodeRecording(path, { channels: 2, expectedDurationS: probed.probe.durationS }));
      yield { name: 'decode.realtime_x', value: +(AUDIO_S / decode.wallS).toFixed(1), unit: 'audio s / wall s', ...common, wallS: +decode.wallS.toFixed(3), cpuRealtimeX: +(AUDIO_S / decode.cpuS).toFixed(1), cpuS: +decode.cpuS.toFixed(3), loadAvg1m: +loadavg()[0].toFixed(2) };

      const load = await median(async () => {
        const result = await loadRecording(path);
        if (!result.ok) throw new Error(`${file.name}: ${result.reason} ${result.detail}`);
      });
      yield { name: 'audio.load_realtime_x', value: +(AUDIO_S / load.wallS).toFixed(1), unit: 'audio s / wall s', ...common, wallS: +load.wallS.toFixed(3), cpuRealtimeX: +(AUDIO_S / load.cpuS).toFixed(1), cpuS: +load.cpuS.toFixed(3), loadAvg1m: +loadavg()[0].toFixed(2) };
    }
  } finally {
    await tmp.cleanup();
  }
};

export default bench;
