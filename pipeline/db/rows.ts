/**
 * Reading `calls` and `agents` rows through the SQL port: the column list (aliased to the
 * schema's camelCase names, quoted so Postgres keeps their case) and the conversion of 0/1
 * integers back to booleans, as drizzle's boolean mode did.
 */
import type { agents, calls } from './schema.ts';

export type CallRow = typeof calls.$inferSelect;
export type AgentRow = typeof agents.$inferSelect;

const CALL_FIELDS: [keyof CallRow, string][] = [
  ['callId', 'call_id'], ['date', 'date'], ['file', 'file'], ['agentId', 'agent_id'], ['startedAt', 'started_at'],
  ['durationS', 'duration_s'], ['direction', 'direction'], ['queue', 'queue'], ['waitS', 'wait_s'], ['abandoned', 'abandoned'],
  ['resolved', 'resolved'], ['agentChannel', 'agent_channel'], ['customerId', 'customer_id'], ['site', 'site'],
  ['sampled', 'sampled'], ['status', 'status'], ['processedRunId', 'processed_run_id'], ['ingestedAt', 'created_at'],
];

const aliased = (fields: [string, string][], table?: string) =>
  fields.map(([key, column]) => `${table ? `${table}.` : ''}${column} AS "${key}"`).join(', ');

/** SELECT list of every calls column, as CallRow keys; `table`: the alias of calls in the query. */
export const callColumns = (table?: string): string => aliased(CALL_FIELDS, table);

/** A row read with callColumns() as a CallRow (0/1 → booleans; counts as numbers). */
export function toCallRow(raw: Record<string, unknown>): CallRow {
  const bool = (v: unknown) => (v === null || v === undefined ? null : Boolean(Number(v)));
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return {
    ...(raw as CallRow),
    durationS: num(raw.durationS),
    waitS: num(raw.waitS),
    abandoned: bool(raw.abandoned),
    resolved: bool(raw.resolved),
    sampled: Boolean(Number(raw.sampled)),
    processedRunId: num(raw.processedRunId),
  };
}

const AGENT_FIELDS: [keyof AgentRow, string][] = [
  ['agentId', 'agent_id'], ['name', 'name'], ['surname', 'surname'], ['team', 'team'], ['site', 'site'], ['coach', 'coach'], ['language', 'language'],
];

/** SELECT list of every agents column, as AgentRow keys. */
export const agentColumns = (table?: string): string => aliased(AGENT_FIELDS, table);
