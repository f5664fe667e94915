/**
 * The two dialects of the store's schema stay in step: `schema.ts` (SQLite) and `schema-pg.ts`
 * (Postgres) have the same tables, columns, not-null and defaults, primary keys, unique
 * constraints and indexes. Fails when one is changed without the other.
 */
import { integer as pgInteger, pgTable, text as pgText } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { pgSchemaShape, pgTableShape, sqliteSchemaShape, sqliteTableShape } from '../../fixtures/support/store/schema-shape.ts';
import { runLeases } from './schema.ts';

describe('schema parity (SQLite ↔ Postgres)', () => {
  it('has the same tables in both dialects', () => {
    const sqliteTables = sqliteSchemaShape().map((t) => t.name);
    expect(sqliteTables.length).toBeGreaterThanOrEqual(24);
    expect(pgSchemaShape().map((t) => t.name)).toEqual(sqliteTables);
  });

  it.each(sqliteSchemaShape().map((t) => [t.name, t] as const))('%s has the same columns, keys and indexes', (name, sqliteShape) => {
    const pgShape = pgSchemaShape().find((t) => t.name === name);
    expect(pgShape).toEqual(sqliteShape);
  });

  it('tells a difference apart: a nullable column, a missing column, a different type', () => {
    const like = pgTable('run_leases', {
      date: pgText('date').primaryKey(),
      runId: pgInteger('run_id').notNull(),
      holder: pgText('holder'),
      heartbeatAt: pgInteger('heartbeat_at').notNull(),
    });
    const sqliteShape = sqliteTableShape(runLeases);
    const pgShape = pgTableShape(like);
    expect(pgShape).not.toEqual(sqliteShape);
    expect(pgShape.columns.find((c) => c.name === 'holder')?.notNull).toBe(false);
    expect(pgShape.columns.find((c) => c.name === 'heartbeat_at')?.type).toBe('integer');
    expect(pgShape.columns.map((c) => c.name)).not.toContain('expires_at');
  });
});
