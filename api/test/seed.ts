/**
 * Test store for the API and browser tests, written through the schema and scored by the
 * real pipeline: roster, calls over six days, stored transcripts (one with a redacted card
 * number), audio health, a run with a failure, then every call scored with the shipped zh-CN
 * scorecard (`loadScoringContext` → `scoreCall` → `saveCallScore`, as `callqa rescore` does).
 * Recordings are real stereo WAV files made by ffmpeg (tones: agent left, customer right).
 *
 * Not from a model: the sentiment rows are hand-set per turn (no classifier runs here), and
 * the transcripts are written, not recognised. Replace with the demo night once it exists.
 */
import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ffmpegPath } from '../../pipeline/audio/binaries.ts';
import { repoRoot } from '../../pipeline/config.ts';
import { openDb, type Db } from '../../pipeline/db/client.ts';
import { agents, calls, failures, runs, stageResults } from '../../pipeline/db/schema.ts';
import { loadScorecard } from '../../pipeline/scorecard/load.ts';
import { loadScoringContext } from '../../pipeline/score/load-context.ts';
import { saveCallScore } from '../../pipeline/score/save.ts';
import { scoreCall } from '../../pipeline/score/score.ts';
import type { Agent, BrandConfig, CallSentiment, RedactedSpan, SentimentLabel, Transcript, TranscriptSegment } from '../../pipeline/types.ts';
import type { Role } from '../context.ts';
import { createUser } from '../queries/users.ts';
import { mulberry32 } from '../../scripts/lib/random.ts';

const run = promisify(execFile);

export const BRAND: BrandConfig = { name: '招商银行信用卡中心', aliases: ['招商银行', '招行', 'China Merchants Bank', 'CMB'] };
export const TEAM_A = '信用卡一组';
export const TEAM_B = '信用卡二组';
export const LAST_DATE = '2026-11-20';
export const DAYS = 6;
/** Length of every seeded recording, seconds. */
export const CALL_S = 30;

const ROSTER: Agent[] = [
  { agentId: 'a1', name: '王芳', surname: '王', team: TEAM_A, site: '深圳', coach: '陈教练', language: 'zh' },
  { agentId: 'a2', name: '李明', surname: '李', team: TEAM_A, site: '深圳', coach: '陈教练', language: 'zh' },
  { agentId: 'a3', name: '张伟', surname: '张', team: TEAM_A, site: '深圳', coach: '陈教练', language: 'zh' },
  { agentId: 'b1', name: '刘洋', surname: '刘', team: TEAM_B, site: '成都', coach: '赵教练', language: 'zh' },
  { agentId: 'b2', name: '陈静', surname: '陈', team: TEAM_B, site: '成都', coach: '赵教练', language: 'zh' },
  { agentId: 'b3', name: '杨磊', surname: '杨', team: TEAM_B, site: '成都', coach: '赵教练', language: 'zh' },
];

/** How often each agent gets each part right (0..1): spreads the scores so tiers differ. */
const SKILL: Record<string, number> = { a1: 0.55, a2: 0.9, a3: 0.75, b1: 0.95, b2: 0.65, b3: 0.8 };

/** What the API tests need of a store, seeded here or built by the demo night (demo-store.ts). */
export interface TestStore {
  dir: string;
  dbFile: string;
  db: Db;
  tokens: Record<'admin' | 'qa' | 'coachA' | 'coachB' | 'hr', string>;
  users: Record<'admin' | 'qa' | 'coachA' | 'coachB' | 'hr', { name: string; role: Role; teams: string[] }>;
  /** A team-A call whose greeting check failed, with evidence that has a time. */
  failedGreetingCall: string;
  /** A scored team-B call (coach A must not see it). */
  teamBCall: string;
  /** An agent of team A and one of team B. */
  agentA: string;
  agentB: string;
  runId: number;
  teamA: string;
  teamB: string;
  /** A month with scored calls, e.g. 2026-11. */
  period: string;
}

