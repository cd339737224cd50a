import type { RateLimitPluginOptions } from '@fastify/rate-limit';
import type { FastifyRequest } from 'fastify';
import { isApiRoute, ruleFor } from './route-policy.ts';

/** Requests per minute per client address, counted apart for each kind of request. */
export type ApiRateLimits = { readonly reads: number; readonly writes: number; readonly uploads: number };

/** Generous enough for a busy analyst's screen, tight enough to slow a script down. */
export const defaultApiRateLimits: ApiRateLimits = { reads: 1200, writes: 300, uploads: 30 };

/** Routes whose body is a file: they cost the most, so they get the smallest allowance. */
const uploads = new Set(['POST /api/deliveries', 'POST /api/followup/import']);

type RequestKind = keyof ApiRateLimits;
export function requestKind(method: string, url: string): RequestKind {
  if (method === 'GET' || method === 'HEAD') return 'reads';
  return uploads.has(`${method} ${url}`) ? 'uploads' : 'writes';
}

const kindOf = (request: FastifyRequest) => requestKind(request.method, request.routeOptions.url ?? request.url);

/** A 429 that says what happened and when to try again, in Dutch and English (the API has no page language). */
export class TooManyRequests extends Error {
  readonly statusCode = 429;
  constructor(seconds: number) {
    super(
      `Te veel verzoeken van dit adres; probeer het over ${seconds} seconden opnieuw. — Too many requests from this address; try again in ${seconds} seconds.`,
    );
    this.name = 'TooManyRequests';
  }
}

/**
 * Options for @fastify/rate-limit: every /api route is limited per client address and kind of
 * request (reads, writes, uploads); the static web app and published site are not. A route with
 * its own `config.rateLimit` (sign-in) keeps its stricter limit.
 */
export function apiRateLimit(limits: ApiRateLimits): RateLimitPluginOptions {
  return {
    global: true,
    timeWindow: '1 minute',
    allowList: (request) => {
      const url = request.routeOptions.url ?? request.url.split('?')[0] ?? '';
      // the static app and site, and routes the policy marks (answered from memory, read by every visitor)
      return !isApiRoute(url) || ruleFor(request.method, url)?.rateLimit === false;
    },
    keyGenerator: (request) => `${request.ip} ${kindOf(request)}`,
    max: (request) => limits[kindOf(request)],
    errorResponseBuilder: (_request, context) => new TooManyRequests(Math.max(1, Math.ceil(context.ttl / 1000))),
  };
}
