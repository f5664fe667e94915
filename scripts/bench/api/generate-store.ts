/**
 * A large synthetic store for load measurements: `calls` scored calls over a month, each with
 * a stored transcript, sentiment, audio health, a score and its check results, spread over
 * agents in teams. Written with prepared statements in one transaction without a rollback
 * journal (a file that is thrown away if the build stops: see bench-store-cache.ts), about
 * 7 KB per call on disk. The rows are shaped like the pipeline's but made up: for speed, not
 * scoring. Deterministic: the same options give the same rows.
 */
import { openDb, type Db } from '../../../pipeline/db/index.ts';
import { mulberry32 } from '../../dev/lib/random.ts';

export interface StoreShape {
  calls: number;
  agents: number;
  teams: number;
  days: number;
}

/** What the load generator picks from: ids and values the generated rows are made of. */
export interface GeneratedStore {
  callIds: string[];
  agentIds: string[];
  teams: string[];
  /** Service dates covered, YYYY-MM-DD. */
  dates: string[];
}

export const callIdOf = (i: number) => `c${String(i).padStart(7, '0')}`;
export const agentIdOf = (a: number) => `A${String(a).padStart(5, '0')}`;

/** The ids a store generated with `shape` holds, without reading it. */
export function shapeIds(shape: StoreShape): GeneratedStore {
  return {
    callIds: Array.from({ length: shape.calls }, (_, i) => callIdOf(i)),
    agentIds: Array.from({ length: shape.agents }, (_, a) => agentIdOf(a)),
    teams: Array.from({ length: shape.teams }, (_, i) => `team-${String(i + 1).padStart(2, '0')}`),
    dates: Array.from({ length: shape.days }, (_, i) => `2026-11-${String(i + 1).padStart(2, '0')}`),
  };
}

const CHECKS = [
  ['greeting', 'opening', '标准开场白（问候 + 品牌 + 本人姓氏）', 20, 0],
  ['courtesy-words', 'courtesy', '使用礼貌用语', 5, 0],
  ['apology-when-upset', 'courtesy', '客户不满时及时致歉', 10, 0],
  ['forbidden-phrases', 'courtesy', '未使用服务禁语', 15, 1],
  ['hold-etiquette', 'hold', '等待前告知、等待后致谢', 10, 0],
  ['dead-air', 'hold', '无长时间冷场', 5, 0],
  ['interruptions', 'communication', '不抢话、不打断客户', 5, 0],
  ['closing', 'closing', '标准结束语', 15, 0],
  ['customer-sentiment-end', 'outcome', '通话结束时客户情绪不低于中性', 5, 0],
  ['resolution', 'outcome', '一次解决（CDR）', 10, 0],
] as const;

