/** Reads the roster CSV (agent_id,name,surname,team,site,coach,language) into agents and rejects. */
import type { Agent, Language } from '../types.ts';
import { readCsv } from './csv.ts';
import { parseEnum } from './fields.ts';
import type { Reject } from './reject.ts';
import type { InputEncoding } from './text-decode.ts';

export const ROSTER_COLUMNS = ['agent_id', 'name', 'surname', 'team', 'site', 'coach', 'language'] as const;
const REQUIRED = ['agent_id', 'name', 'surname', 'team', 'language'] as const;

export interface RosterResult {
  agents: Agent[];
  rejects: Reject[];
}

/** Reads the whole roster (one row per agent: small). Throws CsvFileError if the file is refused. */
export async function readRoster(file: string, opts: { encoding?: InputEncoding } = {}): Promise<RosterResult> {
  const agents = new Map<string, Agent>();
  const rejects: Reject[] = [];
  for await (const item of readCsv(file, REQUIRED, opts)) {
    if (item.kind === 'fault') {
      rejects.push({ sourceFile: file, rowNumber: item.line, field: item.field, reason: item.reason });
      continue;
    }
    const { line, values: v } = item;
    const reject = (field: string | undefined, reason: string) =>
      rejects.push({ sourceFile: file, rowNumber: line, callId: v.agent_id || undefined, field, reason });
    const missing = REQUIRED.find((f) => !v[f]);
    if (missing) {
      reject(missing, 'required field is empty');
      continue;
    }
    const language = parseEnum<Language>(v.language, ['zh', 'en']);
    if (!language.ok) {
      reject('language', language.reason);
      continue;
    }
    if (agents.has(v.agent_id)) {
      reject('agent_id', `duplicate agent_id ${v.agent_id} (first seen earlier in the file)`);
      continue;
    }
    agents.set(v.agent_id, {
      agentId: v.agent_id,
      name: v.name,
      surname: v.surname,
      team: v.team,
      site: v.site ?? '',
      coach: v.coach ?? '',
      language: language.value!,
    });
  }
  return { agents: [...agents.values()], rejects };
}
