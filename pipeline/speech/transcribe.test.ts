/**
 * transcribeCall: channel and time-offset mapping, packing, mono roles, Transcript stamp.
 *
 * Whisper weights cannot exist on this machine or in CI, so the recognizer here is a stand-in
 * that *reads the audio it is given*: each utterance in the test call is a block of constant
 * level (0.01 × utterance number), and the stand-in reports every block it finds in its clip,
 * with the block's clip-relative times and that utterance's text. So the test fails if clips are
 * cut from the wrong channel, at the wrong place, or mapped back to the wrong call time.
 * (The real-model test is models/asr.test.ts, run whenever a Whisper model is present.)
 */
import { describe, expect, it } from 'vitest';
import type { CallAudio } from '../audio/types.ts';
import type { Language, SpeechAnalysis, SpeechSegment } from '../types.ts';
import type { RawAsrOutput } from './asr-output.ts';
import { transcribeCall, type Recognizer, type RecognizeOptions } from './transcribe.ts';

const SR = 16_000;
const TEXT: Record<number, string> = {
  1: '您好，招商银行信用卡中心，我姓王，很高兴为您服务',
  2: '你好，我想查一下账单',
  3: '好的，请您稍等',
  4: '感谢您的耐心等待',
  5: '喂？',
};

interface Block {
  id: number;
  startS: number;
  endS: number;
}

function channel(durationS: number, blocks: Block[]): Float32Array {
  const out = new Float32Array(durationS * SR);
  for (const b of blocks) out.fill(b.id / 100, Math.round(b.startS * SR), Math.round(b.endS * SR));
  return out;
}

/** Stand-in recognizer: finds constant-level blocks in the clip and "transcribes" them. */
function blockReader(opts: { words: boolean; languageSeen?: Language[] }): Recognizer & { clips: number } {
  const r = {
    model: 'acme/whisper-test',
    revision: 'd'.repeat(40),
    dtype: 'q8',
    wordTimestamps: opts.words,
    clips: 0,
    async recognize(samples: Float32Array, language: Language): Promise<RawAsrOutput> {
      r.clips++;
      opts.languageSeen?.push(language);
      const chunks: RawAsrOutput['chunks'] = [];
      let i = 0;
      while (i < samples.length) {
        if (Math.abs(samples[i]) < 0.005) {
          i++;
          continue;
        }
        const level = samples[i];
        let j = i;
        while (j < samples.length && Math.abs(samples[j] - level) < 1e-6) j++;
        const text = TEXT[Math.round(level * 100)];
        const [s, e] = [i / SR, j / SR];
        if (opts.words) {
          // Two "words": first and second half of the utterance.
          const mid = (s + e) / 2;
          const cut = Math.ceil(text.length / 2);
          chunks.push({ text: text.slice(0, cut), timestamp: [s, mid] }, { text: text.slice(cut), timestamp: [mid, e] });
        } else chunks.push({ text: ` ${text}`, timestamp: [s, e] });
        i = j;
      }
      return { text: chunks.map((c) => c.text).join(''), chunks };
    },
  };
  return r;
}

function speechFrom(blocks: (Block & { speaker: 'agent' | 'customer' })[], durationS: number): SpeechAnalysis {
  // VAD segments slightly wider than the blocks, as Silero's are.
  const segments: SpeechSegment[] = blocks.map((b) => ({ speaker: b.speaker, startS: b.startS - 0.05, endS: b.endS + 0.1 }));
  return { segments, talkTimeS: { agent: 0, customer: 0 }, silences: [], holds: [], overlaps: [], durationS };
}

const stereoBlocks = [
  { speaker: 'agent' as const, id: 1, startS: 0.5, endS: 6 },
  { speaker: 'customer' as const, id: 2, startS: 6.5, endS: 9 },
  { speaker: 'agent' as const, id: 3, startS: 9.5, endS: 11 },
  { speaker: 'agent' as const, id: 4, startS: 50, endS: 53 },
];

function stereoCall(durationS = 60): CallAudio {
  return {
    sampleRateHz: SR,
    agent: channel(durationS, stereoBlocks.filter((b) => b.speaker === 'agent')),
    customer: channel(durationS, stereoBlocks.filter((b) => b.speaker === 'customer')),
    mono: false,
    durationS,
  };
}

