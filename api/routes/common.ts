/**
 * Shared pieces of the API routes: the router factory whose validation hook answers 400
 * naming each bad field, and the schemas reused across resources (errors, paging, dates).
 */
import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../context.ts';
import { describe, zodIssues } from '../errors.ts';

/** A router for one resource. Bad parameters never reach a handler: they answer 400 here. */
export function resourceRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        const issues = zodIssues(result.error, result.target);
        return c.json({ error: 'bad_request', message: describe(issues), issues }, 400);
      }
    },
  });
}

export const ErrorSchema = z
  .object({
    error: z.string().openapi({ example: 'bad_request' }),
    message: z.string().openapi({ example: 'query.scoreMin: Too big: expected number to be <=100' }),
    issues: z.array(z.object({ field: z.string(), reason: z.string() })).optional(),
  })
  .openapi('Error');

const errorContent = { 'application/json': { schema: ErrorSchema } };
/** The error answers every guarded route can give. */
export const errorResponses = {
  400: { description: 'A parameter or the body is invalid; `issues` names each field and why', content: errorContent },
  401: { description: 'Not signed in (no or unknown token)', content: errorContent },
  403: { description: "The user's role or teams do not allow this", content: errorContent },
  404: { description: 'No such resource', content: errorContent },
  413: { description: 'The request body is over 1 MiB (refused before sign-in, unread)', content: errorContent },
  503: { description: 'The server serves a read-only store (`callqa serve --read-only`): nothing can be saved', content: errorContent },
} as const;

export const jsonContent = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');

/** `true`/`false` in a query string. */
export const QueryBool = z.enum(['true', 'false']).transform((v) => v === 'true');

export const PagingQuery = {
  page: z.coerce.number().int().min(1).default(1).openapi({ description: '1-based page number' }),
  pageSize: z.coerce.number().int().min(1).max(200).default(50).openapi({ description: 'Rows per page (1–200)' }),
};

export const PeriodQuery = z
  .string()
  .min(1)
  .openapi({
    description: 'Reporting period: day `2026-11-20`, ISO week `2026-W47`, month `2026-11` or range `2026-11-01..2026-11-15`',
    example: '2026-11',
  });

/** Security requirement attached to every guarded route in the document. */
export const bearer: Record<string, string[]>[] = [{ bearerAuth: [] }, { cookieAuth: [] }];
