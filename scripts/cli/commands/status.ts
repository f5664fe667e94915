/**
 * `callqa status [--date D] [--db postgres://…] [--window N] [--json]`: how the night on the
 * job queue is going — calls done / failed / in progress, jobs waiting and running per stage
 * group, throughput per stage over the last N minutes, workers alive (by heartbeat) and the
 * estimated finish at that pace. Needs the Postgres store (the queue lives there).
 */
import type { Command } from 'commander';
import { UserInputError } from '../../../pipeline/errors.ts';
import { maskPassword } from '../../../pipeline/db/index.ts';
import { ALL_GROUPS, nightSettled, openQueue, readQueueStatus, requirePostgresUrl, type QueueStatus } from '../../../pipeline/queue/index.ts';
import { locateDb } from '../locations.ts';

interface StatusFlags {
  date?: string;
  db?: string;
  window: string;
  json?: boolean;
}

export default function register(program: Command): void {
  program
    .command('status')
    .description('How the night on the job queue is going: calls, queue depth per stage group, throughput, workers alive, estimated finish.')
    .option('--date <YYYY-MM-DD>', 'the night (default: the latest queued)')
    .option('--db <url>', 'the Postgres store holding the queue (default $CALLQA_DB)')
    .option('--window <minutes>', 'throughput over the last this many minutes', '15')
    .option('--json', 'print the figures as JSON')
    .action(async (flags: StatusFlags) => {
      const url = requirePostgresUrl(locateDb(flags.db).file, 'callqa status');
      if (flags.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(flags.date)) throw new UserInputError(`--date must be YYYY-MM-DD, got "${flags.date}"`);
      const windowMinutes = Number(flags.window);
      if (!(windowMinutes > 0)) throw new UserInputError(`--window must be a number of minutes > 0, got "${flags.window}"`);
      const queue = await openQueue({ url, supervise: false, poolSize: 2 });
      try {
        const status = await readQueueStatus(queue, { date: flags.date, windowMinutes });
        console.log(flags.json ? JSON.stringify(status) : formatStatus(status, maskPassword(url)));
      } finally {
        await queue.close();
      }
    });
}

const rate = (perMinute: number) => `${perMinute.toFixed(1)}/min`;

function duration(minutes: number): string {
  if (minutes < 1) return 'under a minute';
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes % 60);
  return h > 0 ? `${h} h ${String(m).padStart(2, '0')} min` : `${m} min`;
}

export function formatStatus(s: QueueStatus, location: string, now = new Date()): string {
  if (!s.date) return `No night on the queue at ${location} yet.`;
  const c = s.calls;
  const lines = [
    `Night ${s.date} on ${location}`,
    `Calls: ${c.total} queued · ${c.done} done · ${c.failed} failed · ${c.inProgress} in progress`,
    `Queue: ${ALL_GROUPS.map((g) => `${g} ${s.groups[g].waiting} waiting, ${s.groups[g].running} running, ${rate(s.groups[g].perMinute)}`).join(' · ')}`,
  ];
  const stages = Object.entries(s.stagesPerMinute);
  lines.push(`Stages (last ${s.windowMinutes} min): ${stages.length ? stages.map(([stage, r]) => `${stage} ${rate(r)}`).join(' · ') : 'none finished'}`);
  const byGroups = new Map<string, number>();
  for (const w of s.workers) byGroups.set(`${w.groups}/${w.device}`, (byGroups.get(`${w.groups}/${w.device}`) ?? 0) + 1);
  lines.push(`Workers alive: ${s.workers.length}${byGroups.size ? ` (${[...byGroups].map(([k, n]) => `${n} × ${k}`).join(', ')})` : ''}`);
  if (c.inProgress === 0) lines.push('Finished.');
  else if (nightSettled(s)) lines.push(`Finished but for ${c.inProgress} calls waiting for transcription: no asr worker is alive (callqa worker --stages asr, on a machine with the Whisper model)`);
  else if (s.estimatedFinish) lines.push(`Estimated finish: ${s.estimatedFinish.toISOString().slice(0, 16).replace('T', ' ')} UTC (in ${duration((s.estimatedFinish.getTime() - now.getTime()) / 60_000)})`);
  else lines.push(`Estimated finish: unknown (no job finished in the last ${s.windowMinutes} min${s.workers.length === 0 ? ', and no worker is alive' : ''})`);
  const reasons = Object.entries(s.failedByReason);
  if (reasons.length) lines.push(`Failed by reason: ${reasons.map(([r, n]) => `${r} ${n}`).join(', ')}`);
  return lines.join('\n');
}