describe('transcribeCall', () => {
  it('transcribes each stereo channel as its speaker, at call times, stamped with the model', async () => {
    const asr = blockReader({ words: false });
    const t = await transcribeCall(asr, 'c-0001', stereoCall(), speechFrom(stereoBlocks, 60), 'zh');
    expect(t).toMatchObject({ callId: 'c-0001', language: 'zh', source: { kind: 'asr', model: 'acme/whisper-test', revision: 'd'.repeat(40), dtype: 'q8' } });
    expect(t.rolesInferred).toBeUndefined();
    expect(t.segments.map((s) => [s.speaker, s.start, s.end, s.text])).toEqual([
      ['agent', 0.5, 6, TEXT[1]],
      ['customer', 6.5, 9, TEXT[2]],
      ['agent', 9.5, 11, TEXT[3]],
      ['agent', 50, 53, TEXT[4]],
    ]);
    // Agent speech (0.5–11, 50–53) fits one 28 s clip; the customer's is another.
    expect(asr.clips).toBe(2);
  });

  it('keeps word timestamps in call time', async () => {
    const t = await transcribeCall(blockReader({ words: true }), 'c-0002', stereoCall(), speechFrom(stereoBlocks, 60), 'zh');
    const last = t.segments[t.segments.length - 1];
    expect(last).toMatchObject({ speaker: 'agent', start: 50, end: 53, text: TEXT[4] });
    expect(last.words).toEqual([
      { text: TEXT[4].slice(0, 4), start: 50, end: 51.5 },
      { text: TEXT[4].slice(4), start: 51.5, end: 53 },
    ]);
  });

  it('sends only speech to the recognizer: audio outside VAD segments is never transcribed', async () => {
    const audio = stereoCall();
    audio.agent.fill(0.03, 30 * SR, 32 * SR); // "speech" VAD did not report: must not appear
    const t = await transcribeCall(blockReader({ words: false }), 'c-0003', audio, speechFrom(stereoBlocks, 60), 'zh');
    expect(t.segments.some((s) => s.start >= 29 && s.end <= 33)).toBe(false);
  });

  it('transcribes a mono recording once and infers roles from the greeting', async () => {
    const blocks = [
      { speaker: 'customer' as const, id: 5, startS: 0.3, endS: 1 },
      { speaker: 'agent' as const, id: 1, startS: 2, endS: 7 },
      { speaker: 'customer' as const, id: 2, startS: 8, endS: 10 },
      { speaker: 'agent' as const, id: 3, startS: 11, endS: 12.5 },
    ];
    const audio: CallAudio = { sampleRateHz: SR, agent: channel(20, blocks), customer: null, mono: true, durationS: 20 };
    for (const words of [true, false]) {
      const asr = blockReader({ words });
      const t = await transcribeCall(asr, 'c-0004', audio, speechFrom(blocks, 20), 'zh');
      expect(t.rolesInferred).toBe(true);
      expect(t.segments.map((s) => [s.speaker, s.text])).toEqual([
        ['customer', TEXT[5]],
        ['agent', TEXT[1]],
        ['customer', TEXT[2]],
        ['agent', TEXT[3]],
      ]);
      // Without word timestamps each speech segment is its own clip, so no segment spans a turn change.
      expect(asr.clips).toBe(words ? 1 : 4);
    }
  });

  it('asks the recognizer for the language when configured "auto", else falls back', async () => {
    const seen: Language[] = [];
    const asr = { ...blockReader({ words: false, languageSeen: seen }), detectLanguage: async () => 'en' as Language };
    const t = await transcribeCall(asr, 'c-0005', stereoCall(), speechFrom(stereoBlocks, 60), 'auto');
    expect(t.language).toBe('en');
    expect(new Set(seen)).toEqual(new Set(['en']));
    const noDetect = await transcribeCall(blockReader({ words: false }), 'c-0006', stereoCall(), speechFrom(stereoBlocks, 60), 'auto', { fallbackLanguage: 'zh' });
    expect(noDetect.language).toBe('zh');
  });

  it("hands every clip the watchdog's signal and a name saying where it is; an aborted signal sends no clip", async () => {
    const asr = blockReader({ words: false });
    const seen: RecognizeOptions[] = [];
    const recognize = asr.recognize;
    asr.recognize = (samples, language, opts) => (seen.push(opts ?? {}), recognize(samples, language));
    const controller = new AbortController();
    await transcribeCall(asr, 'c-0008', stereoCall(), speechFrom(stereoBlocks, 60), 'zh', { signal: controller.signal });
    expect(seen.map((o) => o.signal)).toEqual([controller.signal, controller.signal]);
    // Names carry the call, the side, and the call time the clip's speech spans (VAD segments widen the blocks).
    expect(seen.map((o) => o.clip)).toEqual(['c-0008 agent 0.5–53.1 s', 'c-0008 customer 6.5–9.1 s']);

    controller.abort(new Error('transcript budget spent'));
    const clipsBefore = asr.clips;
    await expect(transcribeCall(asr, 'c-0009', stereoCall(), speechFrom(stereoBlocks, 60), 'zh', { signal: controller.signal })).rejects.toThrow('transcript budget spent');
    expect(asr.clips).toBe(clipsBefore);
  });

  it('transcribes the whole channel when no VAD result is given', async () => {
    const t = await transcribeCall(blockReader({ words: false }), 'c-0007', stereoCall(20), undefined, 'zh');
    expect(t.segments.map((s) => [s.speaker, s.start, s.end])).toEqual([
      ['agent', 0.5, 6],
      ['customer', 6.5, 9],
      ['agent', 9.5, 11],
    ]);
  });
});
