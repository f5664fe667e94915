/** `GET /calls/{callId}/audio`: the call's redacted audio as WAV, with byte-range support for seeking. */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { createRoute, z } from '@hono/zod-openapi';
import { apiSettings } from '../context.ts';
import { defaultAudioCacheDir, servedAudio } from '../services/audio.ts';
import { parseRange } from '../services/range.ts';
import { bearer, errorResponses, resourceRouter } from './common.ts';

const route = createRoute({
  method: 'get',
  path: '/calls/{callId}/audio',
  tags: ['calls'],
  summary: 'Call audio (WAV, redacted spans silenced); honours Range: bytes=…',
  security: bearer,
  request: {
    params: z.object({ callId: z.string().min(1).openapi({ param: { name: 'callId', in: 'path' } }) }),
    headers: z.object({ range: z.string().optional().openapi({ description: 'e.g. bytes=0-1023' }) }),
  },
  responses: {
    200: { description: 'The whole file', content: { 'audio/wav': { schema: z.string().openapi({ format: 'binary' }) } } },
    206: { description: 'The requested byte range', content: { 'audio/wav': { schema: z.string().openapi({ format: 'binary' }) } } },
    409: { description: 'The call is not redacted yet (no stored transcript), so nothing in it is silenced' },
    416: { description: 'Range outside the file' },
    ...errorResponses,
  },
});

export function audioRoutes() {
  const app = resourceRouter();
  app.openapi(route, async (c) => {
    const { callId } = c.req.valid('param');
    const deps = c.get('deps');
    const mayHearUnredacted = c.get('user').role === 'admin' && apiSettings(deps).adminMayHearUnredactedAudio;
    const audio = await servedAudio(deps.sql, callId, deps.audioCacheDir ?? defaultAudioCacheDir(), { mayHearUnredacted });
    const headers: Record<string, string> = {
      'Content-Type': 'audio/wav',
      'Accept-Ranges': 'bytes',
      ETag: `"${audio.etag}"`,
      'Cache-Control': 'private, max-age=300',
    };
    const range = parseRange(c.req.header('range'), audio.sizeBytes);
    if (range.kind === 'unsatisfiable') {
      return new Response(null, { status: 416, headers: { ...headers, 'Content-Range': `bytes */${audio.sizeBytes}` } });
    }
    const [start, end, status] = range.kind === 'partial' ? [range.start, range.end, 206] : [0, audio.sizeBytes - 1, 200];
    if (status === 206) headers['Content-Range'] = `bytes ${start}-${end}/${audio.sizeBytes}`;
    headers['Content-Length'] = String(end - start + 1);
    if (c.req.method === 'HEAD') return new Response(null, { status, headers });
    const body = Readable.toWeb(createReadStream(audio.path, { start, end })) as ReadableStream<Uint8Array>;
    return new Response(body, { status, headers });
  });
  return app;
}
