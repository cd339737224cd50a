import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { truncateAddress } from './truncate-address.ts';

/** pino's levels; `silent` writes nothing (the default, so tests and benches stay quiet). */
export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];

/** Where the server's JSON log lines go and from which level. */
export type ServerLogOptions = {
  readonly level: LogLevel;
  /** One JSON line per `write`; standard output when absent. */
  readonly stream?: { write(line: string): void };
};

/** Reads a log level such as ZICHT_LOG_LEVEL; throws a message naming the levels there are. */
export function parseLogLevel(text: string): LogLevel {
  const level = text.trim().toLowerCase();
  if (!(logLevels as readonly string[]).includes(level))
    throw new Error(`log level "${text}" does not exist: use one of ${logLevels.join(', ')}`);
  return level as LogLevel;
}

const emailAddress = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const queryString = /(\/[^\s?"']*)\?[^\s"']*/g;

/** Takes e-mail addresses and query strings out of a text that is about to be logged (an error message, a stack). */
export function scrubLogText(text: string): string {
  return text.replace(queryString, '$1?[query]').replace(emailAddress, '[e-mail]');
}

type LoggedError = { name?: unknown; message?: unknown; stack?: unknown; code?: unknown; statusCode?: unknown };

/**
 * Fastify's logger (pino) as the server uses it. Serializers decide what a request, a reply and an
 * error may put in a line: method and route pattern, status code, an error's type, message and stack
 * with e-mail addresses and query strings taken out — never headers, cookies, query values or bodies.
 * `redact` is the second line of defence, for an object someone logs whole later on.
 */
export function serverLoggerOptions(options: ServerLogOptions): FastifyServerOptions['logger'] {
  if (options.level === 'silent') return false;
  const censored = ['.cookie', '.authorization', '["x-csrf-token"]', '["set-cookie"]'];
  return {
    level: options.level,
    ...(options.stream ? { stream: options.stream } : {}),
    redact: {
      paths: [
        ...censored.flatMap((h) => [`headers${h}`, `req.headers${h}`, `request.headers${h}`]),
        'body',
        'req.body',
        'request.body',
        'query',
        'req.query',
        'request.query',
        'email',
        '*.email',
        'password',
        '*.password',
        'csrfToken',
        '*.csrfToken',
        'token',
        '*.token',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req: (request: { method?: string; routeOptions?: { url?: string } }) => ({
        method: request.method,
        route: request.routeOptions?.url ?? null,
      }),
      res: (reply: { statusCode?: number }) => ({ statusCode: reply.statusCode }),
      err: (error: LoggedError) => ({
        type: String(error.name ?? 'Error'),
        message: scrubLogText(String(error.message ?? '')),
        stack: scrubLogText(String(error.stack ?? '')),
        ...(typeof error.code === 'string' ? { code: error.code } : {}),
        ...(typeof error.statusCode === 'number' ? { statusCode: error.statusCode } : {}),
      }),
    },
    hooks: {
      // a message written as text (Fastify's own warnings name the raw URL) is scrubbed as well
      logMethod(args, method) {
        method.apply(
          this,
          args.map((arg) => (typeof arg === 'string' ? scrubLogText(arg) : arg)) as Parameters<typeof method>,
        );
      },
    },
  };
}

/**
 * One line per request, when its response has gone: the request id (Fastify adds it as
 * `requestId`), method, route pattern (`/api/deliveries/:id`, never the URL with its query),
 * status code, response time in milliseconds and the client's network (`truncateAddress`).
 * The response carries the id in `X-Request-Id`, so a user can quote it.
 */
export function installRequestLog(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? null,
        statusCode: reply.statusCode,
        responseTime: Math.round(reply.elapsedTime * 10) / 10,
        client: truncateAddress(request.ip),
      },
      'request',
    );
  });
}