/** The seeded store: `failedGreetingCall` is a team-A call on the last day whose greeting has no brand or surname. */
export interface SeededStore extends TestStore {
  /** A call whose customer read out a card number (redacted 12.5–16 s on the customer side). */
  redactedCall: string;
  redaction: RedactedSpan;
  callIds: string[];
}

interface Script {
  goodGreeting: boolean;
  forbidden: boolean;
  upset: boolean;
  closing: boolean;
  cardNumber: boolean;
}

function transcriptFor(callId: string, agent: Agent, s: Script): { transcript: Transcript; sentiment: CallSentiment } {
  const seg = (speaker: 'agent' | 'customer', start: number, end: number, text: string): TranscriptSegment => ({ speaker, start, end, text });
  const segments: TranscriptSegment[] = [
    seg('agent', 0.5, 4.5, s.goodGreeting ? `您好，招商银行信用卡中心，我姓${agent.surname}，很高兴为您服务` : '喂，你好，有什么事'),
    seg('customer', 5, 8, '你好，我想查一下我的信用卡账单'),
    seg('agent', 8.5, 12, '好的，请您稍等，我帮您查询一下'),
    seg('customer', 12.5, 16, s.cardNumber ? '我的卡号是****************' : '好的，谢谢你'),
    seg('agent', 16.5, 21, s.forbidden ? '这个不归我管，你自己去网点问吧' : '您本期账单金额是三千二百元，还款日是下个月五号'),
    seg('customer', 21.5, 24, s.upset ? '你们怎么这样，等了半天，我要投诉' : '明白了，谢谢'),
    seg('agent', 24.5, 29, s.closing ? '请问还有其他可以帮您的吗？感谢您的来电，再见' : '好的，就这样吧'),
  ];
  const redactions: RedactedSpan[] = s.cardNumber ? [{ speaker: 'customer', start: 12.5, end: 16, kind: 'card' }] : [];
  const transcript: Transcript = { callId, language: 'zh', segments, source: { kind: 'imported' }, redactions };
  const customerScores = [0.1, 0.2, s.upset ? -0.8 : 0.5];
  let ci = 0;
  const turns = segments.map((sg, index) => {
    const score = sg.speaker === 'customer' ? customerScores[ci++] : s.forbidden && index === 4 ? -0.4 : 0.3;
    const label: SentimentLabel = score < -0.2 ? 'negative' : score > 0.2 ? 'positive' : 'neutral';
    const pos = Math.max(0, score);
    const neg = Math.max(0, -score);
    return { index, speaker: sg.speaker, label, score, probs: { positive: pos, negative: neg, neutral: 1 - pos - neg } };
  });
  const sentiment: CallSentiment = {
    turns,
    customerStart: customerScores[0],
    customerEnd: customerScores[2],
    customerChange: customerScores[2] - customerScores[0],
    customerLowest: { score: Math.min(...customerScores), atS: s.upset ? 21.5 : 5 },
    agentNegativeTurns: s.forbidden ? 1 : 0,
    model: 'seeded-by-test (no classifier)',
  };
  return { transcript, sentiment };
}

