/** The reporting period of a request: `?period=` parsed by pipeline/rank, or the month of the newest scored call. */
import type { Sql } from '../../pipeline/db/index.ts';
import { parsePeriod, type Period } from '../../pipeline/rank/index.ts';
import { badRequest } from '../errors.ts';
import { latestScoredDate } from '../queries/agents.ts';

export async function resolvePeriod(sql: Sql, text: string | undefined, field = 'query.period'): Promise<Period> {
  if (text !== undefined) {
    try {
      return parsePeriod(text);
    } catch (err) {
      throw badRequest(field, (err as Error).message);
    }
  }
  const latest = (await latestScoredDate(sql)) ?? new Date().toISOString().slice(0, 10);
  return parsePeriod(latest.slice(0, 7));
}
