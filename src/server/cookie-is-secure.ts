import type { FastifyRequest } from 'fastify';

const loopback = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/** 'auto': Secure unless the request came over plain http to a loopback address. */
export function cookieIsSecure(setting: boolean | 'auto', request: FastifyRequest): boolean {
  return setting === 'auto' ? request.protocol === 'https' || !loopback.has(request.hostname) : setting;
}
