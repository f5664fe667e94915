/**
 * Caps request bodies before anything reads them — ahead of sign-in, so an unauthenticated
 * client cannot make the server hold a large upload in memory. A body announced larger than
 * the cap (Content-Length) is refused without reading a byte of it; a chunked body is
 * counted as it streams and refused once past the cap. Notes, corrections, sign-in and run
 * requests are a few kilobytes.
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

/** 1 MiB: far above any JSON or form body the API accepts. */
export const MAX_BODY_BYTES = 1024 * 1024;

export function limitBodies(maxBytes = MAX_BODY_BYTES): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: (c) => {
      // The rest of the upload is not wanted: ask the client to stop sending on this connection.
      c.header('Connection', 'close');
      return c.json({ error: 'payload_too_large', message: `request body over ${maxBytes} bytes` }, 413);
    },
  });
}

/**
 * Runs `limit` only on requests that can carry a body here. A GET or HEAD never has one on
 * @hono/node-server (it gives them a null body, so hono's bodyLimit passes them on unread), but
 * bodyLimit asking for `c.req.raw.body` turns the adapter's lightweight request into a full
 * fetch Request with its AbortController: about 0.1 ms of CPU on every API read (issue 15's
 * profile, with the `except` around it). Skipping them answers exactly as before.
 */
export function onRequestsWithBody(limit: MiddlewareHandler): MiddlewareHandler {
  return (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limit(c, next));
}
