/**
 * Real dialogue turns with an act label, from ../shared/datasets (see each SOURCE.txt):
 * - uss_satisfaction_en (MultiWOZ clerk / SGD system turns): REQ_MORE / general-reqmore → further_help
 *   (the turn's last question), GOODBYE / general-bye → goodbye (one-clause turns), single-act
 *   domain turns (inform, request, offer…) → other;
 * - multidogo_customer_turns_en (customer turns): openinggreeting → greeting, closinggreeting →
 *   goodbye, thankyou → thanks, single other intents → other;
 * - mobilecs_example_zh (real China Mobile agent turns): 问候 → greeting, 客套,再见 → goodbye, 通知 → other.
 * Labels are weak (from the data sets' dialogue acts or intents), clause by clause.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { splitClauses } from '../../../models/acts/clauses.ts';
import type { ActLabel } from '../../../models/acts/labels.ts';

export interface ActExample {
  text: string;
  label: ActLabel;
  source: string;
}

/** Words that mark a clause as something else than plain business talk: such clauses never count as `other`. */
const NOT_PLAIN = /anything else|thank|bye|sorry|apolog|welcome|great day|nice day|good day|wonderful day|hold|moment|wait|patience|hello|\bhi\b|help you/i;

export function ussExamples(dir: string): ActExample[] {
  const out: ActExample[] = [];
  for (const file of ['MWOZ.txt', 'SGD.txt']) {
    const source = `uss/${file.replace('.txt', '')}`;
    for (const line of readFileSync(join(dir, 'uss_satisfaction_en', file), 'utf8').split('\n')) {
      const [role, text, action = ''] = line.split('\t');
      if (role !== 'SYSTEM' || !text) continue;
      const acts = action.split(',').map((a) => a.replace(/\(.*$/, '').trim()).filter(Boolean);
      const clauses = splitClauses(text).map((c) => c.text).filter((c) => /\p{L}/u.test(c));
      if (clauses.length === 0) continue;
      const reqMore = acts.some((a) => a === 'REQ_MORE' || a === 'general-reqmore');
      const bye = acts.length === 1 && (acts[0] === 'GOODBYE' || acts[0] === 'general-bye');
      if (reqMore) {
        // The offer of more help closes the turn: "… May I help you with anything else today?"
        if (/\?\s*$/.test(text)) out.push({ text: clauses.at(-1)!, label: 'further_help', source });
      } else if (bye) {
        if (clauses.length === 1) out.push({ text: clauses[0], label: 'goodbye', source });
      } else if (acts.length === 1 && !acts[0].startsWith('general') && acts[0] !== 'REQ_MORE') {
        for (const c of clauses) if (!NOT_PLAIN.test(c) && c.split(/\s+/).length >= 3) out.push({ text: c, label: 'other', source });
      }
    }
  }
  return out;
}

export function multidogoExamples(dir: string): ActExample[] {
  const out: ActExample[] = [];
  const root = join(dir, 'multidogo_customer_turns_en');
  for (const domain of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    for (const file of ['train.tsv', 'dev.tsv', 'test.tsv']) {
      const lines = readFileSync(join(root, domain, file), 'utf8').split('\n').slice(1);
      for (const line of lines) {
        const f = line.split('\t');
        if (f.length !== 6) continue; // about 1,000 lines have extra or missing fields (README)
        const text = f[3].trim();
        const intent = f[5].trim();
        if (!text || intent.includes('<div>')) continue;
        const label: ActLabel | null =
          intent === 'openinggreeting' ? (text.split(/\s+/).length <= 6 ? 'greeting' : null)
          : intent === 'closinggreeting' ? 'goodbye'
          : intent === 'thankyou' ? (text.split(/\s+/).length <= 8 ? 'thanks' : null)
          : NOT_PLAIN.test(text) ? null
          : 'other';
        if (label) out.push({ text, label, source: `multidogo/${domain}` });
      }
    }
  }
  return out;
}

export function mobilecsExamples(dir: string): ActExample[] {
  const out: ActExample[] = [];
  const dialogues = JSON.parse(readFileSync(join(dir, 'mobilecs_example_zh', 'example.json'), 'utf8')) as { content: Record<string, string>[] }[];
  for (const d of dialogues) {
    for (const turn of d.content) {
      const text = (turn['[SPEAKER 1]'] ?? '').replace(/_/g, '，').trim();
      const intent = turn['客服意图'] ?? '';
      if (!text) continue;
      if (intent === '问候') out.push({ text, label: 'greeting', source: 'mobilecs' });
      else if (intent === '客套,再见') out.push({ text, label: 'goodbye', source: 'mobilecs' });
      else if (intent === '通知') for (const c of splitClauses(text)) if (Array.from(c.text).length >= 4) out.push({ text: c.text, label: 'other', source: 'mobilecs' });
    }
  }
  return out;
}
