/** Which team a call or an agent belongs to: what a coach's access is decided on. */
import type { Db } from '../../pipeline/db/index.ts';
import { prepared } from './prepared.ts';

/** Team of the call's agent; undefined when the call does not exist (null if its agent is unknown). */
export function teamOfCall(db: Db, callId: string): string | null | undefined {
  const row = prepared(db, 'SELECT a.team AS team FROM calls c LEFT JOIN agents a ON a.agent_id = c.agent_id WHERE c.call_id = ?')
    .get(callId) as { team: string | null } | undefined;
  return row ? row.team : undefined;
}

/** Team of the agent; undefined when the agent does not exist. */
export function teamOfAgent(db: Db, agentId: string): string | undefined {
  const row = prepared(db, 'SELECT team FROM agents WHERE agent_id = ?').get(agentId) as { team: string } | undefined;
  return row?.team;
}
