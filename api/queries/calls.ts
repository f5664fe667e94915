/**
 * The call list behind `GET /calls`, the /calls page and an agent's recent calls: the calls
 * search of pipeline/review (filters, sort, keyset or offset pages) on the async store port.
 * The page of call ids is chosen first (filters, order, limit) and only those rows get their
 * score, sentiment and failed checks joined, so a page costs the same on 100 calls or 100,000.
 */
import type { Sql } from '../../pipeline/db/index.ts';
import { CursorError, searchCalls, type CallSearch, type CallSearchItem, type CallSearchResult, type SearchOrder } from '../../pipeline/review/index.ts';

export type CallStatus = CallSearchItem['status'];
export type CallFilters = CallSearch;
export type CallListItem = CallSearchItem;

export interface Page {
  /** 1-based; ignored when `after` is given. */
  page: number;
  pageSize: number;
  /** Keyset cursor (date order only): the previous answer's nextCursor. */
  after?: string;
  /** Count at most this many matches (then `totalExact` is false); absent: an exact count. */
  countLimit?: number;
}

export const NEWEST_FIRST: SearchOrder = { sort: 'date', dir: 'desc' };

/** A page of calls, or why the cursor could not be read (the caller's mistake). */
export async function listCalls(sql: Sql, f: CallFilters, order: SearchOrder, page: Page): Promise<CallSearchResult | { badCursor: string }> {
  try {
    return await searchCalls(sql, f, order, page);
  } catch (err) {
    if (err instanceof CursorError) return { badCursor: err.message };
    throw err;
  }
}

/** Newest first, offset pages: an agent's recent calls. */
export async function newestCalls(sql: Sql, f: CallFilters, page: Omit<Page, 'after'>): Promise<CallSearchResult> {
  return searchCalls(sql, f, NEWEST_FIRST, page);
}