function addDaysIso(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Builds the store in `dir` (created if needed); returns the open database and the users' tokens. */
export async function seedStore(dir: string): Promise<SeededStore> {
  mkdirSync(dir, { recursive: true });
  const recording = join(dir, 'call.wav');
  await run(ffmpegPath(), [
    '-y', '-loglevel', 'error',
    '-f', 'lavfi', '-i', `sine=frequency=300:duration=${CALL_S}:sample_rate=8000`,
    '-f', 'lavfi', '-i', `sine=frequency=700:duration=${CALL_S}:sample_rate=8000`,
    '-filter_complex', '[0:a][1:a]amerge=inputs=2,volume=0.5[a]', '-map', '[a]', '-ac', '2', '-c:a', 'pcm_s16le', recording,
  ]);

  const dbFile = join(dir, 'callqa.sqlite');
  const db = openDb(dbFile);
  const scorecard = loadScorecard(join(repoRoot, 'pipeline/scorecards/zh-CN-bank.yaml'));
  const rand = mulberry32(20261120);
  const callIds: string[] = [];
  const failedGreetingCall = 'c-a1-1120-1';
  const teamBCall = 'c-b1-1120-1';
  const redactedCall = 'c-a2-1120-2';

  const runId = db.$client.transaction(() => {
    db.insert(agents).values(ROSTER).run();
    for (let d = DAYS - 1; d >= 0; d--) {
      const date = addDaysIso(LAST_DATE, -d);
      ROSTER.forEach((agent, ai) => {
        for (let k = 1; k <= 2; k++) {
          const callId = `c-${agent.agentId}-${date.slice(5).replace('-', '')}-${k}`;
          const p = SKILL[agent.agentId];
          const script: Script = {
            goodGreeting: callId === failedGreetingCall ? false : rand() < p,
            forbidden: rand() > p + 0.15,
            upset: rand() > p + 0.1,
            closing: callId === failedGreetingCall ? true : rand() < p,
            cardNumber: callId === redactedCall,
          };
          const hour = String(9 + ai).padStart(2, '0');
          db.insert(calls).values({
            callId, date, file: recording, agentId: agent.agentId, startedAt: `${date}T${hour}:${k === 1 ? '05' : '35'}:00+08:00`,
            durationS: CALL_S, direction: 'inbound', queue: 'card', waitS: Math.round(rand() * 30), abandoned: false,
            resolved: rand() < 0.9, agentChannel: 'left', site: agent.site, sampled: true, status: 'done', processedRunId: 1,
          }).run();
          const { transcript, sentiment } = transcriptFor(callId, agent, script);
          db.insert(stageResults).values([
            { callId, stage: 'audio', version: 'ffmpeg-test', result: { probe: { formatName: 'wav', channels: 2 }, health: { reason: 'ok' }, durationS: CALL_S } },
            { callId, stage: 'transcript', version: 'imported', result: transcript },
            { callId, stage: 'sentiment', version: 'seeded', result: sentiment },
          ]).run();
          callIds.push(callId);
        }
      });
    }
    const id = db.insert(runs).values({ date: LAST_DATE, status: 'finished', params: { seeded: true }, summary: { calls: callIds.length }, finishedAt: `${LAST_DATE}T23:59:00Z` })
      .returning({ id: runs.id }).get().id;
    db.insert(failures).values({ runId: id, callId: 'c-b3-1120-2', stage: 'asr', reason: 'model_missing', detail: 'seeded failure' }).run();
    return id;
  })();

  for (const callId of callIds) {
    const loaded = loadScoringContext(db, callId, BRAND);
    if (!loaded.ok) throw new Error(`seed: cannot score ${callId}: ${loaded.failure.reason} ${loaded.failure.detail}`);
    saveCallScore(db, callId, scoreCall(loaded.ctx, scorecard));
  }

  const users = {
    admin: { name: 'ada', role: 'admin' as Role, teams: [] },
    qa: { name: 'quinn', role: 'qa' as Role, teams: [] },
    coachA: { name: 'coach-a', role: 'coach' as Role, teams: [TEAM_A] },
    coachB: { name: 'coach-b', role: 'coach' as Role, teams: [TEAM_B] },
    hr: { name: 'hana', role: 'hr' as Role, teams: [] },
  };
  const tokens = Object.fromEntries(
    Object.entries(users).map(([key, u]) => [key, createUser(db, { name: u.name, role: u.role, teams: u.teams }).token]),
  ) as SeededStore['tokens'];

  return {
    dir, dbFile, db, tokens, users, failedGreetingCall, teamBCall, redactedCall, agentA: 'a1', agentB: 'b1', teamA: TEAM_A, teamB: TEAM_B, period: LAST_DATE.slice(0, 7),
    redaction: { speaker: 'customer', start: 12.5, end: 16, kind: 'card' }, callIds, runId,
  };
}
