/**
 * Makes the demo night (fixtures/demo/): recordings with sidecar transcripts, manifest.csv,
 * roster.csv and labels.json, from the hand-written call plans in scripts/fixtures/plans.ts.
 * Deterministic: the same code, text2wav and ffmpeg give the same bytes.
 *
 *   npm run fixtures                      # writes fixtures/demo/
 *   npm run fixtures -- --out /tmp/demo   # somewhere else (e.g. to compare two runs)
 */
import { boundedPool } from './lib/bounded-pool.ts';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCutOffScript, writeScript, type Beat, type CallScript, type Line } from './fixtures/dialogue.ts';
import { truncateFile, writeGarbage, writeHtmlErrorPage, writePng } from './fixtures/broken.ts';
import { encodePcm, FORMATS } from './fixtures/encode.ts';
import { inventory } from './fixtures/inventory.ts';
import { contentOf, type CallLabel, type DemoLabels } from './fixtures/labels.ts';
import { cdrRecord, manifestCsv, manifestWithRejects, rosterCsv, type ManifestRecord } from './fixtures/manifest.ts';
import { AGENTS, agentById } from './fixtures/people.ts';
import { PHRASES } from './fixtures/phrases.ts';
import type { CallPlan } from './fixtures/plans.ts';
import { interleaveF32, renderChannels } from './fixtures/render.ts';
import { createRng, seedFrom, type Rng } from './fixtures/rng.ts';
import { DEMO_DATE, scheduleCalls, TIMEZONE, type ScheduledCall } from './fixtures/schedule.ts';
import { sidecarName, sidecarText, transcriptOf } from './fixtures/sidecar.ts';
import { placeBeats, type Timeline } from './fixtures/timeline.ts';
import { ClipMaker, FRAME_S, round3, SPEECH_FLOOR_DBFS } from './fixtures/tts.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** text2wav renders at 22.05 kHz; clips are mixed at that rate and ffmpeg resamples per format. */
const MIX_RATE_HZ = 22050;
/** Gain that over-drives the clipped recording (×14 ≈ +23 dB on speech peaking at 0.7). */
const CLIP_GAIN = 14;
/** Share of the bytes the truncated upload keeps. */
const TRUNCATED_FRACTION = 0.45;

function parseArgs(argv: string[]): { out: string } {
  let out = join(ROOT, 'fixtures', 'demo');
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') out = resolve(argv[++i] ?? '');
    else throw new Error(`unknown argument ${argv[i]} (usage: make-fixtures [--out DIR])`);
  }
  return { out };
}

function queueOf(call: ScheduledCall, language: string): string {
  if (call.plan.direction === 'outbound') return 'callback';
  if (language === 'en') return 'card_service_en';
  return call.plan.topic === 'lost_card' ? 'card_loss_zh' : 'card_service_zh';
}

