/**
 * Test support: a small night of real recordings (ffmpeg tones: agent left, customer right) with
 * sidecar transcripts, a manifest and a roster, written into a temp folder.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ffmpegMake } from '../audio/testAudio.ts';

export interface TestNight {
  dir: string;
  recordings: string;
  manifest: string;
  roster: string;
  date: string;
  /** Call ids by what the test should expect of them. */
  good: string[];
  corrupt: string[];
  invalidSidecar: string[];
  noSidecar: string[];
}

const ROSTER = `agent_id,name,surname,team,site,coach,language
a1,王芳,王,信用卡一组,深圳,陈教练,zh
a2,李明,李,信用卡一组,深圳,陈教练,zh
a3,Amy Smith,Smith,English line,深圳,Lee,en
`;

export async function makeTestNight(dir: string, goodCalls = 6): Promise<TestNight> {
  const date = '2026-11-20';
  const recordings = join(dir, 'recordings');
  mkdirSync(recordings, { recursive: true });
  const rows = ['call_id,file,agent_id,started_at,duration_s,direction,queue,wait_s,abandoned,resolved,agent_channel'];
  const night: TestNight = { dir, recordings, manifest: join(dir, 'manifest.csv'), roster: join(dir, 'roster.csv'), date, good: [], corrupt: [], invalidSidecar: [], noSidecar: [] };
  const agents = ['a1', 'a2', 'a3'];

  const stereo = join(recordings, 'template.ogg');
  await ffmpegMake([
    '-f', 'lavfi', '-i', 'sine=frequency=300:duration=20:sample_rate=48000',
    '-f', 'lavfi', '-i', 'sine=frequency=700:duration=20:sample_rate=48000',
    '-filter_complex', '[0:a][1:a]amerge=inputs=2,volume=0.5[a]', '-map', '[a]', '-ac', '2', '-c:a', 'libopus', '-b:a', '16k', stereo,
  ]);
  const template = readFileSync(stereo);

  const addCall = (id: string, agent: string, sidecar: 'ok' | 'invalid' | 'none', body?: Buffer) => {
    writeFileSync(join(recordings, `${id}.ogg`), body ?? template);
    const lang = agent === 'a3' ? 'en' : 'zh';
    if (sidecar === 'ok') {
      const segments = [
        { speaker: 'agent', start: 0.5, end: 4, text: lang === 'zh' ? '您好，招商银行信用卡中心，我姓王，很高兴为您服务' : 'Thank you for calling China Merchants Bank, this is Smith' },
        { speaker: 'customer', start: 4.5, end: 7, text: lang === 'zh' ? '你好，我想查一下账单' : 'Hi, I want to check my bill' },
      ];
      writeFileSync(join(recordings, `${id}.transcript.json`), JSON.stringify({ callId: id, language: lang, segments }));
    } else if (sidecar === 'invalid') {
      writeFileSync(join(recordings, `${id}.transcript.json`), '{"callId": "oops"');
    }
    rows.push(`${id},${id}.ogg,${agent},${date}T09:${String(rows.length).padStart(2, '0')}:00+08:00,20,inbound,card,5,false,true,left`);
  };

  for (let i = 0; i < goodCalls; i++) {
    const id = `g${String(i).padStart(3, '0')}`;
    addCall(id, agents[i % 3], 'ok');
    night.good.push(id);
  }
  addCall('bad-corrupt', 'a1', 'ok', Buffer.from('OggS this is not really an ogg file at all'.repeat(50)));
  night.corrupt.push('bad-corrupt');
  addCall('bad-sidecar', 'a2', 'invalid');
  night.invalidSidecar.push('bad-sidecar');
  addCall('no-sidecar', 'a3', 'none');
  night.noSidecar.push('no-sidecar');

  writeFileSync(night.manifest, rows.join('\n') + '\n');
  writeFileSync(night.roster, ROSTER);
  return night;
}
