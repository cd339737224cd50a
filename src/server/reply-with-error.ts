import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * The answer to an error no route turned into a message of its own. A client's mistake (4xx) gets
 * its message; a fault of the server is logged through the request's logger (so the line carries
 * the request id) and answered with a generic message and that id, which an operator finds in the log.
 */
export function replyWithError(
  error: Error & { statusCode?: number },
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
  if (status < 500) return reply.code(status).send({ error: error.message });
  request.log.error({ err: error }, 'server error');
  return reply
    .code(status)
    .send({ error: 'Something went wrong on the server; it has been logged.', requestId: request.id });
}
