/** Coach notes on a call: `GET`/`POST /calls/{callId}/notes`. */
import { createRoute, z } from '@hono/zod-openapi';
import { addNote, listNotes } from '../queries/notes.ts';
import { bearer, errorResponses, jsonContent, resourceRouter } from './common.ts';

const Note = z.object({ id: z.number().int(), callId: z.string(), author: z.string(), body: z.string(), createdAt: z.string() }).openapi('Note');
const Params = z.object({ callId: z.string().min(1).openapi({ param: { name: 'callId', in: 'path' } }) });
export const NoteBody = z.object({ body: z.string().trim().min(1, 'must not be empty').max(4000, 'at most 4000 characters') }).openapi('NewNote');

const list = createRoute({
  method: 'get', path: '/calls/{callId}/notes', tags: ['notes'], summary: "Notes on a call, oldest first", security: bearer,
  request: { params: Params },
  responses: { 200: jsonContent(z.object({ items: z.array(Note) }), 'The notes'), ...errorResponses },
});

const add = createRoute({
  method: 'post', path: '/calls/{callId}/notes', tags: ['notes'], summary: 'Add a note to a call (audited)', security: bearer,
  request: { params: Params, body: { required: true, content: { 'application/json': { schema: NoteBody } } } },
  responses: { 201: jsonContent(Note, 'The new note'), ...errorResponses },
});

export function noteRoutes() {
  const app = resourceRouter();
  app.openapi(list, async (c) => c.json({ items: await listNotes(c.get('deps').sql, c.req.valid('param').callId) }, 200));
  app.openapi(add, async (c) => {
    const { callId } = c.req.valid('param');
    const { body } = c.req.valid('json');
    return c.json(await addNote(c.get('deps').sql, callId, c.get('user').name, body), 201);
  });
  return app;
}
