import { beforeEach, describe, expect, it } from 'vitest';
import { storeKinds, useTestStore } from '../../fixtures/support/store/stores.ts';
import { agentSays, callContext, customerSays, DEMO_BRAND, EN_AGENT, sentimentFor, ZH_AGENT } from '../../fixtures/support/pipeline/test-calls.ts';
import { loadScorecard, parseScorecard } from '../scorecard/load.ts';
import type { Transcript } from '../types.ts';
import { loadScoringContext } from './load-context.ts';
import { rescoreRange } from './rescore.ts';
import { loadCallScore, saveCallScore } from './save.ts';
import { scoreCall } from './score.ts';
import { storeCall } from '../../fixtures/support/pipeline/test-store.ts';

const zhCard = loadScorecard(new URL('../scorecards/zh-CN-bank.yaml', import.meta.url).pathname);
const segments = [
  agentSays(0.5, 4.5, '您好，招商银行信用卡中心，我姓王，很高兴为您服务'),
  customerSays(5, 8, '我想查一下账单'),
  agentSays(8.5, 14, '好的，您本期账单是三千元，请问还有其他可以帮您的吗？感谢您的来电，再见'),
];
const transcript = (callId: string, segs = segments): Transcript => ({ callId, language: 'zh', segments: segs });

describe.each(storeKinds())('on %s', (kind) => {
  const store = useTestStore(kind);
  beforeEach(() => store().reset());
  const freshDb = () => store().sql;

  describe('saveCallScore', () => {
    it('is idempotent per scorecard version and keeps other versions', async () => {
      const db = freshDb();
      const score = scoreCall(callContext(segments), zhCard);
      await saveCallScore(db, 'c1', score);
      await saveCallScore(db, 'c1', score);
      expect(await db.all('SELECT * FROM scores')).toHaveLength(1);
      expect(await db.all('SELECT * FROM check_results')).toHaveLength(score.checks.length);

      const stricter = parseScorecard(
        JSON.stringify({
          id: 'strict', name: 'Strict', language: 'zh',
          sections: [{ id: 's', label: 'S', checks: [{ id: 'resolution', label: 'R', kind: 'resolution', weight: 100, params: {} }] }],
        }),
        'strict.json',
      );
      await saveCallScore(db, 'c1', scoreCall(callContext(segments, { call: { resolved: false } }), stricter));
      expect((await db.all<{ v: string }>('SELECT scorecard_version AS v FROM scores')).map((r) => r.v).sort()).toEqual([zhCard.version, stricter.version].sort());
      // Everything round-trips, each check's confidence included.
      expect(score.checks.some((c) => c.confidence !== undefined)).toBe(true);
      expect(await loadCallScore(db, 'c1', zhCard.version)).toEqual(score);
      expect(await loadCallScore(db, 'c1', stricter.version)).toMatchObject({ score: 0, checks: [{ checkId: 'resolution', outcome: 'fail' }] });
    });

    it('keeps a coach\'s correction when the same version is saved again (a re-score)', async () => {
      const db = freshDb();
      const score = scoreCall(callContext(segments), zhCard);
      await saveCallScore(db, 'c1', score);
      const passed = score.checks.find((c) => c.outcome === 'pass' && c.weight > 0 && !c.critical)!;
      await db.run(`INSERT INTO overrides (call_id, scorecard_version, check_id, outcome, reason, author) VALUES (?, ?, ?, 'fail', 'heard it wrong', 'coach')`, [
        'c1', zhCard.version, passed.checkId,
      ]);
      await saveCallScore(db, 'c1', score);
      const stored = (await db.get<{ score: number }>('SELECT score FROM scores'))!;
      expect(stored.score).toBeLessThan(score.score);
      // The automatic result stays as computed; only the stored score reflects the correction.
      expect((await db.get<{ outcome: string }>('SELECT outcome FROM check_results WHERE check_id = ?', [passed.checkId]))!.outcome).toBe('pass');
    });
  });

  describe('loadScoringContext', () => {
    it('reads the call, the agent and the newest transcript, VAD and sentiment results', async () => {
      const db = freshDb();
      await storeCall(db, { callId: 'c1', date: '2026-11-20', agent: ZH_AGENT, transcript: transcript('c1', [segments[0]]), createdAt: '2026-11-20T01:00:00.000Z', transcriptVersion: 'old', resolved: true, waitS: 4 });
      await storeCall(db, {
        callId: 'c1', date: '2026-11-20', agent: ZH_AGENT, transcript: transcript('c1'), transcriptVersion: 'whisper-base',
        sentiment: sentimentFor(segments, { 1: -0.2 }), createdAt: '2026-11-21T01:00:00.000Z',
      });
      const loaded = await loadScoringContext(db, 'c1', DEMO_BRAND);
      expect(loaded.ok).toBe(true);
      if (!loaded.ok) return;
      expect(loaded.versions).toEqual({ transcript: 'whisper-base', vad: undefined, sentiment: 'compact-1' });
      expect(loaded.ctx.transcript.segments).toHaveLength(3);
      expect(loaded.ctx.call).toMatchObject({ callId: 'c1', resolved: true, waitS: 4 });
      expect(loaded.ctx.call).not.toHaveProperty('direction');
      expect(loaded.ctx.agent.surname).toBe('王');
      expect(loaded.ctx.speech).toBeUndefined();
      expect(loaded.ctx.brand).toBe(DEMO_BRAND);
    });

    it('returns a failure, not a throw, for a missing call, a call without transcript and a broken transcript', async () => {
      const db = freshDb();
      await storeCall(db, { callId: 'c2', date: '2026-11-20', agent: ZH_AGENT });
      await storeCall(db, { callId: 'c3', date: '2026-11-20', agent: ZH_AGENT, transcript: { callId: 'c3' } as unknown as Transcript });
      expect(await loadScoringContext(db, 'nope', DEMO_BRAND)).toMatchObject({ ok: false, failure: { stage: 'score', reason: 'call_not_found' } });
      expect(await loadScoringContext(db, 'c2', DEMO_BRAND)).toMatchObject({ ok: false, failure: { reason: 'no_transcript' } });
      expect(await loadScoringContext(db, 'c3', DEMO_BRAND)).toMatchObject({ ok: false, failure: { reason: 'bad_transcript' } });
    });
  });

  describe('rescoreRange', () => {
    it('re-scores stored transcripts of the date range in the scorecard language, goes on past bad rows, and keeps old versions', async () => {
      const db = freshDb();
      await storeCall(db, { callId: 'z1', date: '2026-11-19', agent: ZH_AGENT, transcript: transcript('z1'), resolved: true });
      await storeCall(db, { callId: 'z2', date: '2026-11-20', agent: ZH_AGENT, transcript: transcript('z2', [agentSays(0, 3, '喂，你好'), ...segments.slice(1)]) });
      await storeCall(db, { callId: 'z3', date: '2026-11-20', agent: ZH_AGENT, transcript: { callId: 'z3' } as unknown as Transcript });
      await storeCall(db, { callId: 'z4', date: '2026-11-25', agent: ZH_AGENT, transcript: transcript('z4') });
      await storeCall(db, { callId: 'e1', date: '2026-11-20', agent: EN_AGENT, transcript: { callId: 'e1', language: 'en', segments: [agentSays(0, 3, 'hello')] } });
      await storeCall(db, { callId: 'z5', date: '2026-11-20', agent: ZH_AGENT });

      const first = await rescoreRange(db, { scorecard: zhCard, brand: DEMO_BRAND, from: '2026-11-19', to: '2026-11-20' });
      expect(first).toMatchObject({ scored: 2, skippedOtherLanguage: 1, autoFailed: 0, scorecardVersion: zhCard.version });
      expect(first.failures).toEqual([{ callId: 'z3', stage: 'score', reason: 'bad_transcript', detail: expect.stringContaining('z3') }]);
      expect((await loadCallScore(db, 'z1', zhCard.version))?.checks.find((c) => c.checkId === 'greeting')?.outcome).toBe('pass');
      expect((await loadCallScore(db, 'z2', zhCard.version))?.checks.find((c) => c.checkId === 'greeting')?.outcome).toBe('fail');
      expect(await loadCallScore(db, 'z4', zhCard.version)).toBeUndefined();

      // A tuned scorecard (greeting weight moved to closing) gives a new version; both stay queryable.
      const tuned = parseScorecard(
        JSON.stringify({
          id: 'zh-CN-bank', name: 'tuned', language: 'zh',
          sections: [{ id: 'o', label: 'O', checks: [
            { id: 'greeting', label: 'G', kind: 'phrase_in_window', weight: 50, params: { window: { anchor: 'agent_start', seconds: 10 }, phrases: ['您好，{brand}，我姓{surname}'] } },
            { id: 'resolution', label: 'R', kind: 'resolution', weight: 50, params: {} },
          ] }],
        }),
        'tuned.json',
      );
      const second = await rescoreRange(db, { scorecard: tuned, brand: DEMO_BRAND, from: '2026-11-19', to: '2026-11-20' });
      expect(second.scored).toBe(2);
      const z1 = await db.all<{ v: string }>(`SELECT scorecard_version AS v FROM scores WHERE call_id = 'z1'`);
      expect(z1.map((r) => r.v).sort()).toEqual([zhCard.version, tuned.version].sort());
      expect((await loadCallScore(db, 'z2', tuned.version))?.score).toBe(0);
    });
  });
});
