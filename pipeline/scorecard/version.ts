/**
 * A scorecard's version is a hash of its content, not a number someone must remember to bump:
 * any change to a check, weight or phrase gives a new version, so scores made under the old
 * one stay distinguishable. The hash is over the parsed content in a canonical form (keys
 * sorted), so comments, formatting and YAML-vs-JSON do not change the version.
 */
import { createHash } from 'node:crypto';

export function scorecardVersion(parsed: unknown): string {
  return createHash('sha256').update(canonicalJson(parsed)).digest('hex').slice(0, 16);
}

/** JSON with object keys sorted at every level. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
