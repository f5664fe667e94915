/**
 * Audio of a call that has no redacted transcript yet (waiting for ASR): nothing in it is
 * silenced, so nobody hears it — admins included — unless the config's
 * `api.adminMayHearUnredactedAudio` lets admins (and only them) hear it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { setupHarness, type Harness } from '../../fixtures/support/api/harness.ts';

let h: Harness;
let waitingCall: string;
beforeAll(async () => {
  h = await setupHarness();
  waitingCall = h.store.failedGreetingCall;
  const db = h.store.db.$client;
  db.prepare("DELETE FROM stage_results WHERE call_id = ? AND stage = 'transcript'").run(waitingCall);
  db.prepare("UPDATE calls SET status = 'waiting_asr' WHERE call_id = ?").run(waitingCall);
}, 120_000);
afterAll(() => h?.cleanup());

const audioPath = () => `/api/v1/calls/${waitingCall}/audio`;

describe('audio of a call not redacted yet', () => {
  it('is refused to its coach with a reason', async () => {
    const res = await h.request('coachA', audioPath());
    expect(res.status).toBe(409);
    const body = (await res.json()) as { error: string; message: string };
    expect(body.error).toBe('not_redacted');
    expect(body.message).toMatch(/not redacted yet.*waiting_asr/);
  });

  it('is refused to an admin by default', async () => {
    expect((await h.request('admin', audioPath())).status).toBe(409);
  });

  it('is served to an admin, and only an admin, when api.adminMayHearUnredactedAudio is true', async () => {
    const app = createApp({ sql: h.store.sql, audioCacheDir: `${h.store.dir}/audio-cache`, api: { adminMayHearUnredactedAudio: true } });
    const as = (who: 'admin' | 'qa' | 'coachA') => app.request(audioPath(), { headers: { authorization: `Bearer ${h.store.tokens[who]}`, range: 'bytes=0-43' } });
    const admin = await as('admin');
    expect(admin.status).toBe(206);
    expect(Buffer.from(await admin.arrayBuffer()).toString('ascii', 0, 4)).toBe('RIFF');
    expect((await as('qa')).status).toBe(409);
    expect((await as('coachA')).status).toBe(409);
  });

  it('is served as before once the call has a redacted transcript', async () => {
    expect((await h.request('coachA', `/api/v1/calls/${h.store.redactedCall}/audio`, { headers: { range: 'bytes=0-43' } })).status).toBe(206);
  });
});
