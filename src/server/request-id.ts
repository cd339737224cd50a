import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** A proxy's request id is kept only when it is a plain token: no spaces, no `@`, nothing to smuggle into a log line. */
const plainToken = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Fastify's `genReqId`: the id of a request in the log, in the `X-Request-Id` response header and in
 * a 500's body. An incoming `X-Request-Id` (set by a proxy in front) is kept when it is a plain short
 * token, so one id follows the request through both logs; anything else gets a fresh random id.
 */
export function requestIdOf(request: Pick<IncomingMessage, 'headers'>, newId: () => string = randomUUID): string {
  const incoming = request.headers['x-request-id'];
  return typeof incoming === 'string' && plainToken.test(incoming) ? incoming : newId();
}
