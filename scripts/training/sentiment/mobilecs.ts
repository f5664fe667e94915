/**
 * Turns of the 10 public MobileCS example calls (real China Mobile customer service, Chinese).
 * Unlabelled and not to be redistributed (see its SOURCE.txt), so they are never trained on:
 * the training script only reports how the model labels them, as a smoke check of how
 * neutral real Mandarin service talk comes out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Speaker } from '../../../pipeline/types.ts';
import { datasetsDir } from './datasets.ts';

export interface ServiceTurn {
  speaker: Speaker;
  text: string;
}

export function loadMobilecsTurns(root = datasetsDir()): ServiceTurn[] {
  const file = join(root, 'mobilecs_example_zh/example.json');
  const dialogs = JSON.parse(readFileSync(file, 'utf8')) as { content: Record<string, unknown>[] }[];
  const turns: ServiceTurn[] = [];
  for (const d of dialogs) {
    for (const pair of d.content) {
      // [SPEAKER 1] is the agent (客服), [SPEAKER 2] the user; ASR pause marks are underscores.
      const agent = String(pair['[SPEAKER 1]'] ?? '').replace(/_/g, '，').trim();
      const customer = String(pair['[SPEAKER 2]'] ?? '').replace(/_/g, '，').trim();
      if (agent) turns.push({ speaker: 'agent', text: agent });
      if (customer) turns.push({ speaker: 'customer', text: customer });
    }
  }
  return turns;
}
