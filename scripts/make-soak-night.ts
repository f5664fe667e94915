/**
 * Makes a soak night: N calls of real length (default 200 calls of 2–15 minutes) in the formats
 * contact centres store (8 kHz μ-law / A-law stereo WAV, stereo Ogg/Opus, stereo and mono MP3),
 * with long holds (music or silence, 30 s – 3 min), the customer away from the phone, dead air,
 * talk-over, faint crosstalk leakage between the stereo sides, Mandarin and English agents,
 * sidecar transcripts, a manifest, a roster and a config that reviews every call. Deterministic
 * for a seed. Large (~35 MB per hour of audio): written outside the repository.
 *
 *   npx tsx scripts/make-soak-night.ts [--out /tmp/callqa-soak] [--calls 200] [--min-minutes 2]
 *       [--max-minutes 15] [--seed soak] [--date 2026-11-21]
 *
 * Then: npx tsx scripts/callqa.ts run --date 2026-11-21 --recordings OUT/recordings
 *   --manifest OUT/manifest.csv --roster OUT/roster.csv --config OUT/soak-config.yaml --db OUT/soak.sqlite
 */
import { Command } from 'commander';
import { SOAK_FORMAT_IDS } from './fixtures/soak/formats.ts';
import { generateSoakNight } from './fixtures/soak/night.ts';
import { DEFAULT_SOAK_PARAMS } from './fixtures/soak/plan.ts';

const program = new Command('make-soak-night')
  .description('Generate a soak night (long calls, every recording format) outside the repository.')
  .option('--out <dir>', 'output folder', '/tmp/callqa-soak')
  .option('--calls <n>', 'number of calls', String(DEFAULT_SOAK_PARAMS.calls))
  .option('--min-minutes <m>', 'shortest call, minutes', String(DEFAULT_SOAK_PARAMS.minS / 60))
  .option('--max-minutes <m>', 'longest call, minutes', String(DEFAULT_SOAK_PARAMS.maxS / 60))
  .option('--seed <text>', 'seed (same seed, same night)', DEFAULT_SOAK_PARAMS.seed)
  .option('--date <YYYY-MM-DD>', 'service date of the calls', DEFAULT_SOAK_PARAMS.date)
  .option('--quiet', 'no line per call')
  .parse();

const o = program.opts<{ out: string; calls: string; minMinutes: string; maxMinutes: string; seed: string; date: string; quiet?: boolean }>();
const night = await generateSoakNight(
  { calls: Number(o.calls), minS: Math.round(Number(o.minMinutes) * 60), maxS: Math.round(Number(o.maxMinutes) * 60), seed: o.seed, date: o.date },
  o.out,
  { log: o.quiet ? undefined : (line) => console.error(line) },
);

const count = (pick: (c: (typeof night.calls)[number]) => boolean) => night.calls.filter(pick).length;
console.log(`soak night ${night.date}: ${night.calls.length} calls, ${(night.audioS / 3600).toFixed(2)} h of audio → ${night.dir}`);
console.log(`  formats: ${SOAK_FORMAT_IDS.map((f) => `${f} ${count((c) => c.format === f)}`).join(', ')}`);
console.log(`  languages: zh ${count((c) => c.language === 'zh')}, en ${count((c) => c.language === 'en')}`);
console.log(
  `  holds ${count((c) => c.holdS !== null)} (music ${count((c) => c.holdMusic)}, longest ${Math.max(0, ...night.calls.map((c) => c.holdS ?? 0))} s), ` +
    `long silences ${count((c) => c.longSilenceS !== null)}, dead air ${count((c) => c.deadAirS !== null)}, talk-overs ${night.calls.reduce((s, c) => s + c.talkOvers, 0)}, ` +
    `crosstalk leakage ${count((c) => c.leakBelowDb !== null)}`,
);
console.log(`  size ${(night.sizeBytes / 1e6).toFixed(1)} MB; took ${night.generationS} s (${night.clipsSynthesized} clips synthesized)`);
console.log(
  `run it: npx tsx scripts/callqa.ts run --date ${night.date} --recordings ${night.recordings} --manifest ${night.manifest} --roster ${night.roster} --config ${night.config} --db ${night.dir}/soak.sqlite`,
);
