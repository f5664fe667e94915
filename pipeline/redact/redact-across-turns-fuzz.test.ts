/**
 * Seeded random calls in which a card number is read in two or three chunks over turns of
 * one speaker (digits, Chinese or English digit words, with or without the other party's
 * acknowledgement or read-back of a chunk, fillers, confirmations and punctuation at the
 * turn edges): every chunk and read-back must be masked in full, nothing else, with a time
 * span inside its own turn, and redacting again must change nothing. FUZZ_CASES and
 * FUZZ_SEED override the count and seed for a longer hunt.
 */
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../scripts/dev/lib/random.ts';
import type { Language, Speaker, Transcript, TranscriptSegment } from '../types.ts';
import { isLuhnValid } from './luhn.ts';
import { redactTranscript } from './redact-transcript.ts';

const CASES = Number(process.env.FUZZ_CASES ?? 300);
const ZH = '零一二三四五六七八九';
const EN = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

interface Case {
  transcript: Transcript;
  /** For each chunk: its segment, and its offsets in that segment's text. */
  chunks: { segment: number; start: number; end: number }[];
}

function makeCase(random: () => number): Case {
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const language: Language = random() < 0.5 ? 'zh' : 'en';
  const speaker: Speaker = random() < 0.7 ? 'customer' : 'agent';
  const other: Speaker = speaker === 'customer' ? 'agent' : 'customer';

  // A Luhn-valid 16-digit card starting 4, 5 or 6 (so no chunk reads as a mobile number).
  let card = pick(['4', '5', '6']);
  while (card.length < 15) card += String(Math.floor(random() * 10));
  for (let c = 0; c <= 9; c++) if (isLuhnValid(card + c)) { card += c; break; }

  // Two chunks of 8, or three of 4–8 digits: none is a sensitive number on its own.
  const cuts = random() < 0.5 ? [8] : pick([[4, 8], [4, 12], [8, 12], [5, 10], [6, 11]]);
  const bounds = [0, ...cuts, 16];
  const chunkDigits = bounds.slice(1).map((end, k) => card.slice(bounds[k], end));

  const render = (digits: string): string => {
    const form = pick(['digits', 'words', 'words']);
    if (form === 'digits') return digits.replace(/(\d{4})(?=\d)/g, '$1 ');
    if (language === 'zh') return digits.split('').map((d) => ZH[Number(d)]).join('').replace(/(.{4})(?=.)/g, '$1 ');
    return digits.split('').map((d) => EN[Number(d)]).join(' ');
  };
  const opener = language === 'zh' ? pick(['我的卡号是', '卡号', '是']) : pick(['my card number is ', 'it is ', '']);
  const lead = language === 'zh' ? pick(['', '嗯，', '呃 ', '对，']) : pick(['', 'uh, ', ' ', 'yes, ']);
  const close = language === 'zh' ? pick(['', '。', '，', '，对吧？']) : pick(['', '.', ',', ', right?']);
  const ack = language === 'zh' ? pick(['嗯', '好的', '对', '嗯嗯']) : pick(['okay', 'mm-hm', 'go on', 'Okay.']);

  const segments: TranscriptSegment[] = [];
  const chunks: Case['chunks'] = [];
  let t = random() * 5;
  segments.push({ speaker: other, start: t, end: t + 2, text: language === 'zh' ? '请问您的卡号是多少？' : 'May I have the card number?' });
  t += 2.3;
  chunkDigits.forEach((digits, k) => {
    const before = k === 0 ? opener : lead;
    const spoken = render(digits);
    const text = before + spoken + close;
    const durationS = 1 + random() * 3;
    chunks.push({ segment: segments.length, start: before.length, end: before.length + spoken.length });
    segments.push({ speaker, start: t, end: t + durationS, text });
    t += durationS + 0.1 + random() * 2;
    const between = k < chunkDigits.length - 1;
    const turnBack = random();
    if (turnBack < 0.3) {
      // The other party reads the chunk back (in its own form), then the speaker goes on.
      const back = render(digits);
      chunks.push({ segment: segments.length, start: 0, end: back.length });
      segments.push({ speaker: other, start: t, end: t + 1.5, text: back + (language === 'zh' ? '，对吗？' : ', right?') });
      t += 1.6 + random() * 2;
    } else if (between && turnBack < 0.8) {
      segments.push({ speaker: other, start: t, end: t + 0.4, text: ack });
      t += 0.5 + random() * 4;
    }
  });
  segments.push({ speaker: other, start: t + 0.5, end: t + 3, text: language === 'zh' ? '好的，请稍等，我帮您查询' : 'Thank you, one moment please.' });
  return { transcript: { callId: 'fuzz', language, segments }, chunks };
}

describe('redactTranscript: cards read in chunks over several turns (seeded random calls)', () => {
  it(`masks every chunk of ${CASES} calls in full and nothing else, with a span per chunk, idempotently`, () => {
    const random = mulberry32(Number(process.env.FUZZ_SEED ?? 20261120));
    for (let n = 0; n < CASES; n++) {
      const { transcript, chunks } = makeCase(random);
      const out = redactTranscript(transcript);
      const context = `case ${n}: ${transcript.segments.map((s) => `${s.speaker}: ${s.text}`).join(' | ')}`;
      const expected = transcript.segments.map((s) => s.text.split(''));
      for (const c of chunks) for (let i = c.start; i < c.end; i++) expected[c.segment][i] = '*';
      expect(out.segments.map((s) => s.text), context).toEqual(expected.map((chars) => chars.join('')));
      for (const c of chunks) {
        const segment = transcript.segments[c.segment];
        const inside = out.redactions!.filter(
          (r) => r.speaker === segment.speaker && r.kind === 'card' && r.start >= segment.start - 0.001 && r.end <= segment.end + 0.001,
        );
        expect(inside, context).toHaveLength(1);
      }
      expect(out.redactions, context).toHaveLength(chunks.length);
      expect(redactTranscript(out), context).toEqual(out);
    }
  });
});
