/** Which team a call or an agent belongs to: what a coach's access is decided on. */
import type { Sql } from '../../pipeline/db/index.ts';

/** Team of the call's agent; undefined when the call does not exist (null if its agent is unknown). */
export async function teamOfCall(sql: Sql, callId: string): Promise<string | null | undefined> {
  const row = await sql.get<{ team: string | null }>('SELECT a.team AS team FROM calls c LEFT JOIN agents a ON a.agent_id = c.agent_id WHERE c.call_id = ?', [callId]);
  return row ? row.team : undefined;
}

/** Team of the agent; undefined when the agent does not exist. */
export async function teamOfAgent(sql: Sql, agentId: string): Promise<string | undefined> {
  const row = await sql.get<{ team: string }>('SELECT team FROM agents WHERE agent_id = ?', [agentId]);
  return row?.team;
}
