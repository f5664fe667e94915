/**
 * Loads a scorecard file (YAML or JSON), validates it and resolves defaults, so a QA analyst
 * gets "zh-CN-bank.yaml: sections[1].checks[0].params.window.seconds: seconds is required
 * unless anchor is anywhere" rather than a crash in the middle of a nightly run.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { readActConfig } from '../../models/acts/config.ts';
import { SLOT_NAMES, slotsIn } from './slots.ts';
import { scorecardFileSchema, type ResolvedMatch, type Scorecard, type ScorecardCheck } from './schema.ts';
import { scorecardVersion } from './version.ts';
import { UserInputError } from '../errors.ts';

export class ScorecardError extends UserInputError {
  constructor(
    readonly source: string,
    readonly problems: string[],
    cause?: unknown,
  ) {
    super(`${source}: invalid scorecard\n  ${problems.join('\n  ')}`, { code: 'scorecard_invalid', cause });
  }
}

export function loadScorecard(file: string): Scorecard {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ScorecardError(file, [`cannot read the file: ${(err as Error).message}`], err);
  }
  return parseScorecard(text, file);
}

/** Parses scorecard text; `.json` sources are parsed as JSON, anything else as YAML (a superset). */
export function parseScorecard(text: string, source: string): Scorecard {
  let raw: unknown;
  try {
    raw = source.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (err) {
    throw new ScorecardError(source, [`not valid ${source.endsWith('.json') ? 'JSON' : 'YAML'}: ${(err as Error).message}`]);
  }
  const parsed = scorecardFileSchema.safeParse(raw);
  if (!parsed.success) throw new ScorecardError(source, parsed.error.issues.map((i) => describeIssue(i, raw)));
  const card = parsed.data;
  const slotProblems = unknownSlots(card);
  if (slotProblems.length) throw new ScorecardError(source, slotProblems);

  const sections = card.sections.map((s) => ({
    id: s.id,
    label: s.label,
    checks: (s.checks as Omit<ScorecardCheck, 'section'>[]).map((c) => {
      const own = (c.params as { threshold?: number }).threshold;
      const match: ResolvedMatch = {
        threshold: own ?? card.matching.threshold,
        minFuzzyUnits: card.matching.minFuzzyUnits,
        fillers: card.matching.fillers,
      };
      return { ...c, section: s.id, params: { ...c.params, match } } as ScorecardCheck;
    }),
  }));
  return {
    id: card.id,
    name: card.name,
    language: card.language,
    description: card.description,
    version: scorecardVersion(usesActModel(raw) ? { scorecard: raw, actModel: actModelStamp() } : raw),
    source,
    sections,
  };
}

/** "sections[0].checks[2].weight: expected number, received string" */
function describeIssue(issue: z.core.$ZodIssue, raw: unknown): string {
  const path = issue.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('') || '(top level)';
  const checkId = checkIdAt(raw, issue.path);
  return `${path}${checkId ? ` (check "${checkId}")` : ''}: ${issue.message}`;
}

function checkIdAt(raw: unknown, path: PropertyKey[]): string | undefined {
  if (path[0] !== 'sections' || path[2] !== 'checks' || typeof path[1] !== 'number' || typeof path[3] !== 'number') return undefined;
  const check = (raw as { sections?: { checks?: { id?: unknown }[] }[] })?.sections?.[path[1]]?.checks?.[path[3]];
  return typeof check?.id === 'string' ? check.id : undefined;
}

function unknownSlots(card: { sections: { checks: unknown[] }[] }): string[] {
  const problems: string[] = [];
  card.sections.forEach((s, si) =>
    s.checks.forEach((c, ci) => {
      const walk = (v: unknown, path: string) => {
        if (typeof v === 'string') {
          for (const slot of slotsIn(v)) {
            if (!(SLOT_NAMES as readonly string[]).includes(slot)) {
              problems.push(`sections[${si}].checks[${ci}]${path}: unknown slot {${slot}} (known: ${SLOT_NAMES.map((n) => `{${n}}`).join(', ')})`);
            }
          }
        } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
        else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
      };
      walk((c as { params: unknown }).params, '.params');
    }),
  );
  return problems;
}

/**
 * A scorecard whose checks credit the utterance-act model (`acts:` on a check) judges with that
 * model too: its version names the model (id, version, weights' sha256), so retraining the model
 * gives a new scorecard version and results made under the old model stay distinguishable.
 */
function usesActModel(raw: unknown): boolean {
  const walk = (v: unknown): boolean =>
    Array.isArray(v) ? v.some(walk) : !!v && typeof v === 'object' && Object.entries(v).some(([k, x]) => (k === 'acts' && Array.isArray(x) && x.length > 0) || walk(x));
  return walk(raw);
}

function actModelStamp(): string {
  const config = readActConfig();
  return `${config.id}@${config.version}+${config.model.sha256}`;
}
