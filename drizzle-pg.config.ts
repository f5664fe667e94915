import { defineConfig } from 'drizzle-kit';

/** The Postgres dialect of the store (`drizzle.config.ts` is SQLite's); `npm run db:generate` runs both. */
export default defineConfig({
  dialect: 'postgresql',
  schema: './pipeline/db/schema-pg.ts',
  out: './pipeline/db/migrations-pg',
});
