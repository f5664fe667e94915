/**
 * Entry file of pipeline/db/: what code outside the folder uses. Callers outside import from here
 * (rule stage-entry-files in .dependency-cruiser.cjs); files inside the folder import each other directly.
 */
export { openDb, openDbReadOnly, type Db } from './client.ts';
export { agents, calls, checkResults, failures, ingestRejects, overrides, samples, scores, sessions, stageResults, users } from './schema.ts';
export { getStage, putStage, type StageName } from './stage-results.ts';
export { agentColumns, callColumns, toCallRow, type AgentRow, type CallRow } from './rows.ts';
export { checkOrder, insertionOrder, jsonTextAt } from './dialect-sql.ts';
export { insertMany, parseJson, sqlOf, sqliteSql, type Dialect, type Row, type Sql, type SqlValue } from './sql.ts';
export { isPostgresLocation, openStore, type OpenStoreOptions, type Store } from './open-store.ts';
export { isTransientConnectionError, StoreConnectionError } from './postgres/connection-errors.ts';
export { maskPassword } from './postgres/mask-password.ts';