/** Writes the store into `file` (a new file) and returns it open. */
export function generateStore(file: string, opts: StoreShape): Db {
  const db = openDb(file);
  const c = db.$client;
  // A file nobody reads until it is complete: a rollback journal instead of the WAL (pages
  // added by the transaction are written once, not once to the WAL and again at checkpoint),
  // no fsync, and a large page cache for the indexes being filled.
  c.pragma('journal_mode = DELETE');
  c.pragma('synchronous = OFF');
  c.pragma('cache_size = -262144');
  const rand = mulberry32(42);
  const { teams, dates } = shapeIds(opts);
  const surnames = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'];

  const insAgent = c.prepare('INSERT INTO agents (agent_id, name, surname, team, site, coach, language) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const insCall = c.prepare(`INSERT INTO calls (call_id, date, file, agent_id, started_at, duration_s, direction, queue, wait_s, abandoned, resolved,
      agent_channel, site, sampled, status, processed_run_id) VALUES (?, ?, ?, ?, ?, ?, 'inbound', 'card', ?, 0, ?, 'left', ?, 1, 'done', 1)`);
  const insStage = c.prepare('INSERT INTO stage_results (call_id, stage, version, result, created_at) VALUES (?, ?, ?, ?, ?)');
  const insScore = c.prepare(`INSERT INTO scores (call_id, scorecard_id, scorecard_version, score, auto_failed, auto_fail_reasons, created_at)
      VALUES (?, 'zh-CN-bank', 'bench0001', ?, ?, ?, ?)`);
  const insCheck = c.prepare(`INSERT INTO check_results (call_id, scorecard_version, check_id, section, label, outcome, weight, critical, reason, evidence, position)
      VALUES (?, 'bench0001', ?, ?, ?, ?, ?, ?, ?, ?, ?)`);

  c.transaction(() => {
    for (let a = 0; a < opts.agents; a++) {
      const s = surnames[a % surnames.length];
      insAgent.run(agentIdOf(a), `${s}${a}`, s, teams[a % teams.length], a % 2 ? '深圳' : '成都', `coach-${a % opts.teams}`, 'zh');
    }
    const createdAt = '2026-12-01T02:00:00.000Z';
    for (let i = 0; i < opts.calls; i++) {
      const callId = callIdOf(i);
      const agent = Math.floor(rand() * opts.agents);
      const agentId = agentIdOf(agent);
      const date = dates[i % dates.length];
      const skill = 0.5 + 0.5 * ((agent * 7919) % 100) / 100;
      const startedAt = `${date}T${String(8 + Math.floor(rand() * 12)).padStart(2, '0')}:${String(Math.floor(rand() * 60)).padStart(2, '0')}:00+08:00`;
      insCall.run(callId, date, `/recordings/${date}/${callId}.ogg`, agentId, startedAt, 30 + Math.floor(rand() * 300), Math.round(rand() * 40), rand() < 0.9 ? 1 : 0, a2site(agent));
      const surname = surnames[agent % surnames.length];
      const greetingOk = rand() < skill;
      const upset = rand() > skill;
      const transcript = {
        callId, language: 'zh', source: { kind: 'imported' }, redactions: [],
        segments: [
          { speaker: 'agent', start: 0.6, end: 4.2, text: greetingOk ? `您好，招商银行信用卡中心，我姓${surname}，很高兴为您服务` : '喂，你好，有什么事' },
          { speaker: 'customer', start: 4.8, end: 8.1, text: '你好，我想查一下这个月的信用卡账单' },
          { speaker: 'agent', start: 8.6, end: 12.4, text: '好的，请您稍等，我帮您查询一下' },
          { speaker: 'customer', start: 13.0, end: 15.2, text: upset ? '怎么这么慢，我要投诉' : '好的，谢谢' },
          { speaker: 'agent', start: 15.8, end: 21.0, text: '您本期账单金额是三千二百元，最后还款日是十二月八日' },
          { speaker: 'agent', start: 21.6, end: 26.0, text: '请问还有其他可以帮您的吗？感谢您的来电，再见' },
        ],
      };
      const cs = [0.1, upset ? -0.7 : 0.4];
      const sentiment = {
        model: 'bench', customerStart: cs[0], customerEnd: cs[1], customerChange: cs[1] - cs[0], customerLowest: { score: Math.min(...cs), atS: 13 }, agentNegativeTurns: 0,
        turns: transcript.segments.map((sg, index) => {
          const score = sg.speaker === 'customer' ? cs[index === 1 ? 0 : 1] : 0.3;
          return { index, speaker: sg.speaker, label: score < -0.2 ? 'negative' : score > 0.2 ? 'positive' : 'neutral', score, probs: { positive: Math.max(0, score), negative: Math.max(0, -score), neutral: 1 - Math.abs(score) } };
        }),
      };
      insStage.run(callId, 'audio', 'bench', JSON.stringify({ health: { reason: 'ok' }, durationS: 30 }), createdAt);
      insStage.run(callId, 'transcript', 'imported', JSON.stringify(transcript), createdAt);
      insStage.run(callId, 'sentiment', 'bench', JSON.stringify(sentiment), createdAt);

      let earned = 0;
      let possible = 0;
      let criticalFail = false;
      for (let position = 0; position < CHECKS.length; position++) {
        const [checkId, section, label, weight, critical] = CHECKS[position];
        const outcome = checkId === 'greeting' ? (greetingOk ? 'pass' : 'fail') : checkId === 'apology-when-upset' && !upset ? 'na' : rand() < skill ? 'pass' : rand() < 0.97 ? 'fail' : 'na';
        const failedCritical = critical === 1 && outcome === 'fail';
        if (failedCritical) criticalFail = true;
        if (outcome !== 'na') possible += weight;
        if (outcome === 'pass') earned += weight;
        const evidence = [{ atS: 0.6, endS: 4.2, speaker: 'agent', quote: transcript.segments[0].text, similarity: greetingOk ? 1 : 0.3 }];
        insCheck.run(callId, checkId, section, label, outcome, weight, critical, `${label}: ${outcome}`, JSON.stringify(evidence), position);
      }
      const score = criticalFail ? 0 : possible ? Math.round((1000 * earned) / possible) / 10 : 0;
      insScore.run(callId, score, criticalFail ? 1 : 0, JSON.stringify(criticalFail ? ['未使用服务禁语: fail'] : []), createdAt);
    }
  })();
  c.exec('ANALYZE');
  c.pragma('journal_mode = WAL');
  c.pragma('synchronous = NORMAL');
  return db;

  function a2site(agent: number): string {
    return agent % 2 ? '深圳' : '成都';
  }
}