/** Agent lines must contain a forbidden phrase only where the plan put one. */
function assertNoStrayForbidden(script: CallScript, callId: string): void {
  const phrases = Object.values(PHRASES[script.language].forbidden).map((f) => f!.phrase.toLowerCase());
  for (const beat of script.beats) {
    if (beat.kind !== 'say' || beat.speaker !== 'agent' || beat.forbiddenPhrase) continue;
    const hit = phrases.find((p) => beat.text.toLowerCase().includes(p));
    if (hit) throw new Error(`${callId}: agent line "${beat.text}" contains forbidden phrase "${hit}" without being planned`);
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const { out } = parseArgs(process.argv.slice(2));
  const recordingsDir = join(out, 'recordings');
  await rm(recordingsDir, { recursive: true, force: true });
  await mkdir(recordingsDir, { recursive: true });

  const maker = new ClipMaker();
  const encoders = boundedPool(2);
  const schedule = scheduleCalls();
  const labels: CallLabel[] = [];
  const records: ManifestRecord[] = [];
  const fileMissing = new Set<string>();

  for (const call of schedule) {
    const agent = agentById(call.agentId);
    const plan: CallPlan = call.plan;
    const rng: Rng = createRng(seedFrom(`call:${call.agentId}:${call.planIndex}`));
    const script = writeScript(plan, agent, rng);
    assertNoStrayForbidden(script, call.callId);
    const format = FORMATS[plan.format ?? 'ogg'];
    const file = `${call.callId}.${format.extension}`;
    const path = join(recordingsDir, file);
    const layout = plan.agentChannel ?? 'left';
    const broken = plan.broken ?? null;

    // Every call gets a timeline, even broken ones: it gives the CDR its duration.
    const beats: Beat[] = broken === 'too_short' ? writeCutOffScript(script) : script.beats;
    const lines = beats.filter((b): b is Line => b.kind === 'say');
    const clips = [];
    for (const line of lines) clips.push(await maker.clip(line.text, line.voice)); // text2wav is not re-entrant
    const timeline: Timeline =
      broken === 'too_short'
        ? placeBeats(beats, clips, MIX_RATE_HZ, rng, { leadInS: 0.35, tailS: 0.3 })
        : placeBeats(beats, clips, MIX_RATE_HZ, rng);

    const recorded = !plan.abandoned;
    const rendersAudio = recorded && !['missing', 'zero_length', 'corrupt', 'not_audio'].includes(broken ?? '');
    if (rendersAudio) {
      const telephony = format.extension === 'wav';
      const noise = broken === 'silent' || !telephony ? null : createRng(seedFrom(`noise:${call.callId}`));
      const channels = broken === 'silent'
        ? (layout === 'mono' ? [1] : [1, 2]).map(() => new Float32Array(timeline.durationSamples))
        : renderChannels(timeline, layout, noise);
      const pcm = interleaveF32(channels);
      const filters = broken === 'clipped' ? [`volume=${CLIP_GAIN}`] : [];
      await encoders.add(async () => {
        await encodePcm(pcm, { sampleRateHz: MIX_RATE_HZ, channels: channels.length }, format, path, filters);
        if (broken === 'truncated') await truncateFile(path, TRUNCATED_FRACTION);
      });
    } else if (recorded) {
      if (broken === 'zero_length') await writeFile(path, '');
      if (broken === 'corrupt') await writeGarbage(path, 48_000, rng);
      if (broken === 'not_audio') {
        if (plan.notAudio === 'html') await writeHtmlErrorPage(path, call.callId);
        else await writePng(path);
      }
      if (broken === 'missing') fileMissing.add(call.callId);
    }

    const fullCall = rendersAudio && (broken === null || broken === 'clipped');
    const content = fullCall ? contentOf(script, timeline) : null;
    const sidecar = recorded && broken === null ? (plan.sidecar ?? 'valid') : null;
    if (content && sidecar) {
      const text = sidecarText(sidecar, transcriptOf(call.callId, agent.language, content.segments));
      if (text !== null) await writeFile(join(recordingsDir, sidecarName(file)), text);
    }

    labels.push({
      callId: call.callId,
      agentId: call.agentId,
      language: agent.language,
      file,
      recorded,
      ingest: broken === 'missing' ? 'rejected' : 'accepted',
      expectedHealth: recorded ? (broken ?? 'ok') : null,
      format: recorded ? (plan.format ?? 'ogg') : null,
      agentChannel: recorded ? layout : null,
      sidecar,
      durationS: rendersAudio ? round3(timeline.durationS) : null,
      content,
    });
    records.push(
      cdrRecord(
        {
          call,
          file,
          durationS: timeline.durationS,
          resolved: content ? content.customerEnding === 'calm' || content.customerEnding === 'soothed' : rng.chance(0.7),
          agentChannel: layout,
          queue: queueOf(call, agent.language),
          site: agent.site,
        },
        createRng(seedFrom(`cdr:${call.callId}`)),
      ),
    );
  }
  await encoders.drain();

  const okFiles = new Set(labels.filter((l) => l.expectedHealth === 'ok').map((l) => l.callId));
  const { records: manifest, rejects } = manifestWithRejects(records, (r) => okFiles.has(r.call_id), fileMissing);
  const demo: DemoLabels = {
    schemaVersion: 1,
    date: DEMO_DATE,
    timezone: TIMEZONE,
    brand: { name: '招商银行信用卡中心', aliases: ['招商银行', '招行', 'China Merchants Bank', 'CMB'] },
    boundaryFrameS: FRAME_S,
    speechFloorDbfs: SPEECH_FLOOR_DBFS,
    agents: AGENTS.map((a) => ({ agentId: a.agentId, surname: a.surname, language: a.language, summary: a.style.summary })),
    calls: labels,
    manifestRejects: rejects,
  };
  await writeFile(join(out, 'manifest.csv'), manifestCsv(manifest));
  await writeFile(join(out, 'roster.csv'), rosterCsv());
  await writeFile(join(out, 'labels.json'), JSON.stringify(demo, null, 2) + '\n');

  await printSummary(out, maker, labels, manifest.length, rejects.length, Date.now() - started);
}

async function printSummary(out: string, maker: ClipMaker, labels: CallLabel[], rows: number, rejects: number, ms: number) {
  const clips = await maker.all();
  const lead = clips.map((c) => c.trimmedLeadS);
  const tail = clips.map((c) => c.trimmedTailS);
  const max = (xs: number[]) => Math.max(...xs).toFixed(3);
  const mean = (xs: number[]) => (xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(3);
  let bytes = 0;
  for (const dir of [out, join(out, 'recordings')]) {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.isFile()) bytes += (await stat(join(dir, entry.name))).size;
    }
  }
  console.log(`demo night ${DEMO_DATE}: ${labels.length} calls, ${rows} manifest rows (${rejects} to reject) → ${out}`);
  for (const [what, counts] of inventory(labels)) console.log(`  ${what}: ${counts}`);
  console.log(`tts: ${maker.synthesized} clips; trimmed lead mean ${mean(lead)} s max ${max(lead)} s, tail mean ${mean(tail)} s max ${max(tail)} s`);
  console.log(`size: ${(bytes / 1e6).toFixed(2)} MB; took ${(ms / 1000).toFixed(1)} s`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
