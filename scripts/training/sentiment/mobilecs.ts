/**
 * Turns of the 10 public MobileCS example calls (real China Mobile customer service, Chinese;
 * no license, not to be redistributed — see its SOURCE.txt; the model ships weights, never text).
 *
 * - loadMobilecsTurns: every turn, unlabelled, for the training script's smoke report.
 * - loadMobilecsNeutral: the real Mandarin neutral class. Turns whose annotated intent is
 *   purely informational (asking, giving information, confirming, greeting, goodbye,
 *   notifying, guiding, cancelling) are labelled neutral; turns with any other intent
 *   (客套 courtesy/thanks, 求助-故障 fault reports, 建议, 其他) are left out, since those can carry
 *   feeling. The 3 dialogues with the lowest sha256(id) are test, the rest train.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Speaker } from '../../../pipeline/types.ts';
import { datasetsDir, type LoadedSet, type Reader } from './dataset-files.ts';

export interface ServiceTurn {
  speaker: Speaker;
  text: string;
}

const FILE = 'mobilecs_example_zh/example.json';
type Dialog = { id: string; content: Record<string, unknown>[] };

// [SPEAKER 1] is the agent (客服), [SPEAKER 2] the user; ASR pause marks are underscores.
const clean = (v: unknown) => String(v ?? '').replace(/_/g, '，').trim();

export function loadMobilecsTurns(root = datasetsDir()): ServiceTurn[] {
  const dialogs = JSON.parse(readFileSync(join(root, FILE), 'utf8')) as Dialog[];
  const turns: ServiceTurn[] = [];
  for (const d of dialogs) {
    for (const pair of d.content) {
      const agent = clean(pair['[SPEAKER 1]']);
      const customer = clean(pair['[SPEAKER 2]']);
      if (agent) turns.push({ speaker: 'agent', text: agent });
      if (customer) turns.push({ speaker: 'customer', text: customer });
    }
  }
  return turns;
}

/** Intents (before any `（…）` detail) that make a turn neutral. */
export const NEUTRAL_INTENTS = new Set(['询问', '提供信息', '被动确认', '主动确认', '问候', '求助-查询', '再见', '取消', '通知', '引导']);

const isNeutral = (intents: unknown) => {
  const list = String(intents ?? '').split(',').map((i) => i.split(/[（(]/)[0].trim()).filter(Boolean);
  return list.length > 0 && list.every((i) => NEUTRAL_INTENTS.has(i));
};

export const MOBILECS_TEST_DIALOGS = 3;

export function loadMobilecsNeutral(reader: Reader, out: LoadedSet): void {
  const dialogs = JSON.parse(reader.read(FILE)) as Dialog[];
  const rank = (d: Dialog) => createHash('sha256').update(d.id).digest('hex');
  const test = new Set([...dialogs].sort((a, b) => rank(a).localeCompare(rank(b))).slice(0, MOBILECS_TEST_DIALOGS).map((d) => d.id));
  for (const d of dialogs) {
    const split = test.has(d.id) ? 'test' : 'train';
    for (const pair of d.content) {
      const turns: [unknown, unknown][] = [[pair['[SPEAKER 1]'], pair['客服意图']], [pair['[SPEAKER 2]'], pair['用户意图']]];
      for (const [text, intents] of turns) {
        const t = clean(text);
        if (t && isNeutral(intents)) out.rows.push({ text: t, label: 'neutral', source: 'mobilecs_neutral', lang: 'zh', officialSplit: split, weak: true });
      }
    }
  }
}
